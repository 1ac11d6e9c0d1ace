import { isDateLine, looksLikeNames, parseByline } from './metadata';
import { endsSentence, sentenceCount } from './shape';

/**
 * Three kinds of page furniture that read like prose and so slip past the length and stop-word
 * tests: cookie and consent banners, author biographies, and other stories' headlines printed
 * with their dates. Each is recognised by its shape plus the generic words of its kind.
 */

/** What a consent banner says: the site's own use of cookies, and the buttons to answer it. */
const COOKIE_BANNER =
	/\b(?:we (?:and our partners )?use cookies|(?:this|our) (?:site|website) uses cookies|(?:our|the) use of cookies|accept (?:all )?cookies|cookie (?:settings|preferences|consent|banner)|consent to (?:the|our) use|manage (?:your )?(?:cookie|consent|privacy) (?:settings|preferences|choices)|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website))\b/i;
/** The buttons and headings of a consent box: "Accept all", "Reject all", "Our privacy terms". */
const CONSENT_BUTTON =
	/^(?:(?:accept|agree|allow|reject|deny|decline)(?: all| and continue| cookies| permission)*(?: (?:and )?(?:continue|close))?(?: to (?:the )?site)?\W*(?:(?:deny|reject|decline) permission)?|(?:please )?(?:accept|review|read) our (?:updated )?privacy (?:terms|policy|notice))\W*$/i;

export function isCookieNotice(text: string): boolean {
	if (text.length > 600) return false;
	return COOKIE_BANNER.test(text) || (text.length <= 80 && CONSENT_BUTTON.test(text));
}

/** A reporter's trade, as a bio names it after "is a …" or ", a …". */
const ROLE =
	'(?:reporter|correspondent|editor|writer|journalist|columnist|author|contributor|producer|critic|photographer|analyst|fellow|blogger|broadcaster)';
/** Names, then "is a/an/the …role" or ", a …role": the opening of every author biography. */
const BIO_OPENING = new RegExp(
	`^(?:by\\s+)?(.{2,60}?)(?:,\\s+|\\s+(?:is|was|has been)\\s+)(?:an?|the)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?${ROLE}s?\\b`,
	'iu'
);
/** What a bio goes on to say: where the writer works, is based, came from or can be followed. */
const BIO_DETAIL =
	/\b(?:for|at|with) (?:the )?\p{Lu}|\bbased in\b|\bcovers?\b|\bcovered\b|\bcovering\b|\bjoined\b|\bpreviously\b|\bauthor of\b|\blives in\b|\bfollow (?:him|her|them)\b|@\w/u;

/** "Ana Ruiz is a health reporter for the Echo, based in Leeds." A news sentence is not. */
const HAS_ROLE = new RegExp(`\\b${ROLE}`, 'i');

/** "Ana Ruiz has covered the coast since 2015.": a bio may open with the beat, not the trade. */
const TENURE_OPENING =
	/^(.{2,60}?)\s+has (?:covered|reported on|written about|been writing about)\s[^.]{2,80}?\b(?:since (?:\d{4}|the \d{4}s)|for (?:\w+|\d+) (?:years|decades))\./u;

/** A columnist's tag line in capitals: "ANA RUIZ IS THE ECHO'S HEALTH EDITOR". */
function isCapitalTagLine(text: string, opening: RegExpExecArray): boolean {
	const name = opening[1]!.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
	return (
		text === text.toUpperCase() &&
		text.length <= 120 &&
		!/[.!?]./.test(text) &&
		looksLikeNames(name)
	);
}

export function isAuthorBio(text: string): boolean {
	if (text.length <= 600 && sentenceCount(text) <= 4) {
		const tenure = TENURE_OPENING.exec(text);
		if (tenure && looksLikeNames(tenure[1]!) && BIO_DETAIL.test(text.slice(tenure[0].length))) {
			return true;
		}
	}
	// The cheap test first: most lines name no reporter's trade at all.
	if (text.length < 30 || text.length > 600 || !HAS_ROLE.test(text)) return false;
	if (sentenceCount(text) > 4) return false;
	const opening = BIO_OPENING.exec(text);
	if (opening && isCapitalTagLine(text, opening)) return true;
	if (!opening || !looksLikeNames(opening[1]!)) return false;
	return BIO_DETAIL.test(text.slice(opening[0].length));
}

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A headline with a full date glued on: how link lists of other stories print them. */
const DATED_HEADLINE = new RegExp(`^(.{15,160}?)\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}$`, 'i');

function isDatedHeadline(text: string): boolean {
	const head = DATED_HEADLINE.exec(text)?.[1];
	return (
		!isDateLine(text) && head !== undefined && !endsSentence(head) && head.split(/\s+/).length >= 3
	);
}

