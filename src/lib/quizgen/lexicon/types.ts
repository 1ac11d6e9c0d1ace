/** What the word-meaning rule asks of a dictionary; the WordNet reader implements it. */
export type LexicalPos = 'noun' | 'verb' | 'adj' | 'adv';

export interface WordSense {
	/** The dictionary's definition of this sense. */
	gloss: string;
	pos: LexicalPos;
	/** Other words for this sense (WordNet's synset members), without the looked-up lemma. */
	synonyms: string[];
	/** How often this sense is tagged in the dictionary's corpus (0 when unknown). */
	frequency: number;
}

export interface Lexicon {
	/** The senses of a lemma in one part of speech, most frequent first; [] when unknown. */
	senses(lemma: string, pos: LexicalPos): WordSense[];
}
