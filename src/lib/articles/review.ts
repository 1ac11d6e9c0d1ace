import { analyseArticle, articleFromLines, type CleanOptions } from './clean';
import { isMarker } from './markers';
import type { ArticleLine, CleanedArticle, RemovalReason } from './types';

/** The most text one article may hold: about 15,000 words, far beyond any news story. */
export const MAX_ARTICLE_CHARS = 100_000;

/** A line the teacher can keep in the body or leave out, with why the cleaner chose. */
export interface ReviewLine {
	index: number;
	text: string;
	kept: boolean;
	reason: RemovalReason | null;
}

export interface ImportProposal {
	article: CleanedArticle;
	lines: ReviewLine[];
}

/** Body candidates: every line but the title and standfirst, in document order. */
function reviewLines(lines: ArticleLine[]): ReviewLine[] {
	return lines.flatMap((line, index) => {
		// The markers only say what the next lines are; they are nothing to keep.
		if (line.role === 'title' || line.role === 'standfirst' || isMarker(line.text)) return [];
		const reason = line.role === 'removed' ? line.reason : null;
		return [{ index, text: line.text, kept: line.role === 'paragraph', reason }];
	});
}

export function proposeImport(raw: string, options: CleanOptions = {}): ImportProposal {
	const lines = analyseArticle(raw, options);
	return { article: articleFromLines(lines), lines: reviewLines(lines) };
}

/**
 * Applies the teacher's choices to the same raw text: `keep` lists the line indexes wanted in
 * the body. The text is analysed again rather than taken from the form, so every paragraph saved
 * is verbatim from what was pasted.
 */
export function applyReview(
	raw: string,
	keep: ReadonlySet<number>,
	options: CleanOptions = {}
): CleanedArticle {
	const lines = analyseArticle(raw, options).map((line, index): ArticleLine => {
		if (line.role === 'title' || line.role === 'standfirst') return line;
		if (keep.has(index)) return { text: line.text, role: 'paragraph' };
		return line.role === 'removed'
			? line
			: { text: line.text, role: 'removed', reason: 'fragment' };
	});
	return articleFromLines(lines);
}

/**
 * Markdown to the plain text the cleaner reads: heading marks, emphasis, quote marks and link
 * targets go; the words stay.
 */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
		.replace(/^[ \t]{0,3}>[ \t]?/gm, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2');
}
