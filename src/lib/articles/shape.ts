/**
 * Small measures of a line's shape. The cleaner judges clutter by these (length, punctuation,
 * who it addresses) rather than by any one site's wording.
 */

/** A full stop, question or exclamation mark or ellipsis, optionally inside quotes or brackets. */
const SENTENCE_END = /[.!?…]['"’”)\]]*$/u;

/** Sentence boundaries: end punctuation, space, then a capital (possibly after an opening quote). */
const SENTENCE_BREAK = /(?<=[.!?…]['"’”)\]]*)\s+(?=['"‘“(]?\p{Lu})/u;

/** A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const BULLET = /^(?:[-*•·▪◦–—]|\d{1,2}[.)])\s+/u;

/** Verbs that open a call to action ("Sign up …", "Read now", "Enjoy unlimited …"). */
const CALL_VERBS = new Set(
	(
		'sign subscribe join register enjoy get unlock try become support start create log already ' +
		'click tap continue upgrade claim save follow share read watch listen download buy shop ' +
		'order book explore discover see view check find learn leave tell have stay receive give ' +
		"donate install open manage don’t don't never go visit keep"
	).split(' ')
);

/** Second-person address: marketing talks to "you", reporting rarely does outside quotes. */
const ADDRESSES_READER = /\b(?:you|your|yours|yourself|yourselves|you['’](?:re|ll|ve|d))\b/i;

export function endsSentence(text: string): boolean {
	// Only the tail matters; testing it alone keeps long pastes linear.
	return SENTENCE_END.test(text.slice(-16));
}

export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

export function wordCount(text: string): number {
	return words(text).length;
}

/** Rough count; abbreviations such as "U.S. President" overcount, which only errs towards prose. */
export function sentenceCount(text: string): number {
	return text.trim() === '' ? 0 : text.split(SENTENCE_BREAK).length;
}

export function isBullet(text: string): boolean {
	return BULLET.test(text);
}

/** First word of a line, for judging where a wrapped line would have broken. */
export function firstWord(text: string): string {
	return text.split(' ', 1)[0] ?? '';
}

/** Starts with a capitalised call-to-action verb, as buttons and prompts do. */
export function startsWithCall(text: string): boolean {
	const first = firstWord(text);
	if (!/^\p{Lu}/u.test(first)) return false;
	return CALL_VERBS.has(first.toLowerCase().replace(/[^\p{L}'’-]/gu, ''));
}

/**
 * Reads like a pitch to the reader rather than reporting: it speaks to "you", opens with a call
 * to action, exclaims, or is a very short label. Vocabulary rules (subscribe, newsletter,
 * comments) only fire together with this, so that an article *about* subscriptions survives.
 */
export function isPitch(text: string): boolean {
	return (
		ADDRESSES_READER.test(text) ||
		startsWithCall(text) ||
		/!['"’”)]*$/.test(text) ||
		(wordCount(text) <= 4 && !endsSentence(text))
	);
}

/**
 * A short line that is not a sentence: a label, a button, a heading or a headline link. Between
 * paragraphs of a pasted page these are nearly always page furniture.
 */
export function isFragment(text: string): boolean {
	// "The council listed three changes:" leads into a list; it is prose, not a label.
	if (/:$/.test(text) && wordCount(text) >= 4) return false;
	return text.length <= 90 && wordCount(text) <= 12 && !endsSentence(text);
}

/** Folds case, quote styles and spacing so that repeats of the title compare equal. */
export function fold(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[‘’‚‛′`]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐-―]/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/[\s.:;,!-]+$/u, '')
		.trim()
		.toLowerCase();
}
