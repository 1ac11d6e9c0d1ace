import { parseHTML } from 'linkedom';

const BLOCK_END = /<\/(p|div|h[1-6]|li|blockquote|tr)\s*>/gi;

/**
 * Text from the HTML another tool wrote: paragraphs become blank-line breaks, `<br>` a line
 * break, entities decoded, tags dropped (never kept as markup: imported text is shown as text).
 */
export function htmlToText(html: string): string {
	const marked = html.replace(/<br\s*\/?>/gi, '\n').replace(BLOCK_END, '\n\n</$1>');
	const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
	return (document.body.textContent ?? '')
		.split(/\n{2,}/)
		.map((p) => p.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
		.filter((p) => p !== '')
		.join('\n\n');
}
