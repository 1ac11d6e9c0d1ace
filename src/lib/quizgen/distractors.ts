/**
 * Wrong options of the same type as the answer: drawn first from the article itself (another
 * person for a person, another percentage for a percentage), then from built-in sets or, for
 * figures, from nearby values formatted like the answer.
 */
import type { Analysis, ArticleMention } from './analyse';
import {
	ORGANISATION_WORDS,
	builtInPlaces,
	isBroadRegion,
	placeKind,
	takesArticle,
	type PlaceKind
} from './gazetteer';
import { containsPhrase, foldOption, hash, memo, shuffle } from './text';

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

const NAMES = new Set(['person', 'place', 'organisation']);

/** A name in capitals ("LONDON" from a dateline). */
const UPPER = /^[\p{Lu}\s]{4,}$/u;

/** The value of the first figure in a text ("£1,200.50m" gives 1200.5), or null. */
export function numericValue(text: string): number | null {
	const match = /\d[\d,]*(?:\.\d+)?/.exec(text);
	return match ? Number(match[0].replace(/,/g, '')) : null;
}

/** The same text with its first figure replaced by `value`, keeping decimals and separators. */
function withValue(text: string, value: number): string {
	return text.replace(/\d[\d,]*(?:\.\d+)?/, (figure) => {
		const decimals = figure.split('.')[1]?.length ?? 0;
		const [whole = '', fraction] = value.toFixed(decimals).split('.');
		// toLocaleString would do this, but it is ~100 times slower and this runs per option.
		const grouped = figure.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
		return fraction === undefined ? grouped : `${grouped}.${fraction}`;
	});
}

/** Nearby values that read like real figures: halves, doubles, years a few apart. */
function nearbyFigures(answer: ArticleMention): string[] {
	const value = numericValue(answer.text);
	// "9/11", "24/7", "2^15": a changed part makes no real figure ("7/11", "18/7").
	if (value === null || /\d\s*[/^:]\s*\d/.test(answer.text)) return [];
	const decade = /\b(1[89]|20)\d0s\b/.test(answer.text);
	const isYear = /\b(1[89]|20)\d{2}\b/.test(answer.text);
	// Only a year can move: "December 15" times three is "December 45", no date at all.
	if (answer.type === 'date' && !decade && !(isYear && /^\D*\d{4}\D*$/.test(answer.text)))
		return [];
	const decimals = answer.text.match(/\.(\d+)/)?.[1]?.length ?? 0;
	// Rounded as the answer is ("750" gives "600", not "562.5"); factors that are not simple
	// halves and doubles, so the answer is not the one value the others are multiples of.
	const step = decimals > 0 ? 0 : (/([1-9])(0*)\D*$/.exec(answer.text)?.[2]?.length ?? 0);
	const round = (n: number) =>
		step > 0 ? Math.round(n / 10 ** step) * 10 ** step : Number(n.toFixed(decimals));
	const candidates = decade
		? [-20, 10, -10, 20].map((offset) => value + offset)
		: isYear
			? [-2, 1, 3, -1].map((offset) => value + offset)
			: [0.6, 0.8, 1.3, 0.4, 1.7, 2.2].map((factor) => round(value * factor));
	return (
		candidates
			.filter((n) => n > 0 && n !== value && (answer.type !== 'percent' || n < 100))
			// "$13.7 billion" times 0.8 is "$11.0 billion": nobody writes the ".0", so it reads made up.
			.filter((n) => decimals === 0 || !Number.isInteger(n))
			.map((n) => withValue(answer.text, n))
	);
}

/** Same-type facts named in the article, in the answer's form (surname for a surname). */
function articleFacts(answer: ArticleMention, analysis: Analysis): readonly string[] {
	// Asked once per question: each scan of the article's whole pool, repeated, grew quadratically.
	let byAnswer = factsFor.get(analysis);
	if (!byAnswer) factsFor.set(analysis, (byAnswer = new Map()));
	const key = `${answer.type}/${answer.subtype}\u0000${answer.text}`;
	let facts = byAnswer.get(key);
	if (!facts) byAnswer.set(key, (facts = scanFacts(answer, analysis)));
	return facts;
}