/** A teaser's summary cut short and followed by its link: "… As it… Read more". */
const CUT_SUMMARY = /(?:…|\.\.\.)\s*read more(?:\s+read more)*\W*$/i;
/**
 * One headline printed two or three times in a row (link, image alt text, heading); the last
 * copy may be cut off mid-word where the card's text box ended.
 */
const REPEATED_HEADLINE = /^(\S.{9,150}?)\s+\1(?=\s|$)/u;

function isRepeatedHeadline(text: string): boolean {
	const match = REPEATED_HEADLINE.exec(text);
	if (!match) return false;
	const rest = text.slice(match[0].length).trim();
	return rest === '' || `${match[1]} ${match[1]}`.startsWith(rest);
}

/** Other stories' headlines and summaries by their shape: dated, cut off, or repeated. */
export function isTeaserShape(text: string): boolean {
	if (text.length > 500) return false;
	return isDatedHeadline(text) || CUT_SUMMARY.test(text) || isRepeatedHeadline(text);
}

/** Widgets still loading when the page was copied: "Loading...", "Wait 1 second to continue." */
const LOADING = /^(?:loading|please wait|wait \d+ seconds? to continue)\W*$/i;

export function isLoadingNote(text: string): boolean {
	return text.length <= 60 && LOADING.test(text);
}

/** A chart's axis tick or data label: a number, with at most a unit or currency sign. */
const CHART_VALUE = /^[-+−–$€£¥]?\s*\d[\d,.\s]*(?:%|[kmb]n?|billion|million|trillion)?$|^%$/i;

/**
 * Captions of charts: a sentence or two standing directly above a chart, whose title and axis
 * numbers the paste flattened into lines of their own. `open[i]` is false for lines already
 * judged; the caption is returned by index so the cleaner can file it as a caption.
 */
export function chartCaptions(texts: string[], open: boolean[]): number[] {
	const isValue = (i: number) => CHART_VALUE.test(texts[i] ?? '');
	const isLabel = (i: number) => {
		const text = texts[i] ?? '';
		return text !== '' && text.length <= 80 && !endsSentence(text);
	};
	return texts.flatMap((text, i) => {
		// Values under it first: that test is cheap, and most lines have none.
		if (!open[i] || !(isValue(i + 1) || isValue(i + 2)) || text.length > 250) return [];
		if (sentenceCount(text) > 2 || !endsSentence(text)) return [];
		// Caption, then a chart's values, or its title and then values: at least two values
		// among the next lines, so a lone number after a paragraph (a list's "2") is no chart.
		const values = [1, 2, 3, 4, 5].filter((step) => isValue(i + step)).length;
		const charted = isValue(i + 1) || (isLabel(i + 1) && isValue(i + 2));
		return charted && values >= 2 ? [i] : [];
	});
}

/** Characters: a bio is a paragraph, not an essay. */
const BIO_CHARS = 600;
/** Paragraphs of prose before a byline that can only be the end of the article's. */
const BODY_BEGUN = 3;

/**
 * An author's bio at the end of a page stands under a second byline and opens with a name from
 * it ("By Ana Ruiz" over "Ana has tested…"). Only after the body has begun: under the first
 * byline, a paragraph may well open with the reporter's name.
 */
export function bylineBios(texts: string[], verdicts: (string | null)[]): number[] {
	// Paragraphs of prose seen so far: a standfirst above the byline is one, the body is more.
	let paragraphs = 0;
	return texts.flatMap((text, i) => {
		const prose = verdicts[i] === null && endsSentence(text) && text.length > 100;
		if (prose && i > 0 && verdicts[i - 1] !== 'byline') paragraphs += 1;
		if (paragraphs < BODY_BEGUN || verdicts[i] !== null || verdicts[i - 1] !== 'byline') return [];
		if (text.length > BIO_CHARS) return [];
		const names = parseByline(texts[i - 1] ?? '') ?? '';
		const first = /^\p{Lu}[\p{L}'’-]+/u.exec(text)?.[0];
		const named = first !== undefined && names.split(/[\s,]+/).includes(first);
		return named ? [i] : [];
	});
}

/** The heading of an author box: "About the author", "About the writers". */
const AUTHOR_BOX = /^about the (?:authors?|writers?|reporters?|contributors?)\W*$/i;

/**
 * An author box: its heading, then the writer's name alone, then a line or two about them that
 * open with that name. Everything in it goes as the bio, whatever the lines' own shape.
 */
export function authorBoxes(texts: string[]): number[] {
	return texts.flatMap((text, i) => {
		if (!AUTHOR_BOX.test(text)) return [];
		const box = [i];
		const name = texts[i + 1] ?? '';
		if (name.length > 60 || !looksLikeNames(name)) return box;
		box.push(i + 1);
		const first = name.split(' ')[0]!;
		for (let j = i + 2; j < Math.min(texts.length, i + 4); j += 1) {
			const line = texts[j]!;
			if (line.length > BIO_CHARS || !line.startsWith(first)) break;
			box.push(j);
		}
		return box;
	});
}
