import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { genderOfName } from '../gazetteer';
import { explain, isStandalone } from '../sentences';
import { containsPhrase, memo, memoPer, wordCount, words } from '../text';
import type { Lexicon } from '../lexicon/types';
import type { QuestionDraft } from '../types';

/** A draft before ranking: `quality` is the rule's own confidence, 0..1. */
export interface Candidate extends Omit<QuestionDraft, 'score'> {
	quality: number;
	/** Which sentence it rests on ("2:0"), and which fact it tests, for duplicate checks. */
	sentenceKey: string;
	factKey: string;
	/** A true/false swap's swapped-in value: two items on one swap test one thing twice. */
	swapKey?: string;
}

export interface RuleContext {
	analysis: Analysis;
	seed: number;
	/** A dictionary for word-meaning questions; without one, none are made. */
	lexicon?: Lexicon;
}

export const sentenceKey = (s: Sentence) => `${s.paragraph}:${s.index}`;

export const evidenceOf = (s: Sentence) => ({ paragraph: s.paragraph, start: s.start, end: s.end });

/** Readers' names for each fact type, used in "Which … completes …" prompts. */
export const TYPE_NOUN: Record<ArticleMention['type'], string> = {
	person: 'name',
	place: 'place',
	organisation: 'organisation',
	number: 'number',
	percent: 'percentage',
	money: 'amount',
	date: 'date'
};

/** The sentence with one mention replaced by `replacement`. */
export function replaceMention(s: Sentence, m: ArticleMention, replacement: string): string {
	return s.text.slice(0, m.start - s.start) + replacement + s.text.slice(m.end - s.start);
}

/**
 * A place or organisation used as a modifier ("US pressure", "FBI special agent") cannot be
 * swapped or blanked naturally, and the words after it often give it away.
 */
export function isModifier(s: Sentence, m: ArticleMention): boolean {
	if (m.type !== 'place' && m.type !== 'organisation') return false;
	const next = s.tokens.find((t) => t.start >= m.end);
	return !!next && (next.pos === 'NOUN' || next.pos === 'ADJ') && next.start === m.end + 1;
}

/** A mention that occurs once in its sentence, so blanking it leaves no copy behind. */
export function occursOnce(s: Sentence, m: ArticleMention): boolean {
	return s.text.split(m.text).length === 2;
}

export function explanationFor(ctx: RuleContext, s: Sentence, because: string): string {
	return `${explain(ctx.analysis, s.paragraph, s.start, s.end)}, so ${because}.`;
}

/**
 * How guessable a blank on this fact is: a possessive ("_____’s response") or a name the article
 * repeats in many paragraphs (the obvious "Mexico") can be filled in without reading closely.
 */
