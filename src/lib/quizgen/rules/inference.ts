/**
 * Inference: what the text implies without saying it in those words, only from patterns whose
 * implication can be checked deterministically.
 * - A share of a group: "64% of residents backed a bridge" implies that more than half of them
 *   did. The options are the four statements "More than half / Less than half / None / All of
 *   <group> <did it>", of which exactly one follows. Shares near one half are skipped.
 * - A consequence stated conditionally: "If the river keeps rising, the town will need a higher
 *   bridge" is asked as "According to paragraph N, what will happen if the river keeps rising?";
 *   the wrong options are other things the article says will or could happen.
 * Anything else the engine cannot make sound (irony, unstated motives) is not asked.
 */
import type { Sentence } from '../analyse';
import { overlap, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
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

/** "64% of residents backed …", "21 percent of the town's shops have closed …". */
const SHARE =
	/(?:^|[\s(])(\d{1,2}(?:\.\d)?)(?:%| per ?cent)\s+of\s+((?:the\s+)?[\p{Ll}][\p{Ll}’' -]{2,40}?)\s+((?:backed|supported|opposed|wanted|said|say|says|believe|believed|think|thought|agreed|agree|voted|use|used|own|owned|have|had|are|were|is|was|live|lived|reported|prefer|preferred|plan|planned|expect|expected|can|could|would|will)\b[^,;:]*)/u;
/** A share that moved ("64% more", "up 21%") or of a total ("of its budget") is no group. */
const NOT_A_GROUP =
	/\b(?:budget|spending|value|total|income|revenue|sales|population of|gdp|profits?|share)\b/i;

function shareQuestion(ctx: RuleContext, s: Sentence): Candidate | null {
	if (!showable(s) || /[“”"]/.test(s.text)) return null;
	const m = SHARE.exec(s.text.replace(/[.!]+$/, ''));
	if (!m) return null;
	const share = Number(m[1]);
	const group = (m[2] as string).trim();
	const predicate = (m[3] as string).split(/\s+(?:and|but|while|whereas)\s+/)[0]?.trim() ?? '';
	// Near one half the reader needs a calculator, not understanding; 0 or 100 leaves no decoy.
	if (Math.abs(share - 50) < 5 || share <= 0 || NOT_A_GROUP.test(group)) return null;
	if (hasLoosePronoun(group) || words(predicate).length < 2 || words(predicate).length > 14)
		return null;
	// "Fewer than half of households", "None of the members": the determiner follows the group's.
	const definite = /^the\s/.test(group);
	const rest = `${group} ${predicate}`;
	const statements = {
		more: `More than half of ${rest}.`,
		less: `Fewer than half of ${rest}.`,
		none: definite ? `None of ${rest}.` : `No ${rest}.`,
		all: definite ? `All of ${rest}.` : `All ${rest}.`
	};
	const answer = share > 50 ? statements.more : statements.less;
	const n = s.paragraph + 1;
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-share',
		prompt: `Based on the figures in paragraph ${n}, which statement about ${group} is accurate?`,
		answer,
		decoys: Object.values(statements).filter((t) => t !== answer),
		evidence: spanOf(s),
		because: `${m[1]}% is ${share > 50 ? 'more' : 'less'} than half`,
		sentenceKey: sentenceKey(s),
		quality: 0.82
	});
}

const MODAL = /\b(will|would|could|may|might|can)\b/i;
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
	return ctx.analysis.sentences
		.filter((s) => showable(s) && !/[“”"?]|\b(?:said|says)\b/.test(s.text) && MODAL.test(s.text))
		.map((s) => ({
			paragraph: s.paragraph,
			// The consequence of another conditional, without its "If …," (a different condition).
			text: s.text.trim().replace(/^If\s+[^,]+,\s+/, '')
		}))
		.filter((f) => selfContained(f.text) && words(f.text).length <= 25)
		.map((f) => ({ paragraph: f.paragraph, text: asOption(f.text) }));
}

export function inferenceQuestions(ctx: RuleContext): Candidate[] {
	const shares = ctx.analysis.sentences.flatMap((s) => shareQuestion(ctx, s) ?? []);
	const conditionals = ctx.analysis.sentences.flatMap((s) => consequenceOf(s) ?? []);
	if (conditionals.length === 0) return shares;
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
			skill: 'inference',
			rule: 'inference-conditional',
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
	return [...shares, ...asked];
}
