import { isMarker } from './markers';

/**
 * Headings Readability drops from over the text they head. It reads class names, and a list's
 * heading styled "list-header" goes as a page header, while the list itself ("Pros": three
 * items, "Cons": three more) stays: the items are left without the word that says what they are.
 * A heading whose next element Readability kept is put back over it; the line rules still judge
 * it, so a "Related stories" heading over a kept list of links goes with the list.
 */

const HEADING = 'data-standpoint-h';
const HEADED = 'data-standpoint-headed';
/** Words in a heading worth putting back: a label, not a headline over another story. */
const HEADING_WORDS = 8;

const WIDGET = 'div, figure, ul, ol, p, table, img, svg';

export interface NumberedHeadings {
	texts: string[];
}

const tidy = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Numbers each h2–h6 under `root` and the element after it, before Readability moves them. A
 * heading that repeats the headline (`titles`) Readability drops on purpose.
 */
export function numberHeadings(root: Element, titles: string[]): NumberedHeadings {
	const texts: string[] = [];
	for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6'))) {
		const next = heading.nextElementSibling;
		const text = tidy(heading.textContent);
		if (!next || !text || text.split(' ').length > HEADING_WORDS) continue;
		// A heading that holds boxes and figures (a score's key) is a widget, not a label.
		if (titles.includes(text) || heading.querySelector(WIDGET)) continue;
		heading.setAttribute(HEADING, String(texts.length));
		next.setAttribute(HEADED, String(texts.length));
		texts.push(text);
	}
	return { texts };
}

/**
 * `paragraphs` (the article's blocks, in order) with each dropped heading put back before the
 * first block of the element it headed. `content` is Readability's article; `blocksOf` gives an
 * element's blocks as `paragraphs` has them.
 */
export function withDroppedHeadings(
	paragraphs: string[],
	content: Element,
	numbered: NumberedHeadings,
	blocksOf: (node: Node) => string[]
): string[] {
	const kept = new Set(
		Array.from(content.querySelectorAll(`[${HEADING}]`)).map((h) => h.getAttribute(HEADING))
	);
	// The heading to put back before each block that opens a headed element.
	const before = new Map<string, string>();
	for (const element of Array.from(content.querySelectorAll(`[${HEADED}]`))) {
		const index = element.getAttribute(HEADED);
		const heading = numbered.texts[Number(index)];
		const first = blocksOf(element).find((block) => !isMarker(block));
		if (heading && first && !kept.has(index) && !before.has(first)) before.set(first, heading);
	}
	if (before.size === 0) return paragraphs;
	const present = new Set(paragraphs);
	return paragraphs.flatMap((paragraph) => {
		const heading = before.get(paragraph);
		before.delete(paragraph);
		return heading && !present.has(heading) ? [heading, paragraph] : [paragraph];
	});
}
