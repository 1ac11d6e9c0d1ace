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

