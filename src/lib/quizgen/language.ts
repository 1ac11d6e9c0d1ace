/**
 * A lightweight language check: the share of a text's words that are common English function
 * words against the share that are common function words of other languages the corpus meets
 * (Spanish, French, German, Italian, Portuguese). English prose runs at 35–50% English function
 * words; a Spanish article at under 10%. Enough to refuse honestly rather than wrap English
 * templates around a sentence in another language.
 */
import { words } from './text';

const ENGLISH = new Set(
	'the of and to a in is that for it on was with as he she by at from his her they be this are have has had not but or an which were been their its who will would said there one we you all more also than about after'.split(
		' '
	)
);
const OTHER = new Set(
	'el la los las del de que y en un una por con para es se al lo como más pero sus le les des et est une pour dans qui sur au du pas der die das und ist nicht mit den dem zu ein eine auf für il di che non per della sono nel não em os uma com mais dos das pelo'.split(
		' '
	)
);

/** 'en' when the text reads as English, 'other' when it plainly does not, 'unknown' when too short. */
export function detectLanguage(text: string): 'en' | 'other' | 'unknown' {
	const all = words(text.slice(0, 20000));
	if (all.length < 30) return 'unknown';
	let english = 0;
	let other = 0;
	for (const word of all) {
		if (ENGLISH.has(word)) english++;
		else if (OTHER.has(word)) other++;
	}
	return english >= 0.15 * all.length && english > 2 * other ? 'en' : 'other';
}

export const NOT_ENGLISH =
	'This article does not appear to be in English, so no questions were made: the question templates only read English text.';
