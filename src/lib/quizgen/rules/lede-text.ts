/**
 * The lede sentence as a central-idea option: its dateline, day, "including …" list, price
 * label and attribution tail trimmed, a long nut graf cut before its elaboration. Split from
 * `central-idea.ts`; `checks.ts` treats the key as described, so it may differ from its source.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { looksLikeClutter } from './reading';

/** "LONDON — " and similar datelines, and a drop-capital first word ("A HIGH-powered team"). */
const DATELINE = /^(?:[A-Z][A-Z.]+(?:,? [A-Z][A-Za-z.]+)*\s*(?:\([^)]*\)\s*)?[—–-]\s+)/;

/** The sentence as an option: dateline off, a drop-capital word back in lower case. */
export function cleanLede(text: string): string {
	return text
		.replace(DATELINE, '')
		.replace(
			/^(\S+\s+)?([A-Z]{2,})(?=-[a-z])/,
			(_, a: string | undefined, w: string) => `${a ?? ''}${w.toLowerCase()}`
		);
}

/**
 * The lede's statement without what only dates or lists it: "on Wednesday", ", including 17
 * foreigners,", an attribution tail. A first sentence is often long for these alone.
 */
export function compress(text: string): string {
	return withoutTail(
		shorten(cleanLede(text))
			.replace(/,\s*including [^,]{3,60},/g, ',')
			// "Yahoo’s $4.8 billion sale to Verizon": the price names the sale; the point is the sale.
			.replace(MONEY_MODIFIER, '')
			.replace(
				/\s+(?:on|late on|early on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/g,
				''
			)
	);
}

/**
 * Where a long nut graf's point ends and its elaboration begins: "…opens a window into the
 * grocer's strategy | as it seeks to combine …, leverage … and take …".
 */
const ELABORATION =
	/\s+as (?:it|they|he|she) (?:seeks?|tries|try|looks?|aims?|moves?|works?)\b|,\s+(?:leaving|making|prompting|forcing)\b/;

/** A sentence over 30 words cut before its elaboration, when twelve words or more remain. */
export function shorten(text: string): string {
	if (words(text).length <= 30) return text;
	const at = ELABORATION.exec(text)?.index ?? -1;
	const head = at > 0 ? text.slice(0, at) : '';
	return words(head).length >= 10 ? `${head.replace(/[,;:]$/, '')}.` : text;
}

/**
 * A nut graf too long to show whole (`showable` stops at 45 words) that `shorten` cut to its
 * point: fit when the cut text would be, a statement in the author's voice.
 */
export function shortenedLede(s: Sentence, text: string): boolean {
	const cut = words(text).length <= 30 && words(s.text).length > 30;
	return cut && !s.question && !s.interviewer && !s.inQuote && !looksLikeClutter(text);
}

/** "$4.8 billion " before a noun ("sale", "deal"): a figure used as a label, not as the point. */
const MONEY_MODIFIER =
	/(?<=\b(?:a|an|the|its|their|his|her|\p{L}+[’']s)\s)\$\d[\d.,]*(?:\s(?:million|billion|trillion))?\s(?=\p{Ll}{3,})/gu;

/** A price or a share left in the statement once its labels are gone. */
// "%" ends no word: a `\b` after it never matched "34% more", which let a share be keyed.
export const PRICE_OR_SHARE = /[$£€¥]\s?\d|\d\s?(?:%|(?:percent|per cent)\b)/i;

/** ", officials said late Thursday." or ", according to the council.": who said it, not what. */
const ATTRIBUTION_TAIL =
	/,\s*(?:(?:[\p{L}.’'-]+\s+){0,6}(?:said|says|told reporters|reported|announced)(?:\s+[\p{L}]+){0,3}|according to [^,]{3,140})\.?$/iu;

/** The statement without its attribution tail, when what is left still reads as a sentence. */
export function withoutTail(text: string): string {
	const cut = text.replace(ATTRIBUTION_TAIL, '.');
	return words(cut).length >= 8 ? cut : text;
}
