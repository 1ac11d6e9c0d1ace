/**
 * Wrong answers for a word-meaning question that cannot also be right: at most one of the word's
 * own senses from an unrelated category, then usual meanings of other tier-2 words of the same
 * part of speech, none sharing a word family with the meaning, the word or the passage, all
 * within a word of the key's length.
 */
import { optionText, readsPlainly } from './gloss';
import { closenessOf, isLinked, sameKind, type Closeness } from './nearness';
import { isNear, meaningPool, type PoolEntry } from './pool';
import { contentStems, sharesFamily, type SenseChoice } from './sense';
import type { Lexicon, WordSense } from './types';
import { toneOf } from '../nlp';
import { hash, wordCount, words } from '../text';

/** A word's chosen meaning in its passage: what the distractors must steer clear of. */
export interface MeaningUse {
	lemma: string;
	senses: WordSense[];
	choice: SenseChoice;
	key: string;
	passage: { near: Set<string>; around: Set<string> };
	/**
	 * Varies which pool meanings a word gets from one article to the next, so two quizzes never
	 * share a whole set of wrong answers ("generate" with the same three in every article).
	 */
	salt?: number;
	/** Wrong answers already offered in this quiz: each is used once. */
	used?: Set<string>;
	/** Words of further meanings no wrong answer may share (a hand-written meaning's `avoid`). */
	avoid?: string;
	/** Whether a wrong answer can be shown as the key is (put in the verb's form): if set, must. */
	shows?: (text: string) => boolean;
}

/**
 * An option that contains the word asked about, its family ("conceding" for "concession") or its
 * root ("precedent" in "unprecedented") answers itself by matching.
 */
export function mentions(text: string, lemma: string): boolean {
	const stem = lemma.slice(0, Math.max(4, Math.min(lemma.length - 3, 5)));
	return words(text).some(
		(w) => w.startsWith(stem) || (w.length >= 6 && lemma.includes(w.slice(0, 6)))
	);
}

const sameVerbKind = (a: WordSense, b: WordSense) => a.pos === 'verb' && sameKind(a, b);

const keySense = (use: MeaningUse) => use.senses[use.choice.group[0]!]!;

/** Everything the chosen meaning says: no distractor may share a word family with it. */
function meaningStems(use: MeaningUse): Set<string> {
	const group = use.choice.group.map((i) => use.senses[i]!);
	const own = group.flatMap((s) => [s.gloss, ...s.synonyms]);
	return contentStems([use.key, use.avoid ?? '', ...own].join(' '));
}

/**
 * The word's own senses that clearly do not fit: another broad category, nothing shared with
 * the passage or the key. Concrete and physical senses count ("a movement back from an impact"
 * beside "a remote consequence"): they are the word's real meanings, the wrong answers a teacher
 * offers. Only a noun's or a verb's: WordNet files nearly all adjective senses under one
 * category, and an adjective's unchosen senses are often the same idea ("existing as an
 * essential constituent" beside "in the nature of something though not readily apparent").
 */
function otherSenses(use: MeaningUse, taken: Set<string>, close: Closeness): string[] {
	const group = use.choice.group.map((i) => use.senses[i]!);
	if (group[0]!.pos === 'adj' || group[0]!.pos === 'adv') return [];
	const synonyms = new Set(group.flatMap((s) => s.synonyms));
	return (
		use.senses
			.filter((sense, i) => !use.choice.group.includes(i) && use.choice.overlaps[i] === 0)
			// A verb's other meaning of the same broad kind ("necessitate" beside "force somebody
			// to do something") can pass for the one used. (A noun's kinds mix the physical and
			// the abstract: "a movement back from an impact" is a fine wrong answer.)
			.filter((sense) => !group.some((g) => isNear(g, sense) || sameVerbKind(g, sense)))
			.filter((sense) => !isLinked(sense, close))
			.filter((sense) => !sharesFamily(contentStems(sense.gloss), close.stems))
			.filter((sense) => !sense.synonyms.some((w) => synonyms.has(w)))
			.filter((sense) => !sharesFamily(contentStems(sense.gloss), taken))
			.map((sense) => optionText(sense.gloss))
			.filter((text): text is string => !!text && !mentions(text, use.lemma))
			// "Be earlier in time" and "be the predecessor of": two states read as one meaning.
			.filter((text) => !(/^be\b/i.test(text) && /^be\b/i.test(use.key)))
	);
}

