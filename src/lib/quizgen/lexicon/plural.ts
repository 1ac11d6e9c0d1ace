/**
 * A noun's definition in the plural, for a word the sentence uses in the plural: "recessions" is
 * "periods when economic activity shrinks", not "a period when …" (a blind judge, twice: the
 * options did not agree with the word). Only a definition that opens "a"/"an", names its head
 * noun before a clause or a preposition, and joins no words before it (in "a standard or model
 * or pattern" the head cannot be told from the words before it); null for any other, and the
 * question keeps its singular options (`inForm` in word-meaning.ts puts all four or none).
 */

import { wordsOf, type Word } from './inflect';

const IRREGULAR: Record<string, string> = {
	man: 'men',
	woman: 'women',
	child: 'children',
	person: 'people',
	foot: 'feet',
	tooth: 'teeth',
	mouse: 'mice',
	life: 'lives',
	wife: 'wives',
	knife: 'knives',
	leaf: 'leaves',
	half: 'halves',
	criterion: 'criteria',
	phenomenon: 'phenomena'
};

/** "period" → "periods", "entry" → "entries", "crisis" → "crises", "child" → "children". */
export function pluralOf(noun: string): string {
	const own = IRREGULAR[noun.toLowerCase()];
	if (own) return /^\p{Lu}/u.test(noun) ? own.charAt(0).toUpperCase() + own.slice(1) : own;
	if (/(?:sis|xis)$/i.test(noun)) return `${noun.slice(0, -2)}es`;
	if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
	if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
	return `${noun}s`;
}

/** Words that end a head noun's phrase: a preposition or a clause. */
const AFTER_HEAD =
	/^(?:of|that|which|who|whom|whose|when|where|for|in|with|from|to|on|by|at|about|as|between|against|into|toward|towards|without|under|over|through)$/i;
const RELATIVE = /^(?:that|which|who)$/i;
const BE_PLURAL: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };
const JOINED = /^(?:or|and|,)$/i;

/**
 * `isNoun` tells a noun's singular base ("period"); `verbBase` a verb's base from its "-s" form
 * ("prevents" → "prevent"), so a clause on the head agrees: "partialities that prevent …".
 */
export function pluralDefinition(
	text: string,
	isNoun: (word: string) => boolean,
	verbBase: (word: string) => string | null
): string | null {
	const opening = /^(?:a|an)\s+/i.exec(text);
	if (!opening) return null;
	const rest = text.slice(opening[0].length);
	const all = wordsOf(rest);
	const at = all.findIndex((w, i) => {
		const next = all[i + 1];
		return (
			isNoun(w.text.toLowerCase()) &&
			// "an entry acknowledging …" ends at the participle; "an unfortunate happening" does not.
			(!next ||
				AFTER_HEAD.test(next.text) ||
				(/(?:ing|ed)$/i.test(next.text) && !isNoun(next.text.toLowerCase())))
		);
	});
	if (at < 0 || at > 3 || all.slice(0, at).some((w) => JOINED.test(w.text))) return null;
	const head = all[at] as Word;
	let out = rest.slice(0, head.start) + pluralOf(head.text) + rest.slice(head.end);
	const shift = pluralOf(head.text).length - head.text.length;
	const relative = all[at + 1];
	// "… that hinders or impedes": each verb of the clause's first run agrees with the plural.
	let i = relative && RELATIVE.test(relative.text) ? at + 2 : all.length;
	let moved = shift;
	while (all[i]) {
		const verb = all[i] as Word;
		const word = verb.text.toLowerCase();
		const agreed = BE_PLURAL[word] ?? (/s$/.test(word) ? verbBase(word) : null);
		if (!agreed || agreed === word) break;
		out = out.slice(0, verb.start + moved) + agreed + out.slice(verb.end + moved);
		moved += agreed.length - verb.text.length;
		if (!/^(?:or|and)$/i.test(all[i + 1]?.text ?? '')) break;
		i += 2;
	}
	// The definition's own case: "a period …" stays lower case inside an explanation.
	return /^\p{Lu}/u.test(text) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
