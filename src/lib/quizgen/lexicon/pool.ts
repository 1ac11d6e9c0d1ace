/**
 * Which senses can be asked about or offered as wrong answers, and a pool of same-part-of-speech
 * meanings for the distractors a word's own senses cannot supply: the usual sense of every other
 * tier-2 word, worked out once per lexicon.
 */
import { isAskable } from './askable';
import { optionText } from './gloss';
import { contentStems } from './sense';
import { TIER_TWO } from './tier2';
import type { LexicalPos, Lexicon, WordSense } from './types';

export { isAskable };

/**
 * Categories close enough that their meanings can pass for each other (an idea and a claim:
 * noun.cognition and noun.communication; thinking, saying and feeling verbs): never key and
 * distractor.
 */
const CLOSE: Record<LexicalPos, number[][]> = {
	noun: [
		[9, 10],
		[4, 11, 22]
	],
	// Feeling verbs too: "cause to feel sure" (verb.emotion) is what "assured them that" does.
	verb: [[31, 32, 37]],
	adj: [],
	adv: []
};

/**
 * Same category, or two categories whose meanings blur (`CLOSE`). Adjectives and adverbs have
 * one category for nearly all senses, so for them only the word-family and context checks of
 * the rule keep a distractor from meaning the same.
 */
export function isNear(a: WordSense, b: WordSense): boolean {
	if (a.pos === 'adj' || a.pos === 'adv') return a.id === b.id;
	if (a.category === b.category) return true;
	return CLOSE[a.pos].some((set) => set.includes(a.category) && set.includes(b.category));
}

export interface PoolEntry {
	lemma: string;
	text: string;
	sense: WordSense;
	/** Content stems of the sense's whole definition, for the does-it-fit checks. */
	stems: Set<string>;
}

/**
 * Meanings of the body, of killing or of physics ("kill in large numbers", "the act of clasping
 * another person in the arms", "not transmitting light") read as absurd beside the abstract
 * sense a news sentence uses: a reader rules them out without reading.
 */
const ABSURD =
	/\b(?:kill|killing|killed|arms|body|bodily|blood|sexual|sex|animals?|teeth|mouth|stomach|skin|corpse|dead|light|radiant|energy|magnitude|elastic|liquid|physical|force that)\b/i;

/** A noun definition that opens with an adjective ("capable of growth") reads as an adjective's. */
const ADJECTIVAL = /^(?:capable|able|unable|free|full|likely|worthy|lacking|having|being|not)\b/i;

const pools = new WeakMap<Lexicon, Map<LexicalPos, PoolEntry[]>>();

/** The usual sense of each tier-2 word in `pos`, as option text: built once per lexicon. */
export function meaningPool(lexicon: Lexicon, pos: LexicalPos): PoolEntry[] {
	let byPos = pools.get(lexicon);
	if (!byPos) {
		byPos = new Map();
		pools.set(lexicon, byPos);
	}
	let pool = byPos.get(pos);
	if (!pool) {
		pool = [];
		for (const lemma of TIER_TWO) {
			const sense = lexicon.senses(lemma, pos)[0];
			// Only a sense the corpus has seen: untagged first senses are often technical ones.
			if (!sense || sense.frequency < 2 || !isAskable(sense)) continue;
			const text = optionText(sense.gloss);
			if (!text || text.toLowerCase().includes(lemma.slice(0, 5))) continue;
			if (pos === 'noun' && ADJECTIVAL.test(text)) continue;
			if (ABSURD.test(sense.gloss)) continue;
			pool.push({ lemma, text, sense, stems: contentStems(sense.gloss) });
		}
		byPos.set(pos, pool);
	}
	return pool;
}
