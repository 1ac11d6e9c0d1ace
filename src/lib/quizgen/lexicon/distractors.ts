/**
 * Wrong answers for a word-meaning question that cannot also be right: at most one of the word's
 * own senses from an unrelated category, then usual meanings of other tier-2 words of the same
 * part of speech, none sharing a word family with the meaning, the word or the passage, all
 * within a word of the key's length.
 */
import { optionText } from './gloss';
import { isAskable, isNear, meaningPool } from './pool';
import { contentStems, sharesFamily, type SenseChoice } from './sense';
import type { Lexicon, WordSense } from './types';
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

/** Everything the chosen meaning says: no distractor may share a word family with it. */
function meaningStems(use: MeaningUse): Set<string> {
	const group = use.choice.group.map((i) => use.senses[i]!);
	const own = group.flatMap((s) => [s.gloss, ...s.synonyms]);
	return contentStems([use.key, use.avoid ?? '', ...own].join(' '));
}

/** The word's own senses that clearly do not fit: another category, nothing shared. */
function otherSenses(use: MeaningUse, taken: Set<string>): string[] {
	const group = use.choice.group.map((i) => use.senses[i]!);
	const synonyms = new Set(group.flatMap((s) => s.synonyms));
	return (
		use.senses
			.filter((sense, i) => !use.choice.group.includes(i) && use.choice.overlaps[i] === 0)
			.filter((sense) => isAskable(sense) && !group.some((g) => isNear(g, sense)))
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
function neighbourhood(
	lexicon: Lexicon,
	key: WordSense
): { stems: Set<string>; lemmas: Set<string> } {
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

/** Usual meanings of other tier-2 words: same part of speech, nothing shared with the word or passage. */
function poolMeanings(lexicon: Lexicon, use: MeaningUse, taken: Set<string>): string[] {
	const key = use.senses[use.choice.group[0]!]!;
	const own = contentStems(use.senses.map((s) => s.gloss).join(' '));
	const near = neighbourhood(lexicon, key);
	const related = new Set([use.lemma, ...near.lemmas]);
	const context = new Set([...use.passage.near, ...use.passage.around]);
	return meaningPool(lexicon, key.pos)
		.filter((e) => !related.has(e.lemma) && !isNear(e.sense, key))
		.filter((e) => !e.sense.synonyms.some((w) => related.has(w.toLowerCase())))
		.filter((e) => !mentions(e.text, use.lemma) && !sharesFamily(e.stems, own))
		.filter((e) => !sharesFamily(e.stems, near.stems))
		.filter((e) => ![...e.stems].some((x) => context.has(x) || taken.has(x)))
		.map((e) => ({ text: e.text, order: hash(e.lemma + use.lemma, use.salt ?? 0) }))
		.sort((a, b) => a.order - b.order)
		.map((e) => e.text);
}

/** Three distractors within a word of the key's length (no length tell), sharing no word family. */
export function distractors(lexicon: Lexicon, use: MeaningUse): string[] | null {
	const length = wordCount(use.key);
	const taken = meaningStems(use);
	const chosen: string[] = [];
	const own = otherSenses(use, taken).slice(0, 1);
	for (const text of [...own, ...poolMeanings(lexicon, use, taken)]) {
		if (chosen.length === 3) break;
		const stems = contentStems(text);
		if (Math.abs(wordCount(text) - length) > 1 || sharesFamily(stems, taken)) continue;
		if (use.used?.has(text)) continue;
		stems.forEach((stem) => taken.add(stem));
		chosen.push(text);
	}
	return chosen.length === 3 ? chosen : null;
}