const factsFor = new WeakMap<Analysis, Map<string, readonly string[]>>();

function scanFacts(answer: ArticleMention, analysis: Analysis): string[] {
	if (answer.type === 'person') {
		const names = analysis.facts.get('person/full') ?? [];
		const forms = answer.subtype === 'short' ? names.map(surname) : names;
		return forms.filter((name) => surname(name) !== surname(answer.text));
	}
	if (answer.type === 'number') return []; // counts of different things are not comparable
	const pool = analysis.facts.get(`${answer.type}/${answer.subtype}`) ?? [];
	if (answer.type === 'money') return pool.filter((o) => comparable(o, answer.text));
	if (answer.type !== 'organisation') return pool;
	// A university for a university, a bank for a bank, first; other organisations after.
	return [
		...pool.filter((o) => sameKind(o, answer.text)),
		...pool.filter((o) => !sameKind(o, answer.text))
	];
}

/**
 * Two amounts a reader could confuse: within a factor of ten ("$15" is no price for a $500
 * console) and both written in figures or both in words ("two pounds" beside "8.4 pounds").
 */
function comparable(candidate: string, answer: string): boolean {
	const a = numericValue(candidate);
	const b = numericValue(answer);
	if ((a === null) !== (b === null)) return false;
	const magnitude = (x: string) => /\b(?:m|bn|k|million|billion|trillion)\b/i.exec(x)?.[0] ?? '';
	if (magnitude(candidate).toLowerCase() !== magnitude(answer).toLowerCase()) return false;
	return a === null || b === null || (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 10);
}

/**
 * Two organisations of one kind: they share their kind word ("University", "Bank") or are both
 * acronyms ("FBI", "SEC"), so one can stand in for the other in a sentence.
 */
export function sameKind(a: string, b: string): boolean {
	if (isAcronym(a) && isAcronym(b)) return true;
	const kindsOfB = kindWords(b);
	return kindWords(a).some((w) => kindsOfB.includes(w));
}

const isAcronym = (x: string) => /^[A-Z]{2,6}$/.test(x);

/** A name's kind words ("University", "Bank"): asked of every option pool's names many times. */
const kindWords = memo((x: string) => x.split(/\s+/).filter((w) => ORGANISATION_WORDS.has(w)));

/**
 * Whether one organisation can plausibly stand in for another: the same kind ("University",
 * "Bank", two acronyms), or two plain names with no kind word ("Microsoft", "Sony").
 */
export function sameOrganisationKind(a: string, b: string): boolean {
	if (sameKind(a, b)) return true;
	const plain = (x: string) => !isAcronym(x) && kindWords(x).length === 0;
	return plain(a) && plain(b);
}

function builtInFacts(answer: ArticleMention): string[] {
	if (answer.type === 'place') return builtInPlaces(answer.subtype as PlaceKind);
	if (['number', 'percent', 'money', 'date'].includes(answer.type)) return nearbyFigures(answer);
	return [];
}

/** "Securities and Exchange Commission" gives "SEC": the initials of its capitalised words. */
export const initials = memo((name: string): string =>
	(name.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []).map((w) => w[0]).join('')
);

