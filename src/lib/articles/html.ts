import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockTexts, ELEMENT_NODE, markCaptionElements, tidy } from './html-blocks';
import { articleByline, pageBylines } from './html-byline';
import { numberHeadings, withDroppedHeadings } from './headings';
import { LEFT_OUT_MARKER, leftOutBlocks } from './left-out';
import { isMarker } from './markers';
import { isDateLine, parseDate } from './metadata';
import { numberParagraphs, withDroppedSiblings } from './siblings';
import { MAX_ARTICLE_CHARS } from './review';

/**
 * Reduces an HTML page to the plain text the cleaner reads: the title on the first line, then
 * the article's paragraphs separated by blank lines. Mozilla's Readability (Firefox Reader View)
 * finds the article and drops navigation, ads and scripts; linkedom gives it a DOM on the server;
 * html-blocks.ts lays the DOM out as blocks of text.
 */

const COMMENT_NODE = 8;

/**
 * The text of each block of an HTML fragment, in order: the reference body the corpus score
 * compares with. Figures (pictures, their captions and credits) are not body paragraphs.
 */
export function htmlParagraphs(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	for (const figure of Array.from(document.querySelectorAll('figure, figcaption'))) {
		figure.remove();
	}
	return document.body ? blockTexts(document.body) : [];
}

/** Drops a " | Site Name" or " - Site Name" tail from a page title. */
function withoutSiteName(title: string, siteName: string): string {
	if (!siteName || !title.endsWith(siteName)) return title;
	const head = title.slice(0, -siteName.length).trimEnd();
	const separator = head.at(-1);
	if (!separator || !'|-–—:·•'.includes(separator)) return title;
	return head.slice(0, -1).trim() || title;
}

/**
 * A DOM for `html`, whole page or fragment. linkedom builds a fragment (a clipboard selection
 * starting `<meta charset>`, a saved article body) without <html> and <body>, and Readability
 * then walks off the top of the tree; a fragment is set in a page of its own first.
 */
function parsePage(html: string): Document {
	const parsed = parseHTML(html).document;
	if (parsed.documentElement?.tagName === 'HTML' && parsed.body) return parsed;
	const page = `<!doctype html><html><head></head><body>${html}</body></html>`;
	return parseHTML(page).document;
}

/** Readability's article, or null when it finds none or fails on an odd tree. */
function readability(document: Document) {
	try {
		return new Readability<Node>(document, { serializer: (node) => node }).parse();
	} catch {
		return null;
	}
}

/** How near the top of the body the article's own heading stands, in blocks. */
const HEADLINE_REACH = 3;

/**
 * The headline the page shows over its article, when Readability kept it in the body: sites give
 * the <title> their search wording ("The Modern Ambitions Behind …") and print another headline
 * on the page. The reader sees the printed one; the body copy of it then goes as a repeat.
 */
function visibleHeadline(h1: string, paragraphs: string[]): string {
	const top = paragraphs.slice(0, HEADLINE_REACH).includes(h1);
	return top && h1.length <= 200 && h1.split(' ').length >= 3 ? h1 : '';
}

/**
 * Removes the comments under `node`. They are never text, but Readability, wrapping a <div>'s
 * loose text in paragraphs, starts a new paragraph at each one: a page that sets comments
 * between the pieces of one sentence (as script-built pages do) came out cut into fragments.
 */
function removeComments(node: Node): void {
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === COMMENT_NODE) child.parentNode?.removeChild(child);
		else if (child.nodeType === ELEMENT_NODE) removeComments(child);
	}
}

/** Reads a page with Readability; falls back to the body's own blocks for pages it rejects. */
function readPage(html: string) {
	const document = parsePage(html);
	removeComments(document);
	// A pasted selection has no <title>: its first main heading is the article's headline.
	// Readability turns the article's <h1> into an <h2>: the page's own is read before it runs.
	const h1 = tidy(document.querySelector('h1')?.textContent ?? '');
	const pageTitle = tidy(document.title ?? '') || h1;
	// Readability changes the tree as it reads: the page's own blocks are read before it runs.
	const blocks = document.body ? blockTexts(document.body) : [];
	const numbered = document.body
		? numberParagraphs(document.body, (node) => blockTexts(node).join(' '))
		: { texts: [], parents: [] };
	const headings = document.body ? numberHeadings(document.body, [h1, pageTitle]) : { texts: [] };
	const bylines = pageBylines(document);
	if (document.body) markCaptionElements(document.body);
	const article = readability(document);
	if (!article?.content) {
		return {
			title: pageTitle,
			byline: '',
			siteName: '',
			published: null,
			paragraphs: blocks,
			leftOut: []
		};
	}
	const content = article.content as Element;
	const paragraphs = withDroppedHeadings(
		withDroppedSiblings(blockTexts(content, true), content, numbered),
		content,
		headings,
		(node) => blockTexts(node, true)
	);
	const headline = visibleHeadline(h1, paragraphs);
	const budget = MAX_ARTICLE_CHARS - paragraphs.join('\n\n').length - 2_000;
	// The headline and byline Readability lifted out of the body are not "left out".
	const byline = articleByline(article.byline ?? '', bylines);
	const lifted = [article.title ?? '', article.byline ?? '', byline, ...paragraphs];
	return {
		title: headline || tidy(article.title ?? '') || pageTitle,
		byline,
		siteName: tidy(article.siteName ?? ''),
		published: parseDate(article.publishedTime ?? ''),
		paragraphs,
		leftOut: leftOutBlocks(blocks, lifted, budget)
	};
}

/**
 * The body without the byline Readability left among its first blocks (under the headline and
 * standfirst): it is the header's "By" line, not a paragraph. Further down, a line that happens to
 * be the writer's name stays for the line rules to judge.
 */
function withoutHeaderByline(paragraphs: string[], byline: string): string[] {
	const at = byline ? paragraphs.slice(0, HEADLINE_REACH).indexOf(byline) : -1;
	if (at < 0) return paragraphs;
	// A marker over the byline (a credit's shape, under a lead picture) goes with it.
	const from = at > 0 && isMarker(paragraphs[at - 1]!) ? at - 1 : at;
	return paragraphs.filter((_, i) => i < from || i > at);
}

/**
 * Article text of an HTML page: title, optional "By …" line, paragraphs, optional source line,
 * then what Reader View left out, under its marker (see left-out.ts).
 */
export function htmlToText(html: string): string {
	if (!html.trim()) return '';
	const page = readPage(html);
	const title = withoutSiteName(page.title, page.siteName);
	const lines = title ? [title] : [];
	const paragraphs = withoutHeaderByline(page.paragraphs, page.byline);
	if (page.byline && !paragraphs.includes(page.byline)) {
		// Reader View takes a page's dateline for its byline: a date is no one's name.
		const named = /^by\s/i.test(page.byline) || isDateLine(page.byline);
		lines.push(named ? page.byline : `By ${page.byline}`);
	}
	// The date the page declares in its head (article:published_time, JSON-LD), as a date line.
	if (page.published) lines.push(`Published ${page.published}`);
	lines.push(...paragraphs);
	if (page.siteName) lines.push(`Source: ${page.siteName}`);
	if (page.leftOut.length > 0) lines.push(LEFT_OUT_MARKER, ...page.leftOut);
	return lines.join('\n\n');
}
