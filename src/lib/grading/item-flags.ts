import type { ItemStatistics, OptionCount } from './item-stats';

/**
 * Rules that point a teacher at questions worth a second look, each with a plain-language reason.
 * Defaults are the reports spec's (p > 0.90, p < 0.25, discrimination < 0.15 or negative), close to
 * the usual classroom rules of thumb (Ebel and Frisbie 1991 call a discrimination below about 0.20
 * poor, and a negative one a sign of a flawed item); callers can pass their own.
 */

export interface FlagThresholds {
	/** Flag when difficulty p is above this. */
	tooEasy: number;
	/** Flag when difficulty p is below this. */
	tooHard: number;
	/** Flag when the corrected point-biserial is below this (a negative value has its own flag). */
	weakDiscrimination: number;
	/** With fewer attempts every item looks odd by chance, so no flags are raised. */
	minAttempts: number;
}

export const DEFAULT_THRESHOLDS: FlagThresholds = {
	tooEasy: 0.9,
	tooHard: 0.25,
	weakDiscrimination: 0.15,
	minAttempts: 5
};

export type FlagCode =
	| 'too_easy'
	| 'too_hard'
	| 'negative_discrimination'
	| 'weak_discrimination'
	| 'unused_distractor'
	| 'distractor_beats_key';

export interface ItemFlag {
	code: FlagCode;
	message: string;
	/** The option the flag is about, for distractor flags. */
	optionId?: string;
}

const two = (value: number) => value.toFixed(2);

function difficultyFlags(p: number | null, limits: FlagThresholds): ItemFlag[] {
	if (p === null) return [];
	if (p > limits.tooEasy) {
		return [{ code: 'too_easy', message: `Almost everyone gets this right (p = ${two(p)}).` }];
	}
	if (p < limits.tooHard) {
		return [
			{
				code: 'too_hard',
				message: `Most students miss this (p = ${two(p)}): check the wording, the key and whether it was taught.`
			}
		];
	}
	return [];
}

function discriminationFlags(r: number | null, limits: FlagThresholds): ItemFlag[] {
	if (r === null) return [];
	if (r < 0) {
		return [
			{
				code: 'negative_discrimination',
				message: `Strong students miss it more than weak ones (r = ${two(r)}): check the key.`
			}
		];
	}
	if (r < limits.weakDiscrimination) {
		return [
			{
				code: 'weak_discrimination',
				message: `It barely separates students who know the material from those who don't (r = ${two(r)}).`
			}
		];
	}
	return [];
}

/**
 * A distractor nobody picks is not doing its job; one that more top scorers pick than the right
 * answer usually means a wrong key or an arguably right distractor.
 */
function distractorFlags(options: readonly OptionCount[]): ItemFlag[] {
	const flags: ItemFlag[] = [];
	for (const option of options.filter((o) => !o.correct)) {
		const keys = options.filter((o) => o.correct && o.group === option.group);
		const keyUpper = Math.max(...keys.map((o) => o.upper));
		if (option.count === 0) {
			flags.push({
				code: 'unused_distractor',
				optionId: option.optionId,
				message: `Nobody chose “${option.label}”: replace it with a more plausible wrong answer.`
			});
		} else if (keys.length > 0 && option.upper > keyUpper) {
			flags.push({
				code: 'distractor_beats_key',
				optionId: option.optionId,
				message: `More top scorers chose “${option.label}” than the right answer: check the key.`
			});
		}
	}
	return flags;
}

/** The flags for one item, or none when there are too few attempts to judge. */
export function flagItem(
	item: Pick<ItemStatistics, 'difficulty' | 'discrimination' | 'options'>,
	attempts: number,
	limits: FlagThresholds = DEFAULT_THRESHOLDS
): ItemFlag[] {
	if (attempts < Math.max(1, limits.minAttempts)) return [];
	return [
		...difficultyFlags(item.difficulty, limits),
		...discriminationFlags(item.discrimination, limits),
		...distractorFlags(item.options)
	];
}
