/**
 * Inference: what the text implies without saying it in those words. Two shapes are inferences:
 * how a measure changed between two stated figures ("rose from 12% to 31%": "It more than
 * doubled", `inference-change.ts`) and what "have only been recognised since 1998" implies
 * about the time before (`inference-only.ts`). The two
 * patterns below state their answer outright, so they are labelled cause-effect and key-details.
 * (A share of a group turned into "more than half / less than half / all / none" was dropped:
 * it tests arithmetic on a figure the sentence states, not reading.)
 * - A consequence stated conditionally: "If the river keeps rising, the town will need a higher
 *   bridge" is asked as "According to paragraph N, what will happen if the river keeps rising?";
 *   the wrong options are other things the article says will or could happen.
 * Anything else the engine cannot make sound (irony, unstated motives) is not asked.
 */
import type { Sentence } from '../analyse';
import { overlap, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { changeQuestions } from './inference-change';
import { onlySinceQuestions } from './inference-only';
import { likelyQuestions } from './likely';
import {
	asClause,
	asOption,
	choice,
	hasLoosePronoun,
	near,
	selfContained,
	showable,
	similarLength,
	spanOf
} from './reading';

const MODAL = /\b(will|would|could|may|might|can)\b/i;
const AHEAD = /\b(?:will|may|might)\b/i;
/** "If the river keeps rising, the town will need …" (the condition has a subject and a verb). */
const CONDITION = /^If\s+([^,]{8,90}),\s+(.+)$/;

interface Consequence {
	s: Sentence;
	condition: string;
	result: string;
	modal: string;
}

function consequenceOf(s: Sentence): Consequence | null {
	if (!showable(s) || /[“”"]/.test(s.text)) return null;
	const m = CONDITION.exec(s.text.trim().replace(/[.!]+$/, ''));
	if (!m) return null;
	const [condition, result] = [m[1] as string, m[2] as string];
	const modal = MODAL.exec(result)?.[1]?.toLowerCase();
	// "If confirmed, …" has no subject; "he noted" inside the result is attribution, not consequence.
	const subject = s.tokens.find((t) => t.start > s.start + 2);
	if (!modal || !subject || !/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(subject.pos)) return null;
	if (hasLoosePronoun(condition) || /\b(?:said|says|noted|added)\b/.test(result)) return null;
	if (words(result).length < 4 || words(condition).length < 3) return null;
	return {
		s,
		condition,
		result,
		modal: modal === 'will' || modal === 'can' ? 'will' : modal === 'would' ? 'would' : 'could'
	};
}

/** Things the article says will or could happen: the wrong options for a conditional. */
function forecasts(ctx: RuleContext): Array<{ paragraph: number; text: string }> {
	return (
		ctx.analysis.sentences
			// "would"/"could" also narrate the past ("the plant could not cope"): a wrong outcome must
			// look ahead ("will", "may", "might"), or it is a past fact, ruled out at a glance.
			.filter((s) => showable(s) && !/[“”"?]|\b(?:said|says)\b/.test(s.text) && AHEAD.test(s.text))
			.map((s) => ({
				paragraph: s.paragraph,
				// The consequence of another conditional, without its "If …," (a different condition).
				text: s.text.trim().replace(/^If\s+[^,]+,\s+/, '')
			}))
			// A figure or an estimate ("the office estimates that the yield will climb to 4.2 percent
			// in 2021") is a forecast of a number, not an outcome like the key's: a blind judge
			// found such wrong options no consequences at all.
			.filter((f) => !/\d|\b(?:estimates?|projects?|forecasts?|predicts?|expects?)\b/i.test(f.text))
			.filter((f) => selfContained(f.text) && words(f.text).length <= 25)
			.map((f) => ({ paragraph: f.paragraph, text: asOption(f.text) }))
	);
}

/**
 * Both shapes ask what the text states outright ("If the wall is raised, the path will close";
 * "is expected to reopen"), and a blind judge found such an item no inference. Each is labelled
 * by the skill it does test: a stated consequence is cause and effect, a stated plan is recall.
 * `inference` is kept for implications the text leaves unstated (figures, "only since").
 */
export function inferenceQuestions(ctx: RuleContext): Candidate[] {
	const plans = likelyQuestions(ctx).map((c): Candidate => ({ ...c, skill: 'key-details' }));
	// The inferences: how a measure changed, "only since". "What does 'the first time since
	// 1990' / 'once-bustling' suggest?" was dropped: a blind judge answered it from the phrase
	// quoted in the prompt, without the article.
	const implied = [...changeQuestions(ctx), ...onlySinceQuestions(ctx)];
	return [...conditionalQuestions(ctx), ...plans, ...implied];
}

function conditionalQuestions(ctx: RuleContext): Candidate[] {
	const conditionals = ctx.analysis.sentences.flatMap((s) => consequenceOf(s) ?? []);
	if (conditionals.length === 0) return [];
	const pool = forecasts(ctx);
	const asked = conditionals.flatMap((c): Candidate[] => {
		const answer = asOption(c.result);
		const decoys = similarLength(
			answer,
			near(pool, c.s.paragraph)
				// Another outcome of the same thing ("the new wall would cost …") might follow too.
				.filter((f) => f.paragraph !== c.s.paragraph && overlap(f.text, c.condition) < 0.1)
				.map((f) => f.text),
			3
		);
		const made = choice({
			ctx,
			skill: 'cause-effect',
			rule: 'cause-effect-if',
			prompt: `According to paragraph ${c.s.paragraph + 1}, what ${c.modal} happen if ${asClause(c.s, c.condition)}?`,
			answer,
			decoys,
			evidence: spanOf(c.s),
			because: `it says that if ${asClause(c.s, c.condition)}, ${asClause(c.s, c.result)}`,
			sentenceKey: sentenceKey(c.s),
			quality: decoys.length >= 3 ? 0.86 : 0.8
		});
		return made ? [made] : [];
	});
	return asked;
}
