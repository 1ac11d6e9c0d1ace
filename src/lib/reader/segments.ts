/**
 * Splits a paragraph into plain runs of text so a component can render glossary terms and an
 * evidence highlight with ordinary elements, never raw HTML: the article text is never parsed
 * as markup, whatever it contains.
 */

export interface Mark {
	start: number;
	end: number;
	kind: 'term' | 'highlight';
	/** The glossary term; defaults to the marked text. */
	term?: string;
}

export interface Segment {
	text: string;
	start: number;
	end: number;
	/** Set when the segment is (part of) a glossary term. */
	term?: string;
	highlight: boolean;
}

export interface HighlightSpan {
	paragraph: number;
	start: number;
	end: number;
}

function isValidSpan(start: number, end: number, length: number): boolean {
	return (
		Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length
	);
}

/** Term marks that overlap an earlier one are dropped: a word has one definition at a time. */
function acceptedTerms(marks: Mark[], length: number): Mark[] {
	const terms = marks
		.filter((m) => m.kind === 'term' && isValidSpan(m.start, m.end, length))
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const accepted: Mark[] = [];
	for (const mark of terms) {
		const last = accepted[accepted.length - 1];
		if (!last || mark.start >= last.end) accepted.push(mark);
	}
	return accepted;
}

/**
 * Consecutive segments covering `text` exactly, cut wherever a valid mark starts or ends. A
 * segment may be both a term and highlighted when the two overlap. Out-of-range and empty marks
 * are ignored.
 */
export function segmentParagraph(text: string, marks: Mark[]): Segment[] {
	const terms = acceptedTerms(marks, text.length);
	const highlights = marks.filter(
		(m) => m.kind === 'highlight' && isValidSpan(m.start, m.end, text.length)
	);
	const cuts = new Set([0, text.length]);
	for (const mark of [...terms, ...highlights]) cuts.add(mark.start).add(mark.end);
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] ?? 0;
		const end = points[i + 1] ?? text.length;
		const term = terms.find((m) => m.start <= start && end <= m.end);
		const highlight = highlights.some((m) => m.start <= start && end <= m.end);
		const segment: Segment = { text: text.slice(start, end), start, end, highlight };
		if (term) segment.term = term.term || text.slice(term.start, term.end);
		segments.push(segment);
	}
	return segments;
}

/** Offsets in a URL: plain decimal, no sign or leading zeros, small enough to be exact. */
const HIGHLIGHT_PARAM = /^(0|[1-9]\d{0,8}):(0|[1-9]\d{0,8})-(0|[1-9]\d{0,8})$/;

/**
 * Reads a highlight from a URL parameter such as `hl=4:10-52`: paragraph 4 (0-based),
 * characters 10 to 52 (end exclusive). Null for anything malformed or outside the article.
 */
export function parseHighlight(
	value: string | null,
	paragraphs: readonly string[]
): HighlightSpan | null {
	const match = HIGHLIGHT_PARAM.exec(value ?? '');
	if (!match) return null;
	const [paragraph, start, end] = match.slice(1).map(Number);
	if (paragraph === undefined || start === undefined || end === undefined) return null;
	const text = paragraphs[paragraph];
	if (text === undefined || !isValidSpan(start, end, text.length)) return null;
	return { paragraph, start, end };
}

/** The `hl` parameter value for a highlight: the inverse of `parseHighlight`. */
export function highlightParam(span: HighlightSpan): string {
	return `${span.paragraph}:${span.start}-${span.end}`;
}
