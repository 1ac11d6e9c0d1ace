/**
 * Folding for quote matching: a student who types a quote rarely reproduces the article's
 * typography, so both sides are reduced to one form before comparing. Curly, straight and angle
 * quotation marks and apostrophes become `'`; any dash (with the spaces around it) becomes `-`;
 * `…` becomes `...`; runs of white space become one space; letters are lower-cased.
 *
 * The folded text keeps, for each of its characters, the span of the original it came from, so
 * a match in folded text maps back to exact offsets in the paragraph as stored.
 */

export interface FoldedText {
	text: string;
	/** For each character of `text`, where its source starts in the original. */
	starts: number[];
	/** For each character of `text`, where its source ends (exclusive) in the original. */
	ends: number[];
}

const QUOTE_MARKS = '\'"‘’‚‛“”„‟«»‹›′″`´';
const DASHES = '\\-‐‑‒–—―−';

/*
 * One alternative per folding rule; the last matches any single code point, so consecutive
 * matches cover the whole text. White space next to a dash is part of the dash, so "wife—an",
 * "wife - an" and "wife -- an" fold alike.
 */
const TOKEN = new RegExp(
	`(\\s*[${DASHES}]+\\s*)|(\\s+)|(…)|([${QUOTE_MARKS.replace(/[\\\]^-]/g, '\\$&')}])|([\\s\\S])`,
	'gu'
);

function replacementFor(match: RegExpExecArray): string {
	const [whole, dash, space, ellipsis, quote] = match;
	if (dash !== undefined) return '-';
	if (space !== undefined) return ' ';
	if (ellipsis !== undefined) return '...';
	if (quote !== undefined) return "'";
	return whole.toLowerCase();
}

export function foldWithOffsets(original: string): FoldedText {
	const folded: FoldedText = { text: '', starts: [], ends: [] };
	for (const match of original.matchAll(TOKEN)) {
		const replacement = replacementFor(match);
		const start = match.index;
		const end = start + match[0].length;
		folded.text += replacement;
		for (let i = 0; i < replacement.length; i++) {
			folded.starts.push(start);
			folded.ends.push(end);
		}
	}
	return folded;
}

/** The folded form alone, trimmed: what a typed quote is compared as. */
export function fold(text: string): string {
	return foldWithOffsets(text).text.trim();
}

/** Quotation marks a student may have typed around the whole quote. */
export function stripOuterQuotes(text: string): string {
	const marks = `[${QUOTE_MARKS.replace(/[\\\]^-]/g, '\\$&')}\\s]`;
	return text.replace(new RegExp(`^${marks}+|${marks}+$`, 'gu'), '');
}