export function guessability(ctx: RuleContext, s: Sentence, m: ArticleMention): number {
	const possessive = /^[’']s\b/.test(s.text.slice(m.end - s.start));
	const common = isCommon(ctx, m.text);
	return (possessive ? 0.3 : 0) + (common ? 0.3 : 0) + (inTitle(ctx, m.text) ? 0.4 : 0);
}

/** A name in more than three paragraphs of ten (and in two at least) is the obvious actor. */
export function isCommon(ctx: RuleContext, name: string): boolean {
	const surname = name.split(/\s+/).pop() ?? name;
	const { spread } = ctx.analysis;
	const paragraphs = Math.max(spread.get(name) ?? 1, spread.get(`person:${surname}`) ?? 0);
	// In a short article one mention is already a large share: a name must recur to be common.
	return paragraphs >= 2 && paragraphs / Math.max(ctx.analysis.paragraphs.length, 1) > 0.3;
}

/** A name the headline gives ("… With Harbour Engineer Lucía Ferreira") is no test of reading. */
export function inTitle(ctx: RuleContext, name: string): boolean {
	const surname = name.split(/\s+/).pop() ?? name;
	return containsPhrase(ctx.analysis.title, name) || containsPhrase(ctx.analysis.title, surname);
}

/**
 * Page furniture the cleaner may let through: captions and credits ("Photo:", "(Getty Images)"),
 * teasers and calls to action ("Read more", "Sign up"), © lines, and the author's bio line
 * ("Dana Reyes is the author of …"). Nothing is asked about such a sentence.
 */
const CLUTTER = [
	/^(?:photo(?:graph)?|image|picture|video|credit|caption|source|watch|listen|related|advertisement|editor['’]s note)\s*[:|]/i,
	/\((?:[^)]*\b(?:getty|reuters|afp|epa|ap photo|associated press|shutterstock|alamy|file photo)\b[^)]*)\)/i,
	/\b(?:getty images|ap photo|photo by|photograph by|image credit|all rights reserved)\b/i,
	/^(?:read|see|click|tap|sign up|subscribe|follow|share|download|listen|watch)\b.{0,40}\b(?:here|more|now|newsletter|us|app|story|article|below)\b/i,
	/\b(?:sign up for|subscribe to|follow us|our newsletter|read more|click here|originally (?:appeared|published))\b/i,
	/©|\bcopyright\b/i,
	/^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}\s+(?:covers|writes about|reports on|reported from|contributed to)\b.{0,60}$/u,
	/^(?:above|below|left|right|top|bottom|pictured|inset|main picture)\s*[,:]|;\s*(?:left|right|above|below)\s*,/i,
	/^(?:by|written by|reporting by|additional reporting)\s+\p{Lu}/u,
	/^[\p{Lu}][\p{L}.'’ -]{2,40}\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:author|editor|writer|contributor|correspondent|reporter|columnist|fellow)\b(?:\s+(?:of|at|for|covering|who|based)\b.*)?\.?$/u
];

/**
 * A photo caption the cleaner kept as a paragraph: it stops without a full stop ("…the recovery
 * operation started by his father"), or opens as captions do ("Clockwise from top:", "From left,").
 * Nothing in such a paragraph is asked about, not even its first, well-formed sentence.
 */
export function inCaption(analysis: Analysis, paragraph: number): boolean {
	const text = (analysis.paragraphs[paragraph] ?? '').trim();
	return (
		!/[.!?…”"’)]$/.test(text) ||
		/^(?:clockwise from|from (?:left|right|top)|pictured)\b/i.test(text)
	);
}

// Asked of the same sentences by every rule and by the caption checks: tested once per text.
export const isClutter = memo((text: string): boolean =>
	CLUTTER.some((shape) => shape.test(text.trim()))
);

/**
 * Opening words that lean on the sentence before ("That's a total of…", "At the latter event",
 * "In addition"): cut out of their paragraph they leave the student guessing what is meant.
 */
const LEANS_BACK =
	/^(?:that['’]s|that is|this is|here['’]s|there['’]s|so|then|also|too|in addition|additionally|moreover|furthermore|likewise|similarly|instead|otherwise|still|even so|as a result|at the (?:latter|former|same)|the (?:latter|former|same)|in (?:that|this) (?:case|way|sense))\b/i;
/** A mid-sentence ", though," or ", however," answers a sentence the item does not show. */
const ASIDE =
	/,\s*(?:though|however|too|then|instead|in turn|in comparison|by contrast)\s*[,.]|^(?:Or|And|But|Yet|Meanwhile|In practice)\b|,\s*for (?:his|her|their|its) part,|\bis this:|^\p{Lu}[\p{L}.' ]{1,30}(?:,\s*\p{Lu}[\p{L}.' ]{1,30})?\s+[—–-]\s/u;
/** A sentence cut at an abbreviation ("…led by Ana Ortiz, Ph."): the splitter stopped early. */
const CUT_ABBREVIATION = /\b(?:Ph|Dr|Mr|Mrs|Ms|St|Jr|Sr|No|Inc|Co|Gov|Sen|Rep|Prof|Gen|Lt|Col)\.$/;
/** First person outside quotation marks: the author's own voice, no fact to recall. */
const FIRST_PERSON = /\b(?:I|I['’](?:ve|m|d|ll)|me|my|we|we['’](?:ve|re|d|ll)|us|our|you|your)\b/;
/** Formula and code shapes ("2^15", "10 * 300 = 3,000"): no sentence for a reading question. */
const FORMULA = /[\^*=<>{}[\]|\\]|\b\w+\(\)/;

/** Text outside quotation marks, so a quoted "we" is not the author's voice. */
function unquoted(text: string): string {
	return text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ');
}

/**
 * A sentence a recall item may rest on: standalone (`isStandalone`), not page furniture, not
 * leaning on the sentence before, not the author's first person, not a formula, 6 to 35 words,
 * starting with a capital letter (a lower-case start is a code word or a cut).
 */
// Memoised per sentence: nearly every rule asks it of every sentence.
export const fitForRecall = memoPer((s: Sentence): boolean => {
	if (!plainText(s.text) || FIRST_PERSON.test(unquoted(s.text)) || !hasFiniteVerb(s)) return false;
	return !PRONOUN_SUBJECT.test(s.text) && isStandalone(s);
});

/** "Published in 1963, it has…": a subject "it" or "they" points outside the sentence. */
const PRONOUN_SUBJECT = /^(?:[^,“"]{0,60},\s*)?(?:it|they|this|that)\s+\p{Ll}/iu;

/**
 * A caption has no finite verb ("Workers repairing a main in Queens.", "Peacekeepers at a camp
 * on Monday."): only a participle or nothing. A sentence needs an AUX or a verb not in -ing.
 */
function hasFiniteVerb(s: Sentence): boolean {
	return s.tokens.some(
		(t, i) =>
			t.pos === 'AUX' ||
			(t.pos === 'VERB' && !/ing$/i.test(t.text) && s.tokens[i - 1]?.text.toLowerCase() !== 'to')
	);
}

/** The text checks of `fitForRecall`, for a sentence quoted from a named speaker. */
export const plainText = memo((text: string): boolean => {
	const count = wordCount(text);
	if (count < 6 || count > 35 || !/^[“"‘]?\p{Lu}/u.test(text)) return false;
	if (isClutter(text) || LEANS_BACK.test(text.replace(/^[“"‘]/, ''))) return false;
	if (ASIDE.test(text) || CUT_ABBREVIATION.test(text)) return false;
	return !FORMULA.test(text);
});

/**
 * How much of `shown` (a Part A prompt and answer) a sentence repeats: the share of `shown`'s
 * content words (four letters or more) that occur in `sentence`. A Part B key that repeats most
 * of Part A is a matching exercise, not evidence.
 */
export function repeatedShare(shown: string, sentence: string): number {
	const content = (text: string) => new Set(words(text).filter((w) => w.length >= 4));
	const shownWords = content(shown);
	if (shownWords.size === 0) return 0;
	const sentenceWords = content(sentence);
	let shared = 0;
	for (const w of shownWords) if (sentenceWords.has(w)) shared++;
	return shared / shownWords.size;
}

/** Each person's gender where the article shows it (a first name, "Mr", "Ms"); built once. */
const genders = new WeakMap<Analysis, Map<string, 'female' | 'male'>>();
function genderIndex(analysis: Analysis): Map<string, 'female' | 'male'> {
	let index = genders.get(analysis);
	if (index) return index;
	const built = new Map<string, 'female' | 'male'>();
	const surname = (name: string) => name.split(/\s+/).pop() ?? name;
	for (const m of analysis.mentions) {
		if (m.type !== 'person') continue;
		const before = (analysis.paragraphs[m.paragraph] ?? '').slice(
			Math.max(0, m.start - 6),
			m.start
		);
		const title = /(\p{Lu}[\p{L}]*\.?)\s+$/u.exec(before)?.[1];
		const gender = genderOfName(m.subtype === 'full' ? m.text : '', title);
		if (gender && !built.has(surname(m.text))) built.set(surname(m.text), gender);
	}
	genders.set(analysis, (index = built));
	return index;
}

/** A person's gender as the article shows it, or null when it does not. */
export function genderOf(ctx: RuleContext, name: string): 'female' | 'male' | null {
	return genderIndex(ctx.analysis).get(name.split(/\s+/).pop() ?? name) ?? null;
}

/** The gender a prompt's own pronouns show ("…announced her resignation"), or null. */
export function genderShown(text: string): 'female' | 'male' | null {
	const shown = unquoted(text);
	const female = /\b(?:she|her|hers|herself)\b/i.test(shown);
	const male = /\b(?:he|him|his|himself)\b/i.test(shown);
	return female === male ? null : female ? 'female' : 'male';
}
