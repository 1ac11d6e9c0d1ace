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

/** "72% of households", "18 percent of the town’s shops": a share of a group. */
const SHARE = /(\d{1,2}(?:\.\d)?)(?:%| per ?cent)\s+of\s+(the\s+)?([\p{Ll}][\p{Ll}’'-]*)/u;
/** A share that moved ("rose to 64% of …", "up from 21%") or of a total ("of its budget"). */
const NOT_A_GROUP =
	/^(?:budget|spending|value|total|income|revenue|sales|population|gdp|profits?|share|its|their|his|her|our|them|those|these)$/i;
const MOVED = /\b(?:by|from|to|than|up|down|about|around|nearly|almost|over|under)\s*$/i;

/**
 * The clause holding the share, from the comma before it (or the start) to the next comma,
 * semicolon or "and"/"but": "Trump claimed the US had disrupted 97% of drugs entering by sea".
 */
function shareClause(text: string, at: number): [number, number] {
	const start = Math.max(text.lastIndexOf(', ', at) + 2, text.lastIndexOf('; ', at) + 2, 0);
	const rest = text.slice(at);
	// "and" inside a group ("computing and math jobs") stays; "and said …" starts a new clause.
	const stop =
		/,|;|\s(?:but|while|whereas)\s|\sand\s(?=(?:said|says|added|then|also|is|are|was|were|has|have|had|will|would)\b|\p{Ll}+ed\b)/u.exec(
			rest
		);
	return [start === 1 ? 0 : start, stop ? at + stop.index : text.length];
}

function shareQuestion(ctx: RuleContext, s: Sentence): Candidate | null {
	if (!showable(s) || /[“”"]/.test(s.text)) return null;
	const text = s.text.trim().replace(/[.!]+$/, '');
	const m = SHARE.exec(text);
	if (!m || MOVED.test(text.slice(0, m.index))) return null;
	const share = Number(m[1]);
	const [definite, head] = [!!m[2], m[3] as string];
	// Near one half the reader needs arithmetic, not understanding; 0 leaves no wrong "none".
	if (Math.abs(share - 50) < 5 || share <= 0 || NOT_A_GROUP.test(head)) return null;
	const [from, to] = shareClause(text, m.index);
	// "Only 18 percent of …" becomes "Less than half of …": the hedge belongs to the figure.
	// A date just before the clause ("in 1960, women held …") stays: the share is of that time.
	const when = /\b((?:in|by) (?:\p{Lu}\p{Ll}+ )?\d{4}),\s*$/iu.exec(text.slice(0, from))?.[1];
	const hedged = text.slice(from, m.index).replace(/\b(?:only|just|some|roughly)\s+$/i, '');
	const before = when ? `${when}, ${hedged}` : hedged;
	const after = text.slice(m.index + m[0].length - head.length, to);
	if (
		after
			.split(/\s+/)
			.slice(0, 3)
			.some((w) => NOT_A_GROUP.test(w))
	)
		return null;
	if (words(before + after).length < 4 || words(before + after).length > 24) return null;
	if (hasLoosePronoun(before) || /^(?:it|this|that|they|he|she)\b/i.test(before)) return null;
	const the = definite ? 'the ' : '';
	const phrase = {
		more: `more than half of ${the}`,
		less: `less than half of ${the}`,
		none: definite ? 'none of the ' : 'no ',
		all: definite ? 'all of the ' : 'all '
	};
	const say = (p: string) => asOption(`${before}${p}${after}`);
	const answer = say(share > 50 ? phrase.more : phrase.less);
	const n = s.paragraph + 1;
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-share',
		prompt: `Based on the figures in paragraph ${n}, which statement is accurate?`,
		answer,
		decoys: Object.values(phrase)
			.map(say)
			.filter((t) => t !== answer),
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