/**
 * What the key's synonyms can mean ("elicit" → "arouse", "evoke" → "stimulate", "call to
 * mind"): a wrong answer near any of it ("incite or stimulate" beside "call forth") is a second
 * right answer. Their words and definitions, as stems, and the words themselves.
 */
interface Neighbourhood {
	stems: Set<string>;
	lemmas: Set<string>;
}

function neighbourhood(lexicon: Lexicon, key: WordSense): Neighbourhood {
	const lemmas = new Set(key.synonyms.map((w) => w.toLowerCase()));
	const texts: string[] = [];
	for (const synonym of key.synonyms) {
		for (const sense of lexicon.senses(synonym.toLowerCase(), key.pos)) {
			texts.push(sense.gloss, ...sense.synonyms);
			sense.synonyms.forEach((w) => lemmas.add(w.toLowerCase()));
		}
	}
	return { stems: contentStems(texts.join(' ')), lemmas };
}

/**
 * Usual meanings of other listed words: same part of speech, nothing shared with the word or
 * passage, in an order the article's salt sets. Lazily: the checks run only until three fit
 * (the pool holds hundreds of meanings per part of speech).
 */
function* poolMeanings(
	lexicon: Lexicon,
	use: MeaningUse,
	taken: Set<string>,
	near: Neighbourhood,
	close: Closeness
): Generator<PoolEntry> {
	const key = use.senses[use.choice.group[0]!]!;
	const own = contentStems(use.senses.map((s) => s.gloss).join(' '));
	const meant = contentStems(`${use.key} ${key.gloss}`);
	const related = new Set([use.lemma, ...near.lemmas]);
	const context = new Set([...use.passage.near, ...use.passage.around]);
	const ordered = meaningPool(lexicon, key.pos)
		.filter((e) => fitsLength(e.text, use.key, 'pool') && fitsSlot(e.text, use.key, key.pos))
		.map((e) => ({
			e,
			kind: sameKind(e.sense, key) ? 1 : 0,
			order: hash(e.sense.id + use.lemma, use.salt ?? 0)
		}))
		// Meanings of another broad kind first: they are the clearly wrong ones.
		.sort((a, b) => a.kind - b.kind || a.order - b.order);
	for (const { e } of ordered) {
		if (related.has(e.lemma) || isNear(e.sense, key)) continue;
		if (sharesFamily(e.stems, close.stems)) continue;
		if (e.sense.synonyms.some((w) => related.has(w.toLowerCase()))) continue;
		if ([...e.stems].some((x) => context.has(x) || taken.has(x))) continue;
		if (mentions(e.text, use.lemma) || sharesFamily(e.stems, own)) continue;
		if (sharesFamily(e.stems, near.stems) || sharesFamily(e.every, meant)) continue;
		// Last: the checks that may look meanings up.
		if (sharesFamily(e.broader(), meant)) continue;
		if (e.readings().some((sense) => isLinked(sense, close))) continue;
		yield e;
	}
}

/**
 * Options of one length: a wrong answer within a word of the key's length and, in letters,
 * `LETTERS` of it (a key half again as long as the rest is found without reading). The word's
 * own senses may differ a little more: they are its real meanings, not picked to fit.
 */
const LETTERS = { pool: [0.8, 1.3], own: [0.6, 1.45] } as const;

/** A verb's definition that ends on its preposition ("make reference to") needs an object after it. */
const OPEN_ENDED = /\b(?:of|to|with|for|from|on|at|into|about|against)$/i;

/**
 * A wrong answer that reads in the word's place: beside a verb key that needs nothing after it
 * ("grow smaller"), no definition ending on a preposition ("prevent the occurrence of"); beside
 * a noun key, one that opens as the key does.
 */
function fitsSlot(text: string, key: string, pos: string): boolean {
	if (!hasShapeOf(text, pos)) return false;
	if (pos === 'noun' && !opensAlike(text, key)) return false;
	if (TO_THE_READER.test(text) && !TO_THE_READER.test(key)) return false;
	return pos !== 'verb' || OPEN_ENDED.test(key) || !OPEN_ENDED.test(text);
}

/**
 * A noun's meanings open alike, all with an article or none: "Severely repressive actions" among
 * three "A …" options was the key at a glance.
 */
