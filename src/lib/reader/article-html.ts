/**
 * The article as HTML text, for the debate room: the same list the `ArticleReader` component
 * renders (`li#p{n}`, a numbered link, the paragraph, the evidence highlight as `<mark>`), built
 * as a string so the server can make it once per article and reuse it on every room load
 * instead of rendering every paragraph for every student walking in. Every character of the
 * article is escaped here, so the text is never parsed as markup, whatever it contains: this
 * string is the one thing the room puts in the page with `{@html}`.
 */
import { segmentParagraph, type HighlightSpan } from './segments';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function paragraphHtml(text: string, index: number, highlight: HighlightSpan | null): string {
	const marked = highlight?.paragraph === index;
	const body = marked
		? segmentParagraph(text, [{ start: highlight.start, end: highlight.end, kind: 'highlight' }])
				.map((s) => (s.highlight ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
				.join('')
		: escapeHtml(text);
	const n = index + 1;
	return (
		`<li id="p${n}"${marked ? ' class="has-highlight"' : ''}>` +
		`<span class="number"><a href="#p${n}" aria-label="Paragraph ${n}">${n}</a></span>` +
		`<p>${body}</p></li>`
	);
}

/** The paragraphs as an ordered list, one evidence span marked when given. */
export function articleHtml(
	paragraphs: readonly string[],
	highlight: HighlightSpan | null = null
): string {
	return `<ol class="paragraphs article-text">${paragraphs.map((text, i) => paragraphHtml(text, i, highlight)).join('')}</ol>`;
}
