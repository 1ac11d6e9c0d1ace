/**
 * Which sense of a word a sentence uses: simplified Lesk (the words a sense's definition and
 * examples share with the sentence and its neighbours) checked against the dictionary's sense
 * frequencies. It answers only when the two agree or one clearly wins; otherwise null, and the
 * word is not asked about: a dictionary lookup replaces no judgement.
 */
import { STOPWORDS } from '../../reader/commonWords';
import type { WordSense } from './types';

/** A crude stem (first six letters) so "regulators" meets "regulation" in a definition. */
export const stemOf = (word: string) => word.toLowerCase().slice(0, 6);

const CONTEXT_STOP = new Set([
	...STOPWORDS,
	...'someone something person thing act state being make made cause become having used'.split(' ')
]);

/** Content-word stems of a text, without function words and very short words. */
export function contentStems(text: string): Set<string> {
	const out = new Set<string>();
	for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
		if (word.length >= 4 && !CONTEXT_STOP.has(word)) out.add(stemOf(word));
	}
	return out;
}

export interface SenseChoice {
	index: number;
	/** How the sense was chosen: context and frequency agree, or one of them clearly wins. */
	by: 'both' | 'context' | 'frequency';
	/** Context words the chosen sense's definition shares with the passage (for the explanation). */
	shared: string[];
	/** Per sense: how many context stems its definition, examples and synonyms share. */
	overlaps: number[];
}

function senseStems(sense: WordSense, self: string): Set<string> {
	const stems = contentStems([sense.gloss, ...sense.examples, ...sense.synonyms].join(' '));
	stems.delete(stemOf(self));
	return stems;
}

/**
 * The sense `senses` (most frequent first) that `context` uses. `near` is the sentence itself
 * (its words count double), `around` the sentences next to it.
 */
export function chooseSense(
	senses: WordSense[],
	lemma: string,
	near: Set<string>,
	around: Set<string>
): SenseChoice | null {
	if (senses.length === 0) return null;
	const shared: string[][] = senses.map((sense) => {
		const stems = senseStems(sense, lemma);
		return [...stems].filter((s) => near.has(s) || around.has(s));
	});
	const overlaps = shared.map((list) => list.reduce((n, s) => n + (near.has(s) ? 2 : 1), 0));
	const order = overlaps.map((_, i) => i).sort((a, b) => overlaps[b]! - overlaps[a]! || a - b);
	const [best = 0, second] = order;
	const margin = overlaps[best]! - (second === undefined ? 0 : overlaps[second]!);
	const freq = senses.map((s) => s.frequency);
	const total = freq.reduce((a, b) => a + b, 0);
	// The most frequent sense dominates: at least three tags and twice the runner-up's.
	const dominant = freq[0]! >= 3 && freq[0]! >= 2 * (freq[1] ?? 0) && freq[0]! / total >= 0.6;
	const result = (index: number, by: SenseChoice['by']): SenseChoice => ({
		index,
		by,
		shared: shared[index]!,
		overlaps
	});
	// One sense: nothing to choose between, as long as the corpus has seen the word used so.
	if (senses.length === 1) return freq[0]! >= 1 ? result(0, 'both') : null;
	// A context match counts only with a word of the sentence itself (near words count 2).
	const inSentence = shared[best]!.some((s) => near.has(s));
	if (inSentence && margin >= 2 && best === 0 && dominant) return result(0, 'both');
	if (inSentence && margin >= 4 && freq[best]! >= 2) return result(best, 'context');
	// Frequency alone: the usual sense must dwarf every other one, and nothing contradicts it.
	const rest = total - freq[0]!;
	if (overlaps[best] === 0 && dominant && freq[0]! >= 3 * Math.max(rest, 1)) {
		return result(0, 'frequency');
	}
	return null;
}
