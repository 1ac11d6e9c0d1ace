/** What the word-meaning rule asks of a dictionary; the WordNet reader implements it. */
export type LexicalPos = 'noun' | 'verb' | 'adj' | 'adv';

export interface WordSense {
	/** The dictionary's definition of this sense, without its example sentences. */
	gloss: string;
	/** The dictionary's example sentences for this sense (used for context overlap, not shown). */
	examples: string[];
	pos: LexicalPos;
	/** Other words for this sense (WordNet's synset members), without the looked-up lemma. */
	synonyms: string[];
	/** How often this sense is tagged in the dictionary's corpus (0 when unknown). */
	frequency: number;
	/**
	 * The dictionary's broad category of the sense (WordNet's lexicographer file number, e.g.
	 * 41 "verb.social"): two senses in different categories are clearly different meanings.
	 */
	category: number;
	/** A stable id of the sense (WordNet: pos and synset offset), for duplicate checks. */
	id: string;
	/**
	 * Ids of the meanings one dictionary link away (WordNet pointers: hypernyms, hyponyms,
	 * similar-to, also-see, verb group, attribute, derivations; not antonyms): a wrong answer
	 * among them, or sharing one with the key, is a near meaning, not a clearly wrong one.
	 */
	links?: string[];
	/** The subset of `links` one step more general: hypernyms, a satellite's head, also-see. */
	broader?: string[];
}

export interface Lexicon {
	/** The senses of a lemma in one part of speech, most frequent first; [] when unknown. */
	senses(lemma: string, pos: LexicalPos): WordSense[];
	/**
	 * The dictionary form of an inflected word ("undermined" → "undermine"), or null when the
	 * dictionary has no such word in that part of speech.
	 */
	lemma(word: string, pos: LexicalPos): string | null;
	/** A meaning by its `id` (the targets of `links`), or null; optional for test lexicons. */
	sense?(id: string): WordSense | null;
	/**
	 * Whether a plain reader knows the word (a list of common words, not the dictionary): a
	 * definition using one they do not is no option. Optional: a lexicon without it knows all.
	 */
	familiar?(word: string): boolean;
}
