import { endsSentence, sentenceCount, wordCount } from './shape';

/**
 * Lines that carry facts about the article rather than its content: who wrote it, when, where it
 * was first published, and which partners or agencies supplied it. The cleaner removes them from
 * the body and keeps what they say in the article's fields.
 */

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|' +
	'sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';

/** One token of a date or time: a month, weekday, number, clock time, zone or connective. */
const DATE_TOKEN = new RegExp(
	`^(?:${MONTH}|${WEEKDAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|` +
		`\\d{1,2}(?:[:.]\\d{2})?(?:[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|utc[+-]?\\d*|gmt[+-]?\\d*|` +
		`at|on|updated|published|posted|modified|last|first|date|time|-)$`,
	'i'
);
const DATE_ANCHOR = new RegExp(`\\b${MONTH}(?=[\\s,]|$)|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`, 'i');
const RELATIVE_TIME =
	/^(?:updated\s+)?\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i;

/** A clock time alone, as a page prints the hour of publication: "1:39 PM ET", "09:15 GMT". */
const CLOCK_TIME =
	/^(?:updated:?\s+|published:?\s+)?(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,5})?$/i;

/** A line that is only a date or time, possibly with "Published"/"Updated" around it. */
export function isDateLine(text: string): boolean {
	if (text.length > 80 || !/\d/.test(text)) return false;
	if (RELATIVE_TIME.test(text) || CLOCK_TIME.test(text)) return true;
	const tokens = text
		.split(/[\s|·•,–—]+/)
		.map((token) => token.replace(/:$/, ''))
		.filter(Boolean);
	// Time zones are short capitalised codes (IST, GMT, EDT); matched case-sensitively.
	const isToken = (token: string) => DATE_TOKEN.test(token) || /^[A-Z]{2,5}$/.test(token);
	return DATE_ANCHOR.test(text) && tokens.every(isToken);
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH_DAY_YEAR = new RegExp(
	`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
	'i'
);
const DAY_MONTH_YEAR = new RegExp(
	`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})\\b`,
	'i'
);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function isoDate(year: string, month: number, day: string): string | null {
	const d = Number(day);
	if (month < 1 || month > 12 || d < 1 || d > 31) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The calendar date a date line or dated byline names, as YYYY-MM-DD ("Published 3 March 2024,
 * 08:15" → "2024-03-03"); null when it names none with a year. Numeric forms other than ISO are
 * left alone: 03/04/2024 means different days on each side of the Atlantic.
 */
export function parseDate(text: string): string | null {
	const iso = ISO_DATE.exec(text);
	if (iso) return isoDate(iso[1]!, Number(iso[2]), iso[3]!);
	const mdy = MONTH_DAY_YEAR.exec(text);
	if (mdy) return isoDate(mdy[3]!, monthNumber(mdy[1]!), mdy[2]!);
	const dmy = DAY_MONTH_YEAR.exec(text);
	if (dmy) return isoDate(dmy[3]!, monthNumber(dmy[2]!), dmy[1]!);
	return null;
}

/**
 * "By", "Written by", "Words by", "Author:" and friends, and "By" in the other languages the
 * detector knows (Spanish and Portuguese "Por", French "Par", German "Von", Dutch "Door"): the
 * names after it must still look like names, so "Por eso, …" is prose.
 */
const BYLINE_START =
	/^(?:(?:written|words|story|reported|text|posted|compiled)\s+by|by:?|por|par|von|door|authors?:)\s+/i;
/** What each name did, in brackets after it: "Ana Ruiz (reporting) and Li Wei (photography)". */
const ROLE_NOTE = /\s*\([\p{Ll}\s,&]{3,40}\)/gu;
/**
 * A desk printed after a name: "Ana Ruiz Coast Health News", "Li Wei Metro Staff". Where the
 * name ends is a guess: a given name and a surname, the commonest shape, stay.
 */
const DESK_TAIL = /^(\S+\s+\S+)(?:\s+\p{Lu}[\p{L}.&'’-]*){1,3}\s+(?:News|Desk|Staff|Wire)$/u;
/** Where names stop and a date, role or reading time starts. */
const BYLINE_SEPARATOR = /\s+[|·•–—-]\s+|\s*\|\s*/;
/** A social handle after the names: "By Ana Ruiz @anaruiz". */
const HANDLE = /[,\s]+@[\w.]+(?=\s|$)/u;
const HANDLE_BYLINE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),?\s+@[\w.]+$/u;
const NAME_AND_DATE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+[-–—|·]\s+(.{6,60})$/u;
/** Words allowed in a name besides capitalised ones: particles and conjunctions. */
const NAME_LINKS = /^(?:and|&|de|da|del|della|di|dos|du|van|von|der|den|la|le|bin|al|el|y)$/;

/** Initials in brackets inside a name, as some writers sign: "Richard (R.J.) Ewart". */
const BRACKETED_INITIALS = /^\((?:\p{Lu}\.){1,3}\)$/u;

export function looksLikeNames(text: string): boolean {
	const parts = text.split(/[\s,]+/).filter(Boolean);
	if (parts.length === 0 || parts.length > 12 || !/^\p{Lu}/u.test(text)) return false;
	return parts.every(
		(part) =>
			/^\p{Lu}[\p{L}'’.-]*$/u.test(part) || NAME_LINKS.test(part) || BRACKETED_INITIALS.test(part)
	);
}

/**
 * Returns the names of a byline ("By Ana Ruiz and Li Wei | 3 March 2024" → "Ana Ruiz and Li
 * Wei"), or null when the line is not one. "By Monday, the deal was done." is prose, not a byline.
 */
export function parseByline(text: string): string | null {
	if (text.length > 160) return null;
	// "Ana Ruiz, @anaruiz": names with a social handle are a byline without the "By".
	const handled = HANDLE_BYLINE.exec(text);
	if (handled && looksLikeNames(handled[1]!)) return handled[1]!;
	// "Ana Ruiz - Mar 3, 2024 8:02 pm UTC": names and a date are a byline without the "By".
	const named = NAME_AND_DATE.exec(text);
	if (named && looksLikeNames(named[1]!) && isDateLine(named[2]!)) return named[1]!;
	const start = BYLINE_START.exec(text);
	if (!start) return null;
	const rest = text.slice(start[0].length).replace(HANDLE, '').replace(ROLE_NOTE, '');
	const [head = '', ...tail] = rest.split(BYLINE_SEPARATOR);
	// A date can follow the names after a comma or "on": cut it off at the first date word.
	const dated = new RegExp(
		`[\\s,]+(?:on\\s+|updated:?\\s+|published:?\\s+)?(?=${MONTH}\\s*\\d|\\d)`,
		'i'
	);
	const cut = head.search(dated);
	const untrimmed = (cut >= 0 ? head.slice(0, cut) : head).replace(/[,.\s]+$/, '');
	const names = untrimmed.replace(DESK_TAIL, '$1');
	const leftover = [cut >= 0 ? head.slice(cut) : '', ...tail].join(' ').trim();
	if (!looksLikeNames(names)) return null;
	if (leftover && endsSentence(leftover) && !isDateLine(leftover) && wordCount(leftover) > 6) {
		return null;
	}
	return names;
}

/** "By Ana Ruiz, a senior reporter who …": the byline at the head of a short author's bio. */
const BIO_BYLINE = /^by:?\s+([^,]{3,60}),\s+(?:an?|the)\s/iu;

/**
 * The names a removed line gives the article: a byline's, a bare name's (a line the cleaner
 * filed as a byline by where it stands), or those of a bio that opens with "By".
 */
export function bylineNames(text: string, bio = false): string | null {
	if (bio) {
		const names = BIO_BYLINE.exec(text)?.[1];
		return names && looksLikeNames(names) ? names : null;
	}
	return parseByline(text) ?? (isBareName(text) ? text : null);
}

/** Two to four capitalised words and nothing else: a name, or a label of the same shape. */
export function isBareName(text: string): boolean {
	const count = text.split(/\s+/).length;
	return text.length <= 40 && count >= 2 && count <= 4 && looksLikeNames(text) && !/,/.test(text);
}

const SOURCE_LABEL = /^(?:source|sources|via|courtesy(?:\s+of)?)\s*[:–—-]\s*(.{2,80}?)\.?$/i;
const FIRST_PUBLISHED =
	/^(?:this\s+(?:article|story|piece|post|essay|interview|report)\s+(?:was\s+|is\s+)?(?:first\s+|originally\s+)?|(?:first|originally)\s+)(?:appeared|published|posted|ran|reprinted|republished)\s+(?:in|on|at|by)\s+(.{2,80}?)(?:\s+on\s+.*|,.*)?\.?$/i;
/** "A version of this article appears in print on …, on Page A7": where, not who. */
const PRINT_VERSION =
	/^a version of this (?:article|story|review|essay) (?:appears|appeared) in print\b/i;

export function isPrintNote(text: string): boolean {
	return text.length <= 300 && PRINT_VERSION.test(text);
}

const COPYRIGHT =
	/^(?:©|\(c\)|copyright)\s*©?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(.{2,80}?)[.,]?(?:\s*all rights reserved\.?)?$/i;

/** The publication named by a "Source: …", "First published in …" or "© 2024 …" line. */
export function parseSource(text: string): string | null {
	if (text.length > 160) return null;
	for (const pattern of [SOURCE_LABEL, FIRST_PUBLISHED, COPYRIGHT]) {
		const name = pattern.exec(text)?.[1]?.trim();
		if (name && /^\p{L}/u.test(name) && wordCount(name) <= 8) return name;
	}
	return null;
}

/** Phrases by which syndication, agency and reporting credits announce themselves. */
const CREDIT_WORDS =
	/\b(?:content partners?|partners? (?:for|on|of) this (?:story|article|report)|inputs? from|agency inputs|additional reporting|(?:reporting|writing|editing|edited|compiled) by|syndicated|wire (?:service|copy|report)|news agenc(?:y|ies)|agencies|auto-generated|(?:medically )?reviewed by|fact[- ]checked by|(?:is )?supported by|in partnership with)\b/i;
const CREDIT_OPENING =
	/^(?:with|this|these|additional|reporting|writing|editing|edited|compiled|agencies)\b|^[–—-]/i;

/**
 * Partner, agency and reporting credits: "(yMedia and ANI are the content partners for this
 * story)", "(With inputs from Reuters)", "Additional reporting by …". They are set off from the
 * prose by brackets, by opening with the credit itself, or by not being a sentence at all.
 */
/**
 * "Jo Bell contributed to this report.", "Jo Bell and Li Wei contributed reporting.": a full
 * sentence, but a credit by its fixed wording; "Powered by …" under a widget is its maker's.
 */
const CONTRIBUTED =
	/^[^.!?]{2,120}?\bcontributed(?:(?: additional)? (?:reporting|research)(?: (?:to|for) this (?:report|story|article))?| (?:to|for) this (?:report|story|article))\.?$/i;
const POWERED_BY = /^powered by\s+\S.{0,60}$/i;

export function isCredit(text: string): boolean {
	if (text.length <= 160 && (CONTRIBUTED.test(text) || POWERED_BY.test(text))) return true;
	if (text.length > 250 || sentenceCount(text) > 2 || !CREDIT_WORDS.test(text)) return false;
	const bracketed = /^[([].*[)\]]\.?$/.test(text);
	return bracketed || CREDIT_OPENING.test(text) || !endsSentence(text);
}
