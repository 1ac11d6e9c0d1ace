import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { explain } from '../sentences';
import { containsPhrase } from '../text';
import type { Lexicon } from '../lexicon/types';
import type { QuestionDraft } from '../types';

/** A draft before ranking: `quality` is the rule's own confidence, 0..1. */
export interface Candidate extends Omit<QuestionDraft, 'score'> {
	quality: number;
	/** Which sentence it rests on ("2:0"), and which fact it tests, for duplicate checks. */
	sentenceKey: string;
	factKey: string;
}

export interface RuleContext {
	analysis: Analysis;
	seed: number;
	/** A dictionary for word-meaning questions; without one, none are made. */
	lexicon?: Lexicon;
}

export const sentenceKey = (s: Sentence) => `${s.paragraph}:${s.index}`;

export const evidenceOf = (s: Sentence) => ({ paragraph: s.paragraph, start: s.start, end: s.end });

/** Readers' names for each fact type, used in "Which … completes …" prompts. */
export const TYPE_NOUN: Record<ArticleMention['type'], string> = {
	person: 'name',
	place: 'place',
	organisation: 'organisation',
	number: 'number',
	percent: 'percentage',
	money: 'amount',
	date: 'date'
};

/** The sentence with one mention replaced by `replacement`. */
export function replaceMention(s: Sentence, m: ArticleMention, replacement: string): string {
	return s.text.slice(0, m.start - s.start) + replacement + s.text.slice(m.end - s.start);
}

/**
 * A place or organisation used as a modifier ("US pressure", "FBI special agent") cannot be
 * swapped or blanked naturally, and the words after it often give it away.
 */
export function isModifier(s: Sentence, m: ArticleMention): boolean {
	if (m.type !== 'place' && m.type !== 'organisation') return false;
	const next = s.tokens.find((t) => t.start >= m.end);
	return !!next && (next.pos === 'NOUN' || next.pos === 'ADJ') && next.start === m.end + 1;
}

/** A mention that occurs once in its sentence, so blanking it leaves no copy behind. */
export function occursOnce(s: Sentence, m: ArticleMention): boolean {
	return s.text.split(m.text).length === 2;
}

export function explanationFor(ctx: RuleContext, s: Sentence, because: string): string {
	return `${explain(ctx.analysis, s.paragraph, s.start, s.end)}, so ${because}.`;
}

/**
 * How guessable a blank on this fact is: a possessive ("_____’s response") or a name the article
 * repeats in many paragraphs (the obvious "Mexico") can be filled in without reading closely.
 */
export function guessability(ctx: RuleContext, s: Sentence, m: ArticleMention): number {
	const possessive = /^[’']s\b/.test(s.text.slice(m.end - s.start));
	const common = isCommon(ctx, m.text);
	return (possessive ? 0.3 : 0) + (common ? 0.3 : 0) + (inTitle(ctx, m.text) ? 0.4 : 0);
}

/** A name in more than three paragraphs of ten (and in two at least) is the obvious actor. */
export function isCommon(ctx: RuleContext, name: string): boolean {
	const surname = name.split(/\s+/).pop() ?? name;
	const { spread } = ctx.analysis;
	const paragraphs = Math.max(spread.get(name) ?? 1, spread.get(`person:${surname}`) ?? 0);
	// In a short article one mention is already a large share: a name must recur to be common.
	return paragraphs >= 2 && paragraphs / Math.max(ctx.analysis.paragraphs.length, 1) > 0.3;
}

/** A name the headline gives ("… With Harbour Engineer Lucía Ferreira") is no test of reading. */
export function inTitle(ctx: RuleContext, name: string): boolean {
	const surname = name.split(/\s+/).pop() ?? name;
	return containsPhrase(ctx.analysis.title, name) || containsPhrase(ctx.analysis.title, surname);
}
