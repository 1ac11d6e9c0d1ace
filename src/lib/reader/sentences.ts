/**
 * Sentence boundaries for reading statistics and for citing sentences. A full stop ends a
 * sentence unless it belongs to a title ("Mr."), an initial ("J. K."), an initialism ("U.S.") or
 * a number ("3.5"); a closing quotation mark after the stop stays with its sentence (…land.”).
 */

/** A sentence of a paragraph, trimmed, with its offsets in the paragraph. */
export interface SentenceSpan {
	text: string;
	start: number;
	end: number;
}

/** Abbreviations that are always followed by more of the same sentence. */
const NEVER_FINAL = new Set(
	(
		'Mr Mrs Ms Dr Prof St Gen Sen Rep Gov Lt Col Capt Sgt Rev Hon Mt Fr No Nos Vol vs cf approx ' +
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'
	).split(' ')
);
/** Abbreviations that may close a sentence as well as sit inside one. */
const MAYBE_FINAL = new Set('Jr Sr Inc Ltd Co Corp Bros etc'.split(' '));
/**
 * After an initial or an initialism, a new sentence is assumed only when the next word is one
 * that commonly opens sentences: "in the U.S. The talks…" splits, "U.S. President…" does not.
 */
const SENTENCE_OPENERS = new Set(
	(
		'A An The This That These Those It Its He She His Her They Their We Our I You Your But And ' +
		'Or So Yet In On At For After Before When While If As There Here Some Many Most Meanwhile ' +
		'However Still Now Then Such What Why How Who Both Each Every Since Although Though By With ' +
		'From To Under Over Instead Even Only Also One Two Three'
	).split(' ')
);

/** Full stops, ! ? or … and any closing quotes or brackets, before white space or the end. */
const TERMINATOR = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;
const NEXT_OPENS_SENTENCE = /^\s*(?:$|[\p{Lu}\p{N}"'“‘«([¿¡])/u;

function isInitialism(word: string): boolean {
	return /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function nextWord(text: string, from: number): string {
	return /^\s*["'“‘«(]*([\p{L}]+)/u.exec(text.slice(from))?.[1] ?? '';
}

/** Whether the terminator found at `[index, end)` really ends a sentence. */
function endsSentence(text: string, index: number, end: number): boolean {
	if (!NEXT_OPENS_SENTENCE.test(text.slice(end))) return false;
	if (!/^\.(?!\.)/.test(text.slice(index))) return true; // ! ? … and "..." always end
	const word = /[\p{L}\p{N}.]+$/u.exec(text.slice(0, index))?.[0] ?? '';
	if (NEVER_FINAL.has(word)) return false;
	if (MAYBE_FINAL.has(word) || isInitialism(word)) {
		return end >= text.trimEnd().length || SENTENCE_OPENERS.has(nextWord(text, end));
	}
	return true;
}

function trimmedSpan(text: string, start: number, end: number): SentenceSpan | null {
	const slice = text.slice(start, end);
	const lead = slice.length - slice.trimStart().length;
	const trimmed = slice.trim();
	if (trimmed === '') return null;
	return { text: trimmed, start: start + lead, end: start + lead + trimmed.length };
}

/** The sentences of one paragraph, in order, with their offsets. */
export function splitSentences(paragraph: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	for (const match of paragraph.matchAll(TERMINATOR)) {
		const end = match.index + match[0].length;
		if (!endsSentence(paragraph, match.index, end)) continue;
		const span = trimmedSpan(paragraph, start, end);
		if (span) spans.push(span);
		start = end;
	}
	const rest = trimmedSpan(paragraph, start, paragraph.length);
	if (rest) spans.push(rest);
	return spans;
}
