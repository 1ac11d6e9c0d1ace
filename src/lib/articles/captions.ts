import { isBareName } from './metadata';
import { endsSentence, fold, sentenceCount, words } from './shape';
import type { Verdict } from './types';

/**
 * Captions recognised by what stands around them rather than by their own words: a caption is
 * an ordinary sentence, but a paste sets it between a picture's labels and credits. A caption
 * follows a "Caption" label, stands above a "Buy photo" button or a photo credit, and is often
 * printed twice (once over the picture, once in a gallery); the repeat goes with it.
 */

/** Labels after which the caption comes. */
const LABEL_BEFORE = /^(?:caption|hide caption|toggle caption|image caption|media caption)\W*$/i;
/**
 * Buttons and credits that come after their caption. "View photo" is not one: it is the link
 * left where a picture was, and the body goes on around it.
 */
const LABEL_AFTER =
	/^(?:buy (?:this )?photo|(?:photo|image|picture)s?\s*(?:by\s+|:\s*)\S.{0,50}|credit\s?\S.{0,60})\W*$/i;
/** A credit alone: "Li Wei/County Echo", "Jane Doe/Getty Images". */
const CREDIT_ALONE =
	/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}&.' -]{1,40}$/u;

const CAPTION_CHARS = 250;

/**
 * The line htmlToText sets before a figure's caption: in HTML the element says what the line
 * is, whatever its words, and the marker carries that into the text the cleaner reads. The
 * review screen does not show it (as with the Reader View marker).
 */
export const CAPTION_MARKER = '⁂ Caption ⁂';

/** Picture agencies, as they sign a photo: alone under a caption, or in brackets after it. */
export const AGENCY =
	'(?:Getty Images|Reuters|Associated Press|AP|AFP|EPA(?:-EFE)?|Shutterstock|Alamy|Bloomberg|PA(?: Media| Wire)?|Xinhua|Anadolu|AAP|ANSA|dpa)';
/** "Jane Doe/AP", "AFP via Getty Images": a photo credit that ends on an agency. */
const SIGNED_AGENCY = new RegExp(
	`^(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/\\s*|${AGENCY}\\s+via\\s+)${AGENCY}$`,
	'u'
);
/** An agency's name alone: a photo credit under a caption, or an agency's byline under a headline. */
const AGENCY_ALONE = new RegExp(`^${AGENCY}$`, 'u');

/** A photo credit by its shape alone. */
export function isAgencyCredit(text: string): boolean {
	return text.length <= 60 && SIGNED_AGENCY.test(text);
}

/**
 * Reporting says who said what; a caption shows what is in the picture. A line with a verb of
 * saying is the body's, whatever credit stands under it.
 */
export const SAYING =
	/\b(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|according to|stated|states|wrote|writes|argued|argues|noted|announced|announces|claimed|claims|insisted|insists|warned|warns|replied|recalled|recalls|suggested|suggests)\b/i;

/** A short line that describes rather than reports: a caption's shape, with no one speaking. */
export function isDescriptive(text: string): boolean {
	return captionShaped(text) && !SAYING.test(text);
}

function captionShaped(text: string): boolean {
	return text.length <= CAPTION_CHARS && sentenceCount(text) <= 2 && words(text).length >= 3;
}

function isLabelAfter(text: string): boolean {
	return text.length <= 80 && !endsSentence(text) && LABEL_AFTER.test(text);
}

/**
 * A bare "Name/Agency" credit may follow a picture with no caption at all, under a paragraph
 * of the body: it takes only a line as short as a caption usually is.
 */
const SHORT_CAPTION = 120;

/** Indexes of open lines (verdict null) that are captions by their neighbours. */
export function neighbourCaptions(texts: string[], verdicts: Verdict[]): number[] {
	const found = new Set<number>();
	// A caption is a statement; a subhead above a picture ("Pricing and the rivals") is not.
	const open = (i: number) =>
		verdicts[i] === null && endsSentence(texts[i] ?? '') && captionShaped(texts[i] ?? '');
	texts.forEach((text, i) => {
		if (LABEL_BEFORE.test(text) && open(i + 1)) found.add(i + 1);
		if (isLabelAfter(text) && open(i - 1)) found.add(i - 1);
		const above = texts[i - 1] ?? '';
		// The line right under the headline is its standfirst, even over an agency byline.
		const inBody = verdicts[i - 2] !== 'title';
		const agency = AGENCY_ALONE.test(text);
		const credit = CREDIT_ALONE.test(text) || isAgencyCredit(text) || agency;
		const captionAbove = above.length <= SHORT_CAPTION || isDescriptive(above);
		if (credit && inBody && captionAbove && open(i - 1)) {
			found.add(i - 1);
			// A bare agency name is a credit only by the caption it stands under.
			if (agency && verdicts[i] === null) found.add(i);
		}
	});
	if (found.size === 0) return [];
	// The same caption printed again elsewhere on the page goes too.
	const captions = new Set([...found].map((i) => fold(texts[i]!)));
	texts.forEach((text, i) => {
		if (verdicts[i] === null && captions.has(fold(text))) found.add(i);
	});
	return [...found];
}

