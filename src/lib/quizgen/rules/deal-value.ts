/**
 * "According to paragraph 2, how much was the acquisition of Zenco worth?": the sum a deal, fine
 * or offer the article names was worth, with the article's other sums of the same currency and
 * scale as options. The stem names the deal and its target, never the sentence, so a sentence
 * opening on "he" or listing three deals still gives one sound question per deal; a sentence in
 * the first person (a memory, a quoted voice), a quotation, a question or a caption gives none.
 */
import type { ArticleMention, Sentence } from '../analyse';
import { numericValue } from '../distractors';
import { challengedVersion } from '../sentences';
import { shuffle } from '../text';
import { evidenceOf, explanationFor, inCaption, sentenceKey } from './candidate';
import type { Candidate, RuleContext } from './candidate';

/** What a sum is the value of, and how it joins its target: "acquisition of", "deal to buy". */
const DEAL =
	/^\s+((?:acquisition|buyout|purchase|takeover|sale|fine|settlement|contract|bid)\s+(?:of|for)|deal\s+(?:to\s+(?:buy|acquire)|for))\s+(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})/u;
/** Words that mark the writer or a quoted voice speaking: no key detail of the report. */
const FIRST_PERSON = /\b(?:I|I['’](?:ve|m|d|ll)|me|my|we|we['’](?:ve|re|d|ll)|us|our|you|your)\b/;
/** "$19 billion" as its currency sign and scale word, the kind a decoy must share. */
const SCALE = /^(\D*?)[\d.,]+\s*(billion|million|bn|m|trillion)?$/i;

function scaleOf(text: string): string | null {
	const m = SCALE.exec(text);
	return m
		? `${m[1]}|${(m[2] ?? '').toLowerCase().replace(/^bn$/, 'billion').replace(/^m$/, 'million')}`
		: null;
}

/** Other sums in the article of the same currency and scale, each value once. */
function decoys(ctx: RuleContext, answer: ArticleMention): string[] {
	const kind = scaleOf(answer.text);
	const seen = new Set([numericValue(answer.text)]);
	const out: string[] = [];
	for (const m of ctx.analysis.mentions) {
		if (m.type !== 'money' || scaleOf(m.text) !== kind) continue;
		const value = numericValue(m.text);
		if (value === null || seen.has(value)) continue;
		seen.add(value);
		out.push(m.text);
	}
	return out;
}

/** A sum inside quotation marks belongs to a speaker's words. */
function quoted(s: Sentence, m: ArticleMention): boolean {
	const before = s.text.slice(0, m.start - s.start);
	const count = (mark: RegExp) => before.match(mark)?.length ?? 0;
	return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

export function dealValueQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	if (s.question || s.inQuote || s.interviewer || FIRST_PERSON.test(s.text)) return [];
	if (inCaption(ctx.analysis, s.paragraph) || challengedVersion(s, ctx.analysis)) return [];
	const out: Candidate[] = [];
	for (const m of s.mentions) {
		if (m.type !== 'money' || quoted(s, m)) continue;
		const deal = DEAL.exec(s.text.slice(m.end - s.start));
		if (!deal?.[1] || !deal[2]) continue;
		const others = decoys(ctx, m);
		if (others.length < 3) continue;
		const target = deal[2].replace(/[.,]$/, '');
		const n = s.paragraph + 1;
		out.push({
			kind: 'multiple_choice',
			prompt: `According to paragraph ${n}, how much was the ${deal[1]} ${target} worth?`,
			options: shuffle([m.text, ...shuffle(others, ctx.seed + m.start).slice(0, 3)], ctx.seed),
			answer: m.text,
			explanation: explanationFor(ctx, s, `the answer is ${m.text}`),
			evidence: evidenceOf(s),
			skill: 'key-details',
			rule: 'deal-value',
			quality: 0.8,
			sentenceKey: sentenceKey(s),
			factKey: m.text.toLowerCase()
		});
	}
	return out;
}
