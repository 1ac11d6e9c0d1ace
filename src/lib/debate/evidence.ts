/**
 * Evidence verification: a quoted piece of evidence must occur, word for word, in the paragraph
 * the student cites. Typography is forgiven (see `fold.ts`); wording is not. Paragraph indexes
 * are 0-based in the API (as in the article's `paragraphs` array) and 1-based in messages.
 */
import { fold, foldWithOffsets, stripOuterQuotes } from './fold';

export const QUOTE_MIN_WORDS = 3;
export const QUOTE_MIN_CHARS = 12;
export const QUOTE_MAX_CHARS = 400;

export type QuoteSizeProblem = 'empty' | 'too-short' | 'too-long';

export type QuoteMatch =
	{ ok: true; start: number; end: number } | { ok: false; reason: QuoteSizeProblem | 'not-found' };

export type EvidenceResult =
	| { ok: true; paragraph: number; start: number; end: number }
	| { ok: false; reason: QuoteSizeProblem | 'not-in-article' }
	| { ok: false; reason: 'no-paragraph'; paragraph: number }
	| { ok: false; reason: 'wrong-paragraph'; paragraph: number; foundIn: number }
	| { ok: false; reason: 'spans-paragraphs'; paragraph: number; from: number; to: number };

/**
 * Too short a quote proves nothing ("the US" is in half the paragraphs); too long a quote is
 * copying, not choosing evidence. A quote passes the minimum with enough words or characters.
 */
export function quoteSizeProblem(quote: string): QuoteSizeProblem | null {
	const text = stripOuterQuotes(quote.trim());
	if (text === '') return 'empty';
	if (text.length > QUOTE_MAX_CHARS) return 'too-long';
	const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	if (words < QUOTE_MIN_WORDS && text.length < QUOTE_MIN_CHARS) return 'too-short';
	return null;
}

/** The forms a typed quote is tried in: as typed, then without quotation marks around it. */
function foldedCandidates(quote: string): string[] {
	const asTyped = fold(quote);
	const bare = fold(stripOuterQuotes(quote));
	return bare && bare !== asTyped ? [asTyped, bare] : [asTyped];
}

/** Offsets in the original paragraph of the first occurrence of the quote, if any. */
function findInParagraph(paragraph: string, quote: string): { start: number; end: number } | null {
	const folded = foldWithOffsets(paragraph);
	for (const candidate of foldedCandidates(quote)) {
		const at = candidate ? folded.text.indexOf(candidate) : -1;
		if (at === -1) continue;
		let start = folded.starts[at] ?? 0;
		let end = folded.ends[at + candidate.length - 1] ?? paragraph.length;
		// A folded dash swallows neighbouring spaces; the highlight should not.
		while (start < end && /\s/u.test(paragraph.charAt(start))) start++;
		while (end > start && /\s/u.test(paragraph.charAt(end - 1))) end--;
		return { start, end };
	}
	return null;
}

/** Whether `quote` occurs in `paragraphText`; offsets index the original, unfolded text. */
export function verifyQuote(paragraphText: string, quote: string): QuoteMatch {
	const problem = quoteSizeProblem(quote);
	if (problem) return { ok: false, reason: problem };
	const found = findInParagraph(paragraphText, quote);
	return found ? { ok: true, ...found } : { ok: false, reason: 'not-found' };
}

export type QuoteLocation =
	| { found: 'paragraph'; paragraph: number; start: number; end: number }
	| { found: 'spanning'; from: number; to: number }
	| { found: 'nowhere' };

/** The paragraph of the folded, space-joined article that folded index `at` falls in. */
function paragraphAt(bounds: number[], at: number): number {
	let index = 0;
	while (index + 1 < bounds.length && (bounds[index + 1] ?? Infinity) <= at) index++;
	return index;
}

/** Where in the article a quote is: one paragraph, across a paragraph break, or nowhere. */
export function locateQuote(paragraphs: readonly string[], quote: string): QuoteLocation {
	for (const [paragraph, text] of paragraphs.entries()) {
		const found = findInParagraph(text, quote);
		if (found) return { found: 'paragraph', paragraph, ...found };
	}
	// Joined with a space, as a quote copied across a paragraph break folds to one.
	const folded = paragraphs.map((text) => fold(text));
	const bounds: number[] = [];
	let offset = 0;
	for (const text of folded) {
		bounds.push(offset);
		offset += text.length + 1;
	}
	const article = folded.join(' ');
	for (const candidate of foldedCandidates(quote)) {
		const at = candidate ? article.indexOf(candidate) : -1;
		if (at === -1) continue;
		return {
			found: 'spanning',
			from: paragraphAt(bounds, at),
			to: paragraphAt(bounds, at + candidate.length - 1)
		};
	}
	return { found: 'nowhere' };
}

/** The full check a post's evidence goes through: the student's paragraph, then the article. */
export function checkEvidence(
	paragraphs: readonly string[],
	paragraph: number,
	quote: string
): EvidenceResult {
	const text = paragraphs[paragraph];
	if (!Number.isInteger(paragraph) || text === undefined) {
		return { ok: false, reason: 'no-paragraph', paragraph };
	}
	const match = verifyQuote(text, quote);
	if (match.ok) return { ok: true, paragraph, start: match.start, end: match.end };
	if (match.reason !== 'not-found') return { ok: false, reason: match.reason };
	const located = locateQuote(paragraphs, quote);
	if (located.found === 'paragraph') {
		return { ok: false, reason: 'wrong-paragraph', paragraph, foundIn: located.paragraph };
	}
	if (located.found === 'spanning') {
		return { ok: false, reason: 'spans-paragraphs', paragraph, from: located.from, to: located.to };
	}
	return { ok: false, reason: 'not-in-article' };
}

/**
 * A sentence for the student; null when the evidence is fine. `paragraph` (0-based) names the
 * paragraph a bare `verifyQuote` result was checked against.
 */
export function evidenceMessage(
	result: EvidenceResult | QuoteMatch,
	paragraph?: number
): string | null {
	if (result.ok) return null;
	switch (result.reason) {
		case 'empty':
			return 'Add your evidence: select the words in the article, or type them exactly.';
		case 'too-short':
			return `Quote at least ${QUOTE_MIN_WORDS} words, so the evidence makes sense on its own.`;
		case 'too-long':
			return `That quote is longer than ${QUOTE_MAX_CHARS} characters. Quote only the words that support your claim.`;
		case 'no-paragraph':
			return 'Pick the paragraph your quote comes from.';
		case 'not-found':
			return `That quote is not in ${paragraph === undefined ? 'this paragraph' : `paragraph ${paragraph + 1}`}. Check the wording, or pick the paragraph it comes from.`;
		case 'wrong-paragraph':
			return `That quote is not in paragraph ${result.paragraph + 1}; it is in paragraph ${result.foundIn + 1}. Pick paragraph ${result.foundIn + 1} instead.`;
		case 'spans-paragraphs':
			return `That quote runs from paragraph ${result.from + 1} into paragraph ${result.to + 1}. Quote from one paragraph at a time.`;
		case 'not-in-article':
			return 'That quote is not in the article. Check the wording against the text, or select the words in the article instead of typing them.';
	}
}