/** The caption labels themselves, named as such whatever rule they met first. */
const PICTURE_LINK = /^(?:view|enlarge|expand) (?:this )?(?:photo|image|picture)s?\W*$/i;

export function isCaptionLabel(text: string): boolean {
	return LABEL_BEFORE.test(text) || isLabelAfter(text) || PICTURE_LINK.test(text);
}

/**
 * A bare name (a few capitalised words) under the link left where a picture was ("View this
 * image ›"), past any stray punctuation: the picture's credit or title. A subhead does not stand
 * under a picture's link with nothing between them.
 */
export function pictureCredits(texts: string[], verdicts: Verdict[]): number[] {
	return texts.flatMap((text, i) => {
		if (verdicts[i] !== null || !isBareName(text)) return [];
		let j = i - 1;
		while (j >= 0 && !/[\p{L}\p{N}]/u.test(texts[j]!)) j -= 1;
		return PICTURE_LINK.test(texts[j] ?? '') ? [i] : [];
	});
}

/** Titles that stand before a surname in running text ("President Obama"): never a given name. */
const TITLES = new Set(
	(
		'mr mrs ms miss mx dr sir dame lord lady president prime minister senator sen rep gov ' +
		'governor judge justice professor prof chancellor king queen prince princess pope general ' +
		'gen captain capt officer coach saint st mayor secretary chief director detective sheriff ' +
		'rev father sister brother north south east west new'
	).split(' ')
);
/** A given name and a surname: two capitalised words, with an initial allowed between them. */
const FULL_NAME = /(?<![\p{L}'’])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu;
/** Times the body must already have used the surname alone: it has introduced the person. */
const SURNAME_USES = 2;
const RENAMED_WORDS = 30;

/** A surname, as a token of running text: capitalised, possibly with a possessive or a comma. */
const SURNAME_TOKEN = /^['"‘“(]?(\p{Lu}\p{Ll}{2,})(?:['’]s?)?[.,;:!?)'"’”]*$/u;

/** Adds to `counts` each capitalised word of `text` used alone (not after another capital). */
function countSurnames(text: string, counts: Map<string, number>): void {
	const tokens = text.split(/\s+/);
	tokens.forEach((token, i) => {
		const word = SURNAME_TOKEN.exec(token)?.[1];
		if (!word) return;
		const previous = tokens[i - 1] ?? '';
		// After a capitalised word that does not end a clause, it is a name's second half.
		if (/^['"‘“(]?\p{Lu}/u.test(previous) && !/[.!?:;,]['"’”)]*$/u.test(previous)) return;
		counts.set(word, (counts.get(word) ?? 0) + 1);
	});
}

/**
 * A caption is written to be read alone, so it names people in full ("Ana Ruiz signed …") where
 * the body, having introduced them, has long called them by surname ("Ruiz"). A one-sentence line
 * that names again in full someone the body already calls by surname, with no one speaking in
 * it, set where something interrupts the body (a box, a credit, a label on either side), is the
 * caption of a picture the paste left out. Either sign alone is common in body text.
 */
export function renamedCaptions(
	texts: string[],
	verdicts: Verdict[],
	stop: ReadonlySet<string>
): number[] {
	const interrupted = (i: number) => {
		const verdict = verdicts[i];
		return verdict !== null && verdict !== undefined && verdict !== 'title';
	};
	// Surnames used alone in the open lines so far: one pass, so a long paste stays linear.
	const alone = new Map<string, number>();
	return texts.flatMap((text, i) => {
		if (verdicts[i] !== null) return [];
		const shaped =
			(interrupted(i - 1) || interrupted(i + 1)) &&
			endsSentence(text) &&
			sentenceCount(text) === 1 &&
			words(text).length <= RENAMED_WORDS &&
			!/["“”]/.test(text) &&
			!SAYING.test(text);
		const renamed =
			shaped &&
			[...text.matchAll(FULL_NAME)].some(([, given = '', surname = '']) => {
				const first = given.toLowerCase();
				if (TITLES.has(first) || stop.has(first)) return false;
				return (alone.get(surname) ?? 0) >= SURNAME_USES;
			});
		countSurnames(text, alone);
		return renamed ? [i] : [];
	});
}
