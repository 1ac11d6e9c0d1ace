/**
 * The room's article, sent once. A page load renders it into the page's markup, and Svelte
 * hydrates server-rendered `{@html}` as it stands, without comparing the string; so its copy in
 * the page's hydration data (about 5 KB, escaped there character by character, then hashed and
 * compressed with the rest of the page) served nothing. On a page load the string is kept off
 * the data: a property that is not enumerable, which the server render reads and Kit's
 * serialiser (devalue, over `Object.keys`) skips, so the browser gets `html` undefined. Data
 * requests (a later navigation, e.g. to a highlighted quote) carry it as usual.
 */
export interface RoomArticle {
	id: number;
	title: string;
	/** Undefined in the browser after a page load: the markup already holds it. */
	html?: string;
}

export function roomArticle(
	article: { id: number; title: string; html: string },
	pageLoad: boolean
): RoomArticle {
	const { id, title, html } = article;
	if (!pageLoad) return { id, title, html };
	return Object.defineProperty({ id, title }, 'html', { value: html, enumerable: false });
}

/**
 * What `{@html}` is given in the browser when the markup holds the article: any non-empty string
 * makes Svelte keep the server's nodes while hydrating; it is never shown.
 */
export const IN_MARKUP = '<!-- the article as rendered by the server -->';