const OPENS_WITH_ARTICLE = /^(?:a|an|the)\s/i;
/** A bare plural head ("Feelings of great warmth") beside a singular key ("Guessing about …"). */
const OPENS_PLURAL = /^\p{L}+[^su\s]s\s/u;
const opensAlike = (text: string, key: string) =>
	OPENS_WITH_ARTICLE.test(text) === OPENS_WITH_ARTICLE.test(key) &&
	// A plural key ("Penalties meant to …" for "sanctions") finds too few plural meanings to match.
	(OPENS_PLURAL.test(key) || !OPENS_PLURAL.test(text));
/** WordNet speaking to its reader ("attributable to your ancestry") reads oddly in a quiz. */
const TO_THE_READER = /\byour?\b/i;

/** A first word that is a noun's: an article, or a noun suffix ("unwillingness to do…"). */
const NOUN_START = /^(?:(?:a|an|the)\s|\w+(?:ness|ity|tion|sion|ment|ance|ence|ship|ism)\b)/i;

/**
 * A definition shaped like its part of speech: WordNet words some adjectives as nouns
 * ("unwillingness to do something contrary to your custom" is _loath_), a grammatical tell
 * beside adjective options; a verb's definition never opens with an article.
 */
export function hasShapeOf(text: string, pos: string): boolean {
	return (pos !== 'adj' && pos !== 'verb') || !NOUN_START.test(text);
}

function fitsLength(text: string, key: string, from: keyof typeof LETTERS): boolean {
	const [low, high] = LETTERS[from];
	const words = Math.abs(wordCount(text) - wordCount(key));
	if (words > (from === 'own' ? 2 : 1)) return false;
	return text.length >= low * key.length && text.length <= high * key.length;
}

/**
 * Three distractors: first the word's own senses that clearly do not fit (what a teacher offers:
 * "its other meanings"), then usual meanings of other words of the same part of speech; of one
 * length, sharing no word family. `own` counts how many are the word's senses.
 */
export function distractorSet(
	lexicon: Lexicon,
	use: MeaningUse
): { wrong: string[]; own: number } | null {
	const taken = meaningStems(use);
	const pos = keySense(use).pos;
	const chosen: string[] = [];
	let own = 0;
	const judging = judgesAlike(use.key, pos);
	const offer = (text: string, from: keyof typeof LETTERS): boolean => {
		const stems = contentStems(text);
		if (chosen.length === 3 || !fitsLength(text, use.key, from)) return false;
		if (judging(text) || (use.shows && !use.shows(text))) return false;
		if (!fitsSlot(text, use.key, pos) || !readsPlainly(text, lexicon)) return false;
		if (sharesFamily(stems, taken) || use.used?.has(text) || chosen.includes(text)) return false;
		stems.forEach((stem) => taken.add(stem));
		chosen.push(text);
		if (from === 'own') own++;
		return true;
	};
	const near = neighbourhood(lexicon, keySense(use));
	const close = closenessOf(
		lexicon,
		use.choice.group.map((i) => use.senses[i]!)
	);
	for (const text of otherSenses(use, taken, close)) offer(text, 'own');
	// Two wrong answers linked to each other ("constituting the full quantity" beside
	// "including all components") say one thing twice: both are ruled out together.
	const picked: Closeness = { ids: new Set(), stems: new Set() };
	for (const e of poolMeanings(lexicon, use, taken, near, close)) {
		if (isLinked(e.sense, picked) || !offer(e.text, 'pool')) continue;
		[e.sense.id, ...(e.sense.links ?? [])].forEach((id) => picked.ids.add(id));
		if (chosen.length === 3) break;
	}
	return chosen.length === 3 ? { wrong: chosen, own } : null;
}

/** How strongly a meaning must praise or fault for its tone to count (the model's scale). */
const TONE = 0.3;

/**
 * For a key that praises or faults ("convincing or strongly interesting"), whether a wrong
 * answer judges the same way ("distinguished from others in excellence"): in "the new model is
 * more compelling" either reads in the word's place, and two blind judges found two answers. An
 * adjective's or an adverb's only: a noun or a verb names a thing or an act whatever its tone.
 */
function judgesAlike(key: string, pos: string): (text: string) => boolean {
	const tone = pos === 'adj' || pos === 'adv' ? toneOf(key) : 0;
	if (Math.abs(tone) < TONE) return () => false;
	return (text) => toneOf(text) * Math.sign(tone) >= TONE;
}

/** The three distractors of `distractorSet`, or null. */
export function distractors(lexicon: Lexicon, use: MeaningUse): string[] | null {
	return distractorSet(lexicon, use)?.wrong ?? null;
}
