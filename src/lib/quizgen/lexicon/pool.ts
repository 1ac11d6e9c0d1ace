/**
 * Which senses can be asked about or offered as wrong answers, and a pool of same-part-of-speech
 * meanings for the distractors a word's own senses cannot supply: the usual sense of every other
 * tier-2 word, worked out once per lexicon.
 */
import { isAskable } from './askable';
import { optionText } from './gloss';
import { STOPWORDS } from '../../reader/commonWords';
import { closenessOf } from './nearness';
import { contentStems } from './sense';
import { EVERYDAY, TIER_TWO } from './tier2';
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
	/**
	 * Stems of every definition of the lemma in this part of speech: a wrong answer whose word
	 * can also mean the key ("terminate, end, or take out" is _eliminate_, which can mean
	 * "remove from a contest" beside "remove from office") reads as a second right answer.
	 */
	every: Set<string>;
	/** Stems of the meanings one step broader (hypernym, cluster head): see `nearness.ts`. */
	broader: () => Set<string>;
	/**
	 * Every sense of the lemma, and of the definition's own words, in this part of speech: a
	 * wrong answer whose word has a sense linked to the key ("overthrow by argument" beside
	 * "remove from office": _overthrow_'s usual sense is a kind of ousting) reads as that sense
	 * to a student who knows the word.
	 */
	readings: () => WordSense[];
}

/** A further sense of a listed word this often seen in use is a usual meaning too. */
const USUAL_TAGS = 3;

/**
 * Meanings of the body, of killing or of physics ("kill in large numbers", "the act of clasping
 * another person in the arms", "not transmitting light") read as absurd beside the abstract
 * sense a news sentence uses: a reader rules them out without reading.
 */
const ABSURD =
	/\b(?:kill|killing|killed|arms|body|bodily|blood|sexual|sex|animals?|teeth|mouth|stomach|skin|corpse|dead|light|radiant|energy|magnitude|elastic|liquid|physical|force that|atoms?|electrical|molecules?)\b/i;

/** A noun definition that opens with an adjective ("capable of growth") reads as an adjective's. */
const ADJECTIVAL = /^(?:capable|able|unable|free|full|likely|worthy|lacking|having|being|not)\b/i;

/** A synonym's own usual sense this often seen in use is a plain meaning of a plain word. */
const SYNONYM_TAGS = 5;

/**
 * The listed words (tier-2 and everyday) and the one-word synonyms of their usual senses
 * whose own usual sense is common ("curb" gives "restrain"): some four hundred meanings per
 * part of speech instead of a hundred or so, so one article's wrong answers seldom recur in
 * the next.
 */
function poolWords(lexicon: Lexicon, pos: LexicalPos): string[] {
	const listed = [...TIER_TWO, ...EVERYDAY];
	const out = new Set(listed);
	for (const lemma of listed) {
		for (const synonym of lexicon.senses(lemma, pos)[0]?.synonyms ?? []) {
			const word = synonym.toLowerCase();
			if (!/^[a-z]+$/.test(word) || out.has(word)) continue;
			if ((lexicon.senses(word, pos)[0]?.frequency ?? 0) >= SYNONYM_TAGS) out.add(word);
		}
	}
	return [...out];
}

/**
 * The usual senses of the listed words (tier-2 and everyday): each one's first sense and any
 * further sense seen in use as often as `USUAL_TAGS`, once per meaning (WordNet gives
 * "superfluous", "surplus" and "redundant" one definition: offered three times as often, it
 * recurred across articles). A wide pool keeps articles from sharing wrong answers.
 */
function buildPool(lexicon: Lexicon, pos: LexicalPos): PoolEntry[] {
	const pool: PoolEntry[] = [];
	const seen = new Set<string>();
	for (const lemma of poolWords(lexicon, pos)) {
		const senses = lexicon.senses(lemma, pos);
		const every = contentStems(senses.map((s) => s.gloss).join(' '));
		senses.forEach((sense, i) => {
			// Only a sense the corpus has seen: untagged first senses are often technical ones.
			if (sense.frequency < (i === 0 ? 2 : USUAL_TAGS) || seen.has(sense.id)) return;
			seen.add(sense.id);
			if (!isAskable(sense) || ABSURD.test(sense.gloss)) return;
			const text = optionText(sense.gloss);
			if (!text || text.toLowerCase().includes(lemma.slice(0, 5))) return;
			if (pos === 'noun' && ADJECTIVAL.test(text)) return;
			// Two senses worded alike ("a high standing achieved through success…") read as one.
			if (seen.has(text)) return;
			seen.add(text);
			const stems = contentStems(sense.gloss);
			let up: Set<string> | null = null;
			const broader = () => (up ??= closenessOf(lexicon, [sense]).stems);
			// Worked out on first use: most entries are ruled out before this check.
			let read: WordSense[] | null = null;
			const readings = () => (read ??= [...senses, ...wordSenses(lexicon, text, pos)]);
			pool.push({ lemma, text, sense, stems, every, broader, readings });
		});
	}
	return pool;
}

/** The senses, in `pos`, of a definition's content words ("overthrow" in "overthrow by argument"). */
function wordSenses(lexicon: Lexicon, text: string, pos: LexicalPos): WordSense[] {
	const out: WordSense[] = [];
	for (const word of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
		if (STOPWORDS.has(word)) continue;
		const lemma = lexicon.lemma(word, pos);
		if (lemma) out.push(...lexicon.senses(lemma, pos));
	}
	return out;
}

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
		pool = buildPool(lexicon, pos);
		byPos.set(pos, pool);
	}
	return pool;
}
