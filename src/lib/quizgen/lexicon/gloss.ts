/**
 * Dictionary definitions made into answer options a teacher would keep: one plain clause, no
 * parenthetical notes, no "(plural)" tails, no example sentences, no more than a few words.
 */

import type { Lexicon } from './types';

/** Longest option in words: a long gloss reads as a definition to decode, and gives itself away. */
export const MAX_OPTION_WORDS = 9;

/** Misspellings in WordNet 3.1's glosses that would otherwise reach a student. */
const TYPOS: Array<[RegExp, string]> = [
	[/\bhurridly\b/g, 'hurriedly'],
	[/\benterprise of project\b/g, 'enterprise or project']
];

/**
 * Definitions that are not plain phrases: a clause where a noun belongs, an odd terse wording,
 * or a philosopher's wording a student would stumble on ("a construct whereby…").
 */
const BROKEN = new Set([
	'the state of the economy declines',
	'command against',
	'a construct whereby objects or individuals can be distinguished',
	'arousing affect',
	'issue or terminate',
	'providence by virtue of planning prudently for the future',
	// An adjective's definition ("chief", "main") worded as a noun phrase.
	'most important element'
]);

/** A gloss part that begins like this is a usage note, not a meaning ("usually followed by…"). */
const NOTE = /^(?:usually|often|sometimes|especially|used|followed|as in|or\b|and\b)/i;

/** A last word that needs what follows it: a preposition, an article or a conjunction. */
const DANGLING = /\b(?:and|or|but|the|a|an|of|to|in|by|for|with|from|on|at|into|than)$/i;

/**
 * WordNet's terse wordings a teacher would rewrite: a noun without its article after "be"
 * ("so as to be hindrance or obstacle").
 */
function isPlain(text: string): boolean {
	return !/\bbe (?!a\b|an\b|the\b)[a-z]+(?:ance|ence|ment|tion|sion|ity|ship)\b/i.test(text);
}

/**
 * A comma list without a closing "or" ("impervious to pleas, persuasion, requests, reason")
 * gets one: as printed it reads like notes.
 */
function plainList(text: string): string {
	if (!/,[^,]*,/.test(text) || /\b(?:and|or)\b[^,]*$/.test(text)) return text;
	return text.replace(/,\s*([^,]+)$/, ' or $1');
}

/**
 * "By chance or unexpectedly or unintentionally": a chain of three alternatives says one thing
 * three times; the first two keep the meaning.
 */
function unchained(text: string): string {
	return text.replace(/\b(\w+ or \w+) or \w+$/, '$1');
}

/**
 * A definition over the length limit without its closing alternatives: "a situation in which no
 * progress can be made or no advancement is possible" says it twice, and its first half reads
 * as an option. An alternative after a comma belongs to a list ("quality, extent, or
 * significance of") and is never cut.
 */
function shortened(text: string): string {
	let out = text;
	while (out.split(/\s+/).length > MAX_OPTION_WORDS) {
		const at = out.lastIndexOf(' or ');
		if (at < 0 || out.charAt(at - 1) === ',') break;
		// "ability to recognize or draw fine distinctions": the object after the alternative is
		// the first verb's too; cut there, "to recognize" is left without one.
		if (/\bto \w+$/.test(out.slice(0, at))) break;
		// "in harmonious or agreeable combination": the noun after the alternative is the
		// adjective's too; "in harmonious" would be left without it.
		if (/\w(?:ous|ful|ive|able|ible|al|ic|ant|ent|ary|less)$/.test(out.slice(0, at))) break;
		out = out.slice(0, at);
	}
	return out.split(/\s+/).length > MAX_OPTION_WORDS ? text : out;
}

/**
 * The first clause of a definition, cleaned; null when what is left is not a plain phrase
 * (a cross-reference, a usage note, a list of alternatives, or too long).
 */
export function optionText(gloss: string): string | null {
	// "hinder or prevent (the efforts, plans, or desires) of": without its note the phrase dangles.
	if (/\)\s*(?:of|to|for|with|from|by|on|in)\s*(?:[;,]|$)/.test(gloss)) return null;
	let text = gloss
		.replace(/\([^()]*\)/g, ' ')
		.replace(/[`']{1,2}([^`']+)'{1,2}/g, '$1')
		.split(';')[0]!
		.replace(/\s+/g, ' ')
		.trim();
	// ", especially gradually" and similar tails narrow the sense without changing it; a tail
	// that held the object ("the tenets of especially a religion") leaves the phrase dangling.
	const full = text;
	text = text.replace(/,?\s+(?:especially|usually|often|typically|esp\.)\b.*$/i, '').trim();
	if (text !== full && DANGLING.test(text)) return null;
	text = text
		.replace(/,?\s+etc\.?$/i, '')
		.replace(/[,:.\s]+$/, '')
		.replace(/^to\s+/i, '');
	for (const [typo, fixed] of TYPOS) text = text.replace(typo, fixed);
	// "known widely and usually unfavorably" without its tail: a phrase cannot end on "and".
	if (/\b(?:and|or|but|the|a|an)$/i.test(text)) return null;
	if (
		!text ||
		BROKEN.has(text.toLowerCase()) ||
		NOTE.test(text) ||
		/[()[\]"“”;:]|\betc\b|\be\.g\b|\bi\.e\b|,\s+of\b|,\s+or as\b|,\s+as (?:of|in|for|with|when)\b/i.test(
			text
		)
	)
		return null;
	if (/^(?:see|same as|a variant of|of or relating to|relating to|pertaining to)\b/i.test(text))
		return null;
	if (!isPlain(text)) return null;
	text = unchained(plainList(text));
	const short = shortened(text);
	// A cut that leaves a dangling word ("… the nature of") is no option.
	if (short !== text && DANGLING.test(short)) return null;
	// A cut down to a bare head ("a word" of "a word or expression used for…"): the alternative
	// held the meaning, and what is left names nothing (a blind judge's "absurd" option).
	if (short !== text && short.split(/\s+/).length < 3) return null;
	text = short;
	const count = text.split(/\s+/).length;
	// One bare word ("remove") reads unlike the phrases beside it: all options are phrases.
	if (count < 2 || count > MAX_OPTION_WORDS) return null;
	return text;
}

/**
 * Whether every word of an option is one a plain reader knows (`Lexicon.familiar`): "an
 * unelaborated elementary awareness of stimulation" is a definition to decode, not a meaning
 * to weigh, and reads as the odd one out whether it is the key or not.
 */
export function readsPlainly(text: string, lexicon: Pick<Lexicon, 'familiar'>): boolean {
	const familiar = lexicon.familiar;
	if (!familiar) return true;
	return (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).every(
		(word) =>
			word.length < 4 || word.split(/[-'’]/).every((part) => part.length < 4 || familiar(part))
	);
}
