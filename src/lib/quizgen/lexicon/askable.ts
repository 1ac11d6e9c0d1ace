/** Which senses a question may show (the key or a wrong answer): abstract meanings only. */
import type { WordSense } from './types';

/**
 * WordNet's abstract noun categories (act, attribute, cognition, communication, event, feeling,
 * motive, phenomenon, possession, process, relation, state). Concrete nouns (animals, foods,
 * artifacts, people, places) are technical or obvious, and look odd beside abstract meanings.
 */
const ABSTRACT_NOUNS = new Set([4, 7, 9, 10, 11, 12, 16, 19, 21, 22, 24, 26]);
/** Adjective pertainyms ("of or relating to…", category 1). */
const PERTAINYM = 1;

/** A sense a question may show: an abstract noun, an adjective that is not a pertainym, any verb. */
export function isAskable(sense: WordSense): boolean {
	if (sense.pos === 'noun') return ABSTRACT_NOUNS.has(sense.category);
	if (sense.pos === 'adj') return sense.category !== PERTAINYM;
	return true;
}
