/**
 * How a side of a cause-effect link is cut from its sentence: attribution and connectives off,
 * and long enough to be an event.
 */
import { words } from '../text';

/** A tail such as ", officials said" or ", according to the report" is attribution, not cause. */
export const ATTRIBUTION =
	/,\s*(?:according to|(?:[\p{L}.’'-]+\s){0,4}(?:said|says|told|added|noted))\b.*$/iu;

/** A connective before the clause ("As a result, …", "Today, …") belongs to the sentence, not the clause. */
const LEAD = /^(?:as a result|however|still|today|now|instead|meanwhile|in turn),\s+/i;

export const trimTail = (text: string) =>
	text
		.trim()
		.replace(/[.!]+$/, '')
		.replace(ATTRIBUTION, '')
		.replace(LEAD, '')
		.trim();

export const enough = (text: string, min: number) => words(text).length >= min;

/**
 * The most words a noun-phrase side holds ("the release of a crude online video about the
 * prophet"): longer, it is a clause in disguise and no fit beside other phrases.
 */
export const PHRASE_WORDS = 12;

/** A noun-phrase side of a fit size: two words at least ("the noise"), `PHRASE_WORDS` at most. */
export const phraseSized = (text: string) => {
	const size = words(text).length;
	return size >= 2 && size <= PHRASE_WORDS;
};

/** The first of a list of causes ("demand for drugs, the flow of weapons, and …"): one is enough. */
export function firstItem(list: string): string {
	const parts = list.split(/,\s+/);
	return parts.length > 1 && /\band\b/.test(parts.at(-1) ?? '') ? (parts[0] as string) : list;
}

/**
 * The noun phrase a participle of result names ("…, leading to condemnation around the world,
 * …" gives "condemnation around the world"), or null when it names who acts ("forcing them to
 * …"): a stated effect of the same form as a noun-phrase key.
 */
export function resultPhrase(effect: string): string | null {
	const m =
		/^(?:prompting|leading to|sparking|causing|triggering|resulting in|setting the stage for|paving the way for)\s+(.+)$/i.exec(
			effect
		);
	const phrase = m ? (firstItem(m[1] as string).split(/,\s+/)[0] as string) : '';
	if (!m || /\bto\b/i.test(phrase) || /^(?:him|her|them|it|us|me)\b/i.test(phrase)) return null;
	return phraseSized(phrase) ? phrase : null;
}
