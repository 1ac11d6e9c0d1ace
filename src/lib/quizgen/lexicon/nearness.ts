/**
 * How near a wrong answer's meaning is to the key's, from the dictionary's links (WordNet
 * pointers) rather than shared words alone. A blind judge found two defensible answers where a
 * wrong answer was the key's cluster neighbour ("greater than normal in degree" beside "of
 * considerable importance, size, or worth", both under "large in amount or degree"), its
 * sibling under one hypernym, or a meaning derived from the same word.
 */
import { contentStems } from './sense';
import type { LexicalPos, Lexicon, WordSense } from './types';

/** The key's meanings, every meaning one link from them, and the words of the broader ones. */
export interface Closeness {
	/** Ids of the key's senses and of every meaning they link to. */
	ids: Set<string>;
	/** Content stems of the definitions and words of the meanings one step broader or beside. */
	stems: Set<string>;
}

/** The key's meaning and its neighbourhood in the dictionary's graph. */
export function closenessOf(lexicon: Lexicon, senses: WordSense[]): Closeness {
	const ids = new Set<string>();
	const texts: string[] = [];
	for (const sense of senses) {
		ids.add(sense.id);
		sense.links?.forEach((id) => ids.add(id));
		for (const id of sense.broader ?? []) {
			const broader = lexicon.sense?.(id);
			if (broader) texts.push(broader.gloss, ...broader.synonyms);
		}
	}
	return { ids, stems: contentStems(texts.join(' ')) };
}

/**
 * A meaning one link from the key or sharing a neighbour with it: its hypernym or hyponym, a
 * sibling under one hypernym or cluster head, an also-see, or derived from the same word.
 */
export function isLinked(sense: WordSense, close: Closeness): boolean {
	if (close.ids.has(sense.id)) return true;
	return (sense.links ?? []).some((id) => close.ids.has(id));
}

/**
 * Broad kinds of noun and verb meaning (WordNet lexicographer files): a wrong answer of the
 * key's own kind (two mental states, two happenings) reads in its place more easily than one
 * of another kind, so those are offered last.
 */
const KINDS: Record<LexicalPos, number[][]> = {
	noun: [
		[9, 10, 16],
		[4, 11, 22, 19],
		[7, 12, 26, 24],
		[14, 18],
		[21, 23, 28]
	],
	// Thinking and saying; the abstract doings (change, being, having, social life: "force
	// somebody to do something" beside "necessitate"); the body and the physical world.
	verb: [
		[31, 32, 37, 39],
		[30, 33, 40, 41, 42],
		[29, 34, 35, 36, 38, 43]
	],
	adj: [],
	adv: []
};

/** Whether two senses are of one broad kind (see `KINDS`); adjectives and adverbs never are. */
export function sameKind(a: WordSense, b: WordSense): boolean {
	if (a.pos !== b.pos) return false;
	return KINDS[a.pos].some((kind) => kind.includes(a.category) && kind.includes(b.category));
}
