/**
 * People offered as the options of a "who" question, fair as a set: the key is never the only
 * woman among men (or the only man among women). A blind judge picked such keys out without
 * reading ("the only woman among men"), so decoys of the key's gender, or of a gender the
 * article does not show, are taken first; when the article has too few of them, the set must
 * still hold one decoy that is not of the other gender, or no choice is offered at all.
 */
import { pickDistractors, type DistractorRequest } from '../distractors';
import { shuffle } from '../text';
import { personGender } from '../roles';
import type { RuleContext } from './candidate';

type Gender = 'female' | 'male';

/** Whether `decoys` beside `key` leave the key the one person of its gender. */
export function loneGender(ctx: RuleContext, key: string, decoys: string[]): boolean {
	const gender = personGender(ctx.analysis, key);
	if (!gender) return false;
	const genders = decoys.map((d) => personGender(ctx.analysis, d));
	const alike = genders.filter((g) => g === gender || g === null).length;
	const other = genders.filter((g) => g !== null && g !== gender).length;
	return alike === 0 && other >= 2;
}

/**
 * Up to `count` of `decoys` (in their order of preference) that keep the set fair: the first
 * `count` when they already are, else the key's gender (or unknown) moved ahead of the rest.
 */
export function genderFair(ctx: RuleContext, key: string, decoys: string[], count = 3): string[] {
	const first = decoys.slice(0, count);
	if (!loneGender(ctx, key, first)) return first;
	const gender = personGender(ctx.analysis, key) as Gender;
	const isOther = (d: string) => {
		const g = personGender(ctx.analysis, d);
		return g !== null && g !== gender;
	};
	const alike = decoys.filter((d) => !isOther(d));
	if (alike.length === 0) return [];
	// The most preferred decoy of the key's kind, then the order as it was.
	const lead = alike[0] as string;
	return [lead, ...decoys.filter((d) => d !== lead)].slice(0, count);
}

/**
 * `optionsFor` for a person: the answer and three article names, fair by gender, in a seeded
 * order; null when fewer than three fair decoys exist (the name is then typed instead). Other
 * answers (organisations) go through unchanged.
 */
export function peopleOptions(
	ctx: RuleContext,
	request: DistractorRequest
): { options: string[]; quality: number } | null {
	const wide = pickDistractors({ ...request, count: 12 });
	const decoys = genderFair(ctx, request.answer.text, wide.values, request.count);
	if (decoys.length < Math.min(request.count, 3) || wide.fromArticle < 2) return null;
	const options = shuffle([request.answer.text, ...decoys], request.seed);
	return { options, quality: 1 - 0.1 * (3 - decoys.length) };
}
