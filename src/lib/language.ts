/**
 * Which language an article is written in, from stop-word profiles.
 *
 * Function words (articles, prepositions, pronouns) make up a large, stable share of any prose
 * and differ sharply between languages, so counting them is enough to tell the common school
 * languages apart (the idea behind Cavnar & Trenkle's and Grefenstette's short-word
 * classifiers, without the n-gram tables). Pure: no DOM, no I/O.
 */

export interface DetectedLanguage {
	/** BCP 47 primary tag ('en', 'es', ...) or 'und' when the text does not say. */
	code: string;
	/** English name, for the teacher ("Spanish"). */
	name: string;
	/** False when the text is too short or two languages score nearly alike. */
	confident: boolean;
}

/** Common function words, chosen so that few are shared between two lists. */
const PROFILES: Record<string, { name: string; words: string }> = {
	en: {
		name: 'English',
		words:
			'the and of to is was that for with it on as are be by this have from or at which but not they his her their has had were been an will would there what who its we you she he them said than when could about into also more after'
	},
	es: {
		name: 'Spanish',
		words:
			'el la los las del que y en un una por con para es al lo se su sus como más pero fue ha son está este esta entre cuando muy sin sobre también hasta desde porque ya le hay donde ser todo años'
	},
	fr: {
		name: 'French',
		words:
			'le la les des du de et est un une que qui dans pour pas sur au aux avec il elle ce cette sont ont été mais ou par plus ses leur nous vous ne se son être fait comme tout aussi était'
	},
	de: {
		name: 'German',
		words:
			'der die das und ist nicht den dem ein eine einen zu mit sich von auf für im auch es sie wir ich werden wird hat sind war wurde noch nach bei aus wie oder aber als einer durch dass über'
	},
	pt: {
		name: 'Portuguese',
		words:
			'o a os as do da dos das que e em um uma para com não no na nos nas por mais se foi ao como mas seu sua ele ela são também já está entre quando muito sobre isso pelo pela ser'
	},
	it: {
		name: 'Italian',
		words:
			'il lo la gli le di che e un una per non con del della dei delle nel nella è sono ma come anche più al alla ha si questo questa tra dopo stato essere hanno sua suo loro molto ancora'
	},
	nl: {
		name: 'Dutch',
		words:
			'de het een en van is dat op te in voor met niet zijn er ook aan als maar om bij door naar dan wordt werd heeft hebben nog wel worden deze dit kan zou uit over geen hun was'
	}
};

const SETS = Object.entries(PROFILES).map(([code, p]) => ({
	code,
	name: p.name,
	words: new Set(p.words.split(' '))
}));

/** Fewer matched stop words than this and the verdict is a guess. */
const MIN_HITS = 8;
/** The winner must beat the runner-up by this ratio to be called confident. */
const MIN_MARGIN = 1.3;
/** Reading the first words is enough; keeps a 100,000-character page fast. */
const MAX_WORDS = 4000;

export const UNDETERMINED: DetectedLanguage = { code: 'und', name: 'Unknown', confident: false };

export function detectLanguage(text: string): DetectedLanguage {
	const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, MAX_WORDS);
	const scores = SETS.map((lang) => ({
		lang,
		hits: words.reduce((n, w) => n + (lang.words.has(w) ? 1 : 0), 0)
	})).sort((a, b) => b.hits - a.hits);
	const [best, second] = scores as [(typeof scores)[0], (typeof scores)[0]];
	// Too few stop words, or two languages neck and neck (a bilingual page): no verdict.
	if (best.hits < MIN_HITS || best.hits < 1.1 * second.hits) return UNDETERMINED;
	// Stop words are a fair share of prose; a list of names or numbers is not prose.
	const share = best.hits / words.length;
	const confident = best.hits >= MIN_MARGIN * Math.max(second.hits, 1) && share >= 0.15;
	return { code: best.lang.code, name: best.lang.name, confident };
}