/** A name's capitalised words, sorted: memoised, as every candidate is compared with every option. */
const nameKey = memo((x: string): string =>
	(x.match(/\p{Lu}[\p{L}’'-]*/gu) ?? [])
		.map((w) => w.toLowerCase())
		.sort()
		.join(' ')
);

/**
 * Two names for one thing: an acronym and its full name ("SEC"), or one name inside the other
 * ("Northwind" and "Northwind Bank"). Offering both would give two right answers.
 */
export function sameName(a: string, b: string): boolean {
	// Every candidate is compared with the answer and each option taken: one answer per pair.
	let row = sameNames.get(a);
	if (!row) sameNames.set(a, (row = new Map()));
	let same = row.get(b);
	if (same === undefined) {
		if (sameNames.size > 20000) sameNames.clear();
		row.set(b, (same = namesOneThing(a, b)));
	}
	return same;
}

const sameNames = new Map<string, Map<string, boolean>>();

function namesOneThing(a: string, b: string): boolean {
	const acronym = (x: string, y: string) => /^[A-Z]{2,6}$/.test(x) && initials(y) === x;
	if (acronym(a, b) || acronym(b, a)) return true;
	if (a !== b && (containsPhrase(a, b) || containsPhrase(b, a))) return true;
	// "Department of Environmental Protection" and "Environmental Protection Department".
	return nameKey(a).includes(' ') && nameKey(a) === nameKey(b);
}

/**
 * The unit a figure is counted in: its currency, or "%". A distractor for "€180" is never "$38".
 */
export function unitOf(text: string): string {
	const currency = /[$£€¥]|\b(?:reais|real|pesos?|euros?|dollars?|pounds?|yen|rupees?)\b/i.exec(
		text
	);
	const percent = /%|per ?cent/i.test(text) ? '%' : '';
	return `${currency?.[0].toLowerCase() ?? ''}${percent}`;
}

/**
 * A percentage a reader could take for the answer: "400%" is no share of children when the
 * answer is "3% of kids", and "80%" beside "3%" is a different order of size, out at a glance.
 */
function plausibleShare(candidate: string, answer: string): boolean {
	const a = numericValue(candidate);
	const b = numericValue(answer);
	if (a === null || b === null || a <= 0 || b <= 0) return a === b;
	if (b <= 100 && a > 100) return false;
	return Math.max(a, b) / Math.min(a, b) <= 10;
}

/**
 * A place that could stand where the answer stands: not one that contains it or lies inside it
 * ("Sudan" for a town in Sudan, "Africa" for Darfur: both would be true), and a continent or
 * wide region only for another.
 */
function plausiblePlace(candidate: string, answer: string, analysis: Analysis): boolean {
	if (isBroadRegion(candidate) !== isBroadRegion(answer)) return false;
	const known = [placeKind(candidate), placeKind(answer)];
	if (known[0] && known[1] && known[0] !== known[1]) return false;
	return !nested(analysis, candidate, answer) && !nested(analysis, answer, candidate);
}

/** Whether the article places `inner` inside `outer` ("Khartoum, Sudan", "Sudan's Darfur"). */
function nested(analysis: Analysis, inner: string, outer: string): boolean {
	// Each pair is asked once per article: every place question scans every paragraph.
	let seen = nestings.get(analysis);
	if (!seen) nestings.set(analysis, (seen = new Map()));
	const pair = `${inner}\u0000${outer}`;
	let found = seen.get(pair);
	if (found === undefined) seen.set(pair, (found = nestedIn(analysis, inner, outer)));
	return found;
}

const nestings = new WeakMap<Analysis, Map<string, boolean>>();

/** The paragraphs whose text contains `name`: one scan per name, not one per pair of names. */
function paragraphsWith(analysis: Analysis, name: string): string[] {
	let byName = containing.get(analysis);
	if (!byName) containing.set(analysis, (byName = new Map()));
	let found = byName.get(name);
	if (!found) byName.set(name, (found = analysis.paragraphs.filter((p) => p.includes(name))));
	return found;
}

const containing = new WeakMap<Analysis, Map<string, string[]>>();

function nestedIn(analysis: Analysis, inner: string, outer: string): boolean {
	// Most pairs never share a paragraph: the pattern (slow to compile) is built only when one does.
	const withOuter = new Set(paragraphsWith(analysis, outer));
	const both = paragraphsWith(analysis, inner).filter((p) => withOuter.has(p));
	if (both.length === 0) return false;
	const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const [i, o] = [escape(inner), escape(outer)];
	const shapes = new RegExp(
		`\\b${i},\\s+${o}\\b|\\b${o}[’']s\\s+(?:\\p{L}+\\s+){0,3}${i}\\b|\\b${i}\\s+in\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}${o}\\b`,
		'u'
	);
	return both.some((p) => shapes.test(p));
}

export interface DistractorRequest {
	answer: ArticleMention;
	analysis: Analysis;
	/** Texts the student sees with the question: a distractor named there would be a giveaway. */
	avoid: string;
	count: number;
	seed: number;
	/** Only candidates this accepts (a woman for "her", an organisation of the answer's kind). */
	keep?: (value: string) => boolean;
	/** How many distractors a name needs from the article itself (default 2). */
	minFromArticle?: number;
}

export interface Distractors {
	values: string[];
	fromArticle: number;
}

/** Up to `count` distinct wrong values; article facts first, then built-in ones in seeded order. */
export function pickDistractors(request: DistractorRequest): Distractors {
	const { answer, analysis, avoid, count, seed } = request;
	const taken = new Set([foldOption(answer.text)]);
	const answerValue = numericValue(answer.text);
	const isName = NAMES.has(answer.type);
	const answerUnit = isName ? '' : unitOf(answer.text);
	const answerUpper = UPPER.test(answer.text);
	const answerDigits = /\d/.test(answer.text);
	const values: string[] = [];
	const accept = (candidate: string) => {
		// Every test is pure, so their order changes nothing but cost: cheap ones first.
		const key = foldOption(candidate);
		if (taken.has(key)) return false;
		// "LONDON" from a dateline beside "Khartoum": the odd case is a tell.
		if (UPPER.test(candidate) !== answerUpper) return false;
		// "two" beside "8.4", or "21" beside "twenty": the odd format is a tell.
		if (!isName && /\d/.test(candidate) !== answerDigits) return false;
		if (answerValue !== null && numericValue(candidate) === answerValue) return false;
		if (answer.type === 'place' && takesArticle(candidate) !== takesArticle(answer.text))
			return false;
		if (isName ? sameName(candidate, answer.text) : unitOf(candidate) !== answerUnit) return false;
		if (containsPhrase(avoid, candidate)) return false;
		// Two forms of one name among the options ("Environmental Protection Department").
		if (isName && values.some((v) => sameName(v, candidate))) return false;
		if (request.keep && !request.keep(candidate)) return false;
		if (answer.type === 'percent' && !plausibleShare(candidate, answer.text)) return false;
		if (answer.type === 'place' && !plausiblePlace(candidate, answer.text, analysis)) return false;
		taken.add(key);
		return true;
	};
	const take = (candidates: readonly string[]) => {
		for (const candidate of candidates) {
			if (values.length === count) return;
			if (accept(candidate)) values.push(candidate);
		}
	};
	take(articleFacts(answer, analysis));
	const fromArticle = values.length;
	// Only names need the built-in list, and only when the article ran short.
	if (values.length < count) take(shuffle(builtInFacts(answer), hash(answer.text, seed)));
	return { values, fromArticle };
}

/**
 * The answer and its distractors in a seeded order, or null when too few exist. A name needs
 * two distractors from the article itself: a random built-in country beside "Mexico" is absurd
 * on its own, though it may fill a fourth slot. Figures near the answer are always plausible.
 */
export function optionsFor(
	request: DistractorRequest
): { options: string[]; quality: number } | null {
	const distractors = pickDistractors(request);
	const isName = NAMES.has(request.answer.type);
	const minimum = request.minFromArticle ?? 2;
	if (distractors.values.length < 2 || (isName && distractors.fromArticle < minimum)) return null;
	const options = shuffle([request.answer.text, ...distractors.values], request.seed);
	const builtIn = isName ? 3 - distractors.fromArticle : 0;
	const quality = 1 - 0.1 * (3 - distractors.values.length) - 0.06 * builtIn;
	return { options, quality };
}
