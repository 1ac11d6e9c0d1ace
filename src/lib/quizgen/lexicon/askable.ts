/** Which senses a question may show (the key or a wrong answer): abstract meanings only. */
import type { Lexicon, WordSense } from './types';

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

/** Times WordNet's tagged texts use a base word before "bloodless" counts as blood + less. */
const EVERYDAY_BASE = 20;

/**
 * A word any reader takes apart: an everyday noun or verb with "-less" or "-ful" ("bloodless",
 * "powerful"). One built on a word nobody uses alone ("relentless", "ruthless") still needs
 * its context, and one on a rarer word ("fruitless") is figurative more often than not.
 */
export function isTransparentCompound(lemma: string, lexicon: Lexicon): boolean {
	const base = /^(\p{L}{3,})(?:less|ful)$/u.exec(lemma)?.[1];
	if (!base) return false;
	const uses = (['noun', 'verb'] as const).flatMap((pos) =>
		lexicon.senses(base, pos).map((s) => s.frequency)
	);
	return Math.max(0, ...uses) >= EVERYDAY_BASE;
}
