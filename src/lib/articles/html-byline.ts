/**
 * The byline printed under an HTML article's own headline. Reader View takes the first
 * byline-classed element in the page for the article's, and on a page that opens with a list of
 * other stories ("Most read", each with its writer) that is another story's writer. The byline
 * that stands under the article's headline, before its body starts, is the article's.
 */

/** Readability's test for a byline element, without "dateline": a date is no one's name. */
const BYLINE_CLASS = /byline|author|writtenby|p-author/i;
/** How many elements after the headline its byline may stand (standfirst, dateline, wrappers). */
const HEADER_REACH = 30;
/** A paragraph this long is the body: the header is over. */
const BODY_WORDS = 25;

const tidy = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function isBylineElement(element: Element): boolean {
	if (element.getAttribute('rel') === 'author') return true;
	if ((element.getAttribute('itemprop') ?? '').includes('author')) return true;
	const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
	return BYLINE_CLASS.test(names);
}

/** Short enough to be names with perhaps a date, as Readability also requires. */
function bylineText(element: Element): string {
	const text = tidy(element.textContent);
	return text.length > 0 && text.length < 100 ? text : '';
}

/** The article's headline element: the <h1> the <title> repeats, else the first <h1>. */
function headlineElement(document: Document, elements: Element[]): Element | undefined {
	const title = tidy(document.title).toLowerCase();
	const headings = elements.filter((element) => element.tagName.toUpperCase() === 'H1');
	const named = headings.find((h1) => {
		const text = tidy(h1.textContent).toLowerCase();
		return text.split(' ').length >= 3 && title.includes(text);
	});
	return named ?? headings[0];
}

export interface PageBylines {
	/** The byline under the article's headline, or '' when none stands there. */
	header: string;
	/** The texts of byline elements above the headline: other stories' writers. */
	above: Set<string>;
}

/** Read before Readability runs: it removes the byline elements it takes from the tree. */
export function pageBylines(document: Document): PageBylines {
	const elements = Array.from(document.querySelectorAll('*'));
	const headline = headlineElement(document, elements);
	const at = headline ? elements.indexOf(headline) : -1;
	const bylines: PageBylines = { header: '', above: new Set() };
	if (at < 0) return bylines;
	for (const element of elements.slice(0, at)) {
		if (isBylineElement(element)) bylines.above.add(bylineText(element));
	}
	for (const element of elements.slice(at + 1, at + 1 + HEADER_REACH)) {
		const tag = element.tagName.toUpperCase();
		if (tag === 'P' && tidy(element.textContent).split(' ').length >= BODY_WORDS) break;
		const text = isBylineElement(element) ? bylineText(element) : '';
		if (text) {
			bylines.header = text;
			break;
		}
	}
	return bylines;
}

/**
 * The article's byline: Reader View's, unless Reader View took it from above the headline and
 * another stands under the headline.
 */
export function articleByline(readerView: string, bylines: PageBylines): string {
	const byline = tidy(readerView);
	const misplaced = bylines.above.has(byline) && !!bylines.header && bylines.header !== byline;
	return misplaced ? bylines.header : byline;
}
