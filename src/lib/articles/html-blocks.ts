import { CAPTION_MARKER } from './captions';
import { LINK_MARKER } from './markers';
import { looksLikeNames } from './metadata';
import { endsSentence, words } from './shape';

/**
 * The blocks of text of an HTML tree, in document order, the way a browser lays them out. On the
 * article path the elements also say what some blocks are (a figure's caption, a paragraph that
 * is only a link to another page, a picture's credit) and a marker line carries that into the
 * text the cleaner reads. No regular expression ever parses the HTML itself.
 */

export const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph of text. */
const BLOCKS = new Set(
	(
		'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
		'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION SUMMARY TABLE TD TH TR UL'
	).split(' ')
);

/** Elements whose text is never article text, should Readability leave any behind. */
const SKIPPED = new Set(
	(
		'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT CANVAS NAV BUTTON FORM SELECT ' +
		'TEXTAREA INPUT'
	).split(' ')
);
/**
 * A form field's label ("The best way to follow the stories you care about.") names the box it
 * stands in, not the article; Readability keeps it when the form itself is gone.
 */
const ARTICLE_SKIPPED = new Set([...SKIPPED, 'LABEL']);
const HEADINGS = new Set('H1 H2 H3 H4 H5 H6'.split(' '));

/** Collapses the white space of HTML text the way a browser renders it. */
export function tidy(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The words of a text worth comparing: letters and digits, three characters or more. */
function altWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 3);
}

/** Words below which a line says too little to be recognised as a caption by its words. */
const CAPTION_MIN_WORDS = 4;
/**
 * Share of a line's words found in the alt text of the pictures just above it that makes it
 * their caption: a caption rewords its alt text a little ("seen from", an accent, a name in
 * full), and a caption under two pictures draws on both; body prose shares far fewer words.
 */
const ALT_SHARE = 0.6;

function repeatsAlt(text: string, alts: ReadonlySet<string>): boolean {
	const list = altWords(text);
	if (alts.size === 0 || list.length < CAPTION_MIN_WORDS) return false;
	return list.filter((word) => alts.has(word)).length / list.length >= ALT_SHARE;
}

/** Words in the longest credit printed under a picture ("Harbour Trust Archive"). */
const CREDIT_WORDS = 5;

/**
 * A picture's credit or title under it: a few capitalised words and nothing else, straight after
 * the picture, in a paragraph rather than a heading (a subhead under a picture is a heading).
 */
function isPictureCredit(text: string, tag: string): boolean {
	const count = words(text).length;
	return (
		!HEADINGS.has(tag) &&
		count >= 2 &&
		count <= CREDIT_WORDS &&
		!endsSentence(text) &&
		looksLikeNames(text)
	);
}

/** The mark a caption's element carries through Readability, which drops class names. */
const CAPTION_ATTRIBUTE = 'data-standpoint-caption';
/**
 * A class name that names a caption or a picture's credit ("media-caption__text", "image-credit",
 * "caption_w_attr"), not a wrapper that only says whether it has one ("has-caption").
 */
const CAPTION_CLASS = /(?:^|[-_])(?:caption|credit|attribution)(?:$|[-_])/i;
const CAPTION_WRAPPER = /(?:^|[-_])(?:no|has|with|without)[-_]+caption/i;
/** The longest text a caption's element holds; a container of the article holds more. */
const CAPTION_CHARS = 400;

function isCaptionElement(element: Element): boolean {
	const tokens = (element.getAttribute('class') ?? '').split(/\s+/);
	if (!tokens.some((token) => CAPTION_CLASS.test(token) && !CAPTION_WRAPPER.test(token))) {
		return false;
	}
	// A figure that says it has a narrow caption holds the picture: the caption is inside it.
	const text = tidy(element.textContent ?? '');
	return (
		text !== '' &&
		text.length <= CAPTION_CHARS &&
		!element.querySelector('h1, h2, h3, h4, h5, h6, img, picture, video, figure')
	);
}

/**
 * Marks the elements a page names as captions and credits, before Readability reads the page
 * (it keeps some as paragraphs, "Jane Doe/Agency" under a picture it dropped).
 */
export function markCaptionElements(root: Element): void {
	for (const element of Array.from(root.querySelectorAll('[class]'))) {
		if (isCaptionElement(element)) element.setAttribute(CAPTION_ATTRIBUTE, '');
	}
}

/** A paragraph whose whole text is one link: a link to another page set among the paragraphs. */
function isLinkOnly(element: Element): boolean {
	if (element.tagName.toUpperCase() !== 'P') return false;
	const links = element.querySelectorAll('a[href]');
	if (links.length !== 1) return false;
	const text = tidy(element.textContent ?? '');
	return text !== '' && tidy(links[0]!.textContent ?? '') === text;
}

function isCaption(element: Element): boolean {
	return element.tagName.toUpperCase() === 'FIGCAPTION' || element.hasAttribute(CAPTION_ATTRIBUTE);
}

/**
 * The text of each block-level element under `root`, in document order. With `article`, a
 * figure's caption comes as one line after CAPTION_MARKER, its credit and all; so does the block
 * right after pictures that mostly repeats their alt text (a caption set outside <figcaption>,
 * in a list or a paragraph, which Readability keeps as body) or that is a credit's few names. A
 * paragraph that is only a link comes after LINK_MARKER, and form labels are left out.
 */
export function blockTexts(root: Node, article = false): string[] {
	const skipped = article ? ARTICLE_SKIPPED : SKIPPED;
	const texts: string[] = [];
	let buffer = '';
	// The words of the alt texts of the pictures since the last block of text, and whether a
	// picture stands between that block and this one.
	let alts = new Set<string>();
	let afterPicture = false;
	const flush = (tag = '') => {
		const text = tidy(buffer);
		if (text) {
			const caption = repeatsAlt(text, alts) || (afterPicture && isPictureCredit(text, tag));
			if (article && caption) texts.push(CAPTION_MARKER, text);
			else texts.push(text);
			alts = new Set();
			afterPicture = false;
		}
		buffer = '';
	};
	const walk = (node: Node) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === TEXT_NODE) {
				buffer += child.textContent ?? '';
			} else if (child.nodeType === ELEMENT_NODE) {
				const element = child as Element;
				const tag = element.tagName.toUpperCase();
				if (skipped.has(tag)) continue;
				if (tag === 'BR') buffer += ' ';
				else if (tag === 'IMG') {
					for (const word of altWords(element.getAttribute('alt') ?? '')) alts.add(word);
					afterPicture = true;
				} else if (article && (isCaption(element) || isLinkOnly(element))) {
					flush();
					const text = blockTexts(child).join(' ');
					if (text) texts.push(isCaption(element) ? CAPTION_MARKER : LINK_MARKER, text);
					alts = new Set();
					afterPicture = false;
				} else if (BLOCKS.has(tag)) {
					flush();
					walk(child);
					flush(tag);
				} else walk(child);
			}
		}
	};
	walk(root);
	flush();
	return texts;
}
