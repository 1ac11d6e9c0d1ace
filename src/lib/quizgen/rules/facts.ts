/**
 * Questions on one fact in a sentence (a name, place or figure): "Which percentage completes
 * this sentence?" as multiple choice, and which facts are worth asking at all (no trivia, no
 * statement leaning on the sentence before). True/false items on those facts: `true-false.ts`.
 */
import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { numericValue, optionsFor, sameOrganisationKind } from '../distractors';
import { ORGANISATION_WORDS, PERSON_ROLES, TITLES } from '../gazetteer';
import { sameRole } from '../roles';
import { challengedVersion, isStandalone, quotedSpeaker } from '../sentences';
import type { Token } from '../nlp';
import { hash, inQuotes, memo, words } from '../text';
import { BLANK } from '../types';
import {
	TYPE_NOUN,
	evidenceOf,
	explanationFor,
	fitForRecall,
	genderOf,
	genderShown,
	guessability,
	inCaption,
	plainText,
	isModifier,
	occursOnce,
	replaceMention,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';

/** Facts worth asking about: figures first, then people, organisations and places. */
export const TYPE_WEIGHT: Record<ArticleMention['type'], number> = {
	percent: 1,
	money: 1,
	number: 0.9,
	date: 0.85,
	person: 0.9,
	organisation: 0.85,
	place: 0.75
};

/** Counts spelled out, at their own index. */
export const SPELLED =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
		' '
	);

/** Below this, a bare count ("among _____ countries", "in _____ equations") is trivia to recall. */
const SMALL_COUNT = 20;

/** What a measure or a span is counted in: "2 centimetres", "5.3 metres", "7 years" stay askable. */
const UNIT =
	/^(?:(?:centi|milli|kilo)?met(?:re|er)s?|km|cm|mm|miles?|feet|foot|inch(?:es)?|degrees?|kg|kilos?|pounds?|tons?|tonnes?|lit(?:re|er)s?|gallons?|hours?|minutes?|seconds?|days?|weeks?|months?|years?)$/i;

/**
 * A bare whole count under `SMALL_COUNT` ("among _____ countries", "in _____ equations"), in
 * figures or words: no blank a teacher would keep. A measure with its unit is no bare count.
 */
export function smallCount(s: Sentence, m: ArticleMention): boolean {
	if (m.type !== 'number') return false;
	const spelled = SPELLED.indexOf(m.text.toLowerCase());
	if (spelled < 0 && !/^\d+$/.test(m.text)) return false;
	const next = s.tokens.find((t) => t.start >= m.end)?.text ?? '';
	if (UNIT.test(next)) return false;
	const value = spelled > 0 ? spelled : numericValue(m.text);
	return value !== null && value < SMALL_COUNT;
}

/**
 * Facts worth a recall item: never a date (guessable, and a swapped day proves nothing), an
 * age (", 21,"), or a bare count without the thing counted ("the _____ and the 3"); a name
 * or organisation only when it occurs once and is not a modifier ("US pressure").
 */
export function askableFact(s: Sentence, m: ArticleMention): boolean {
	if (!occursOnce(s, m) || isModifier(s, m) || m.type === 'date') return false;
	if (partOfLongerName(s, m) || inParentheses(s, m) || inListOfNames(s, m)) return false;
	// "in downtown _____, Australia": the place after it rules out every rival not inside it.
	if (m.type === 'place' && qualifiedPlace(s, m)) return false;
	// "mark it as $0": nothing was counted.
	if (m.type !== 'person' && /\d/.test(m.text) && numericValue(m.text) === 0) return false;
	if (trivialFigure(m)) return false;
	if (m.type === 'person') return !onlyPersonBeforePronoun(s, m);
	if (m.type !== 'number') return true;
	const after = s.tokens.filter((t) => t.start >= m.end);
	const before = s.text.slice(0, m.start - s.start);
	if (/,\s*$/.test(before) && after[0]?.text === ',') return false; // an age
	const value = numericValue(m.text);
	if (value === null || value === 0 || /[/^]/.test(m.text)) return false;
	// "Xbox 360", "PlayStation 4": a number after a capitalised word is part of a name.
	if (/\p{Lu}[\p{L}]*\s+$/u.test(before) && before.trim().length > 0) return false;
	// "Of the 700 city laborers who work on water mains, many learn …": the count frames the
	// group; the sentence tells what many of them do (a blind judge: an incidental headcount).
	if (/^(?:of|among) the\s+$/i.test(before)) return false;
	return countsSomething(after);
}

const FIGURE_TYPES = new Set(['percent', 'money', 'number']);

/**
 * A figure no teacher asks a student to recall: an exact long count ("153,542 potholes": four
 * significant digits or more), a reading to two decimals ("3.14 volts"), a tenth that is a
 * formatting artefact ("16.0"). One decimal is how shares, sums and measures are reported
 * ("3.5 percent", "$1.4 billion", "5.3 metres").
 */
export function trivialFigure(m: ArticleMention): boolean {
	if (!FIGURE_TYPES.has(m.type)) return false;
	if (/\d\.0\b/.test(m.text) || /\d\.\d{2,}/.test(m.text)) return true;
	const digits = (/\d[\d,]*/.exec(m.text)?.[0] ?? '').replace(/,/g, '').replace(/0+$/, '');
	return digits.length >= 4;
}

/** Number words that open a sentence with nobody and nothing named: "Two people died." */
const BARE_OPENING =
	/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b/i;
/** A place or body only the sentence before names: "in the country", "the city's …". */
const UNRESOLVED_PLACE =
	/\b(?:the|this|that)\s+(?:country|nation|city|town|region|state|island|capital|area|province|company|firm|group)\b/i;
/** "this payload", "these figures": a demonstrative pointing back at a sentence not shown. */
const POINTS_BACK = /\b(?:this|these|those)\s+(?!year\b|week\b|month\b|morning\b|time\b)\p{Ll}+/iu;

/**
 * A sentence that reads alone: a statement or completion is shown without its paragraph, so it
 * must say who or what it is about ("Two people died" says neither; "in the country" leans on
 * the sentence before).
 */
export function lacksContext(s: Sentence): boolean {
	const text = s.text.replace(/“[^”]*”/g, ' ');
	if (words(s.text).length < 10 || BARE_OPENING.test(s.text.trim())) return true;
	return UNRESOLVED_PLACE.test(text) || POINTS_BACK.test(text);
}
const BRIEF = 350;
const lengths = new WeakMap<Analysis, number>();
function briefWords(analysis: Analysis): number {
	let n = lengths.get(analysis);
	if (n === undefined) {
		n = analysis.paragraphs.reduce((sum, p) => sum + p.split(/\s+/).length, 0);
		lengths.set(analysis, n);
	}
	return n;
}

/**
 * A figure is worth recalling only when the article returns to it (the same figure in another
 * paragraph): a figure stated once in passing ("12 miles of gas line", "26.6 MB", the count in an
 * opening anecdote) is trivia, not the article's point. Names and places are not figures.
 */
export function centralFigure(ctx: RuleContext, s: Sentence, m: ArticleMention): boolean {
	if (!FIGURE_TYPES.has(m.type)) return true;
	// A brief (up to some 350 words) is all point: each figure in it carries the story.
	if (briefWords(ctx.analysis) <= BRIEF) return true;
	// The same figure of the same thing: "400 laborers" is not returned to by "400 breaks".
	const at = figureParagraphs(ctx.analysis).get(figureKey(ctx.analysis, s.paragraph, m));
	return !!at && (at.size > 1 || (at.size === 1 && !at.has(s.paragraph)));
}

/** "400 laborers" as `number 400 laborers`: a figure's type, its text and the word it counts. */
function figureKey(analysis: Analysis, paragraph: number, m: ArticleMention): string {
	const after = (analysis.paragraphs[paragraph] ?? '').slice(m.end);
	const counted = /^\s*([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
	return `${m.type} ${m.text.toLowerCase()} ${counted}`;
}

/** Each figure key → the paragraphs stating it; built once, not rescanned per figure. */
const figureIndexes = new WeakMap<Analysis, Map<string, Set<number>>>();
function figureParagraphs(analysis: Analysis): Map<string, Set<number>> {
	let index = figureIndexes.get(analysis);
	if (!index) {
		index = new Map();
		for (const o of analysis.mentions) {
			const key = figureKey(analysis, o.paragraph, o);
			index.set(key, (index.get(key) ?? new Set()).add(o.paragraph));
		}
		figureIndexes.set(analysis, index);
	}
	return index;
}

/** A place followed by the place it lies in ("Sydney, Australia"), or after one ("Peru's Cusco"). */
function qualifiedPlace(s: Sentence, m: ArticleMention): boolean {
	const after = s.mentions.find((o) => o.type === 'place' && o.start > m.end);
	const before = [...s.mentions].reverse().find((o) => o.type === 'place' && o.end < m.start);
	const gapAfter = after ? s.text.slice(m.end - s.start, after.start - s.start) : '';
	const gapBefore = before ? s.text.slice(before.end - s.start, m.start - s.start) : '';
	return /^\s*,\s*$/.test(gapAfter) || /^[’']s\s+$/.test(gapBefore);
}

/**
 * "Intelligence and Security", "Bank of England": a name joined to capitalised words by "and"
 * or "of" was cut from a longer name, so blanking or swapping it breaks that name.
 */
function partOfLongerName(s: Sentence, m: ArticleMention): boolean {
	const before = s.text.slice(0, m.start - s.start);
	const after = s.text.slice(m.end - s.start);
	return (
		/\p{Lu}[\p{L}-]*\s+(?:and|of|&|de)\s+$/u.test(before) ||
		/^\s+(?:and|of|&)\s+\p{Lu}/u.test(after)
	);
}

/**
 * "From a colleague named _____, he borrowed…": with its only person blanked or swapped, the
 * sentence's "he" names nobody the student can see.
 */
function onlyPersonBeforePronoun(s: Sentence, m: ArticleMention): boolean {
	// Only a subject "he" after a person who is not the sentence's own subject is at risk.
	const others = s.mentions.some((o) => o !== m && o.type === 'person');
	const before = s.text.slice(0, m.start - s.start);
	const after = s.text.slice(m.end - s.start).replace(/“[^”]*”/g, ' ');
	const isSubject = !/\b\p{Ll}/u.test(before);
	return !others && !isSubject && /\b(?:he|she|they)\b/i.test(after);
}

/** "personally identifiable information (_____)": the words before spell the blank out. */
function inParentheses(s: Sentence, m: ArticleMention): boolean {
	return s.text[m.start - s.start - 1] === '(' && s.text[m.end - s.start] === ')';
}

/** "adviser, _____, Justin Bassi, who…": in a comma list of names, any of them fits. */
function inListOfNames(s: Sentence, m: ArticleMention): boolean {
	if (m.type !== 'person') return false;
	return s.mentions.some(
		(o) =>
			o !== m &&
			o.type === 'person' &&
			/^\s*,\s*$/.test(
				o.start > m.end
					? s.text.slice(m.end - s.start, o.start - s.start)
					: s.text.slice(o.end - s.start, m.start - s.start)
			)
	);
}

/** "10 wealthy countries", "27 megabytes": a noun (after at most one adjective) follows. */
function countsSomething(after: Token[]): boolean {
	const [first, second] = after;
	if (first?.pos === 'NOUN') return true;
	return first?.pos === 'ADJ' && second?.pos === 'NOUN';
}

export function askableFacts(s: Sentence, ctx: RuleContext): ArticleMention[] {
	if (!fitForRecall(s) || inCaption(ctx.analysis, s.paragraph)) return [];
	return s.mentions.filter((m) => askableFact(s, m));
}

const QUOTE_MARKS = /^[“”"]+|[“”"]+$/g;

/**
 * Where a completion's sentence comes from: a standalone sentence as it stands, or one sentence
 * of a longer quotation whose speaker is certain ("what Ferreira said in paragraph 3"), shown
 * without the quotation's stray opening or closing mark. Null when neither holds.
 */
function completionSource(s: Sentence, ctx: RuleContext): { text: string; from: string } | null {
	if (isStandalone(s)) {
		if (!fitForRecall(s)) return null;
		return { text: s.text, from: `this sentence from paragraph ${s.paragraph + 1}` };
	}
	const speaker = quotedSpeaker(s, ctx.analysis);
	if (!speaker || !plainText(s.text.replace(QUOTE_MARKS, ''))) return null;
	const from = `what ${speaker.text} said in paragraph ${s.paragraph + 1}`;
	return { text: s.text.replace(QUOTE_MARKS, ''), from };
}

export function completionQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	const source = inCaption(ctx.analysis, s.paragraph) ? null : completionSource(s, ctx);
	if (!source || lacksContext(s) || challengedVersion(s, ctx.analysis)) return [];
	// "Communications Minister _____": the role names the answer to anyone who follows the news,
	// and rules out every rival of another role.
	// A place blank is answered by general knowledge (the siege city everyone knows; Cuba offered
	// for an African capital): places are asked in true/false swaps of the same kind instead.
	const facts = s.mentions.filter(
		(m) =>
			m.type !== 'place' &&
			// "in _____ equations" (10? 5? 12?) is trivia whether typed or picked (a blind reader).
			!smallCount(s, m) &&
			askableFact(s, m) &&
			!hasRoleBefore(s, m) &&
			centralFigure(ctx, s, m)
	);
	return facts.flatMap((m): Candidate[] => {
		const blanked = replaceMention(s, m, BLANK).replace(QUOTE_MARKS, '');
		const shown = source.text === s.text ? replaceMention(s, m, BLANK) : blanked;
		const prompt = `Which ${TYPE_NOUN[m.type]} completes ${source.from}? ${inQuotes(shown)}`;
		const seed = hash(prompt, ctx.seed);
		// "If _____ fails to live up to its commitments" in an article on Sudan: the topic fits.
		if (guessability(ctx, s, m) >= 0.3) return [];
		const keep = plausibleRival(ctx, s, m);
		const request = { answer: m, analysis: ctx.analysis, avoid: s.text, count: 3, seed, keep };
		const choice = optionsFor({ ...request, minFromArticle: 3 });
		if (!choice) return [];
		return [
			{
				kind: 'multiple_choice',
				prompt,
				options: choice.options,
				answer: m.text,
				explanation: explanationFor(ctx, s, `the missing ${TYPE_NOUN[m.type]} is ${m.text}`),
				evidence: evidenceOf(s),
				skill: 'key-details' as const,
				rule: 'fact-completion',
				quality: 0.7 * TYPE_WEIGHT[m.type] * choice.quality * (1 - guessability(ctx, s, m)),
				sentenceKey: sentenceKey(s),
				factKey: m.text.toLowerCase()
			}
		];
	});
}

/**
 * Which values may stand where `m` stands in `s`: a person of the gender the sentence shows (or
 * the answer's, when known), an organisation of the answer's kind, a figure that keeps "a"/"an"
 * and singular/plural agreement ("an 18-year wait" never becomes "an 20-year wait").
 */
export function fitsFact(
	ctx: RuleContext,
	s: Sentence,
	m: ArticleMention
): (value: string) => boolean {
	const before = s.text.slice(0, m.start - s.start);
	const article = /\b(a|an)\s+$/i.exec(before)?.[1]?.toLowerCase();
	if (m.type === 'person') {
		// "…announced her resignation": only women, and only when the answer is known to be one.
		const shown = genderShown(s.text);
		if (shown && genderOf(ctx, m.text) !== shown) return () => false;
		const gender = shown ?? genderOf(ctx, m.text);
		return (value) => !gender || genderOf(ctx, value) === gender;
	}
	if (m.type === 'organisation') return (value) => sameOrganisationKind(value, m.text);
	const one = (text: string) => numericValue(text) === 1;
	return (value) =>
		(!article || takesAn(value) === (article === 'an')) && one(value) === one(m.text);
}

/**
 * A rival the sentence does not rule out: of the fact's form (`fitsFact`), not named in the
 * sentence in another form ("Sudan" for "the Sudanese government … near _____"), and for a
 * person, someone of the same role (a patient's sentence never offers the police inspector).
 */
function plausibleRival(
	ctx: RuleContext,
	s: Sentence,
	m: ArticleMention
): (value: string) => boolean {
	const fits = fitsFact(ctx, s, m);
	const isName = m.type === 'person' || m.type === 'place' || m.type === 'organisation';
	return (value) =>
		fits(value) &&
		!(isName && namedIn(s.text, value)) &&
		(m.type !== 'person' || sameRole(ctx.analysis, m.text, value));
}

/** Whether the sentence already names `value` or its last word, in any form ("Tunisian"). */
export function namedIn(text: string, value: string): boolean {
	return namePattern(value).test(text);
}

/** Compiled once per name: every rival is tested against every sentence. */
const namePattern = memo((value: string): RegExp => {
	const last = value.split(/\s+/).pop() ?? value;
	const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`\\b${escape(last.slice(0, Math.max(4, last.length - 1)))}`, 'i');
});

export function sharesKindWord(a: string, b: string): boolean {
	const kinds = (x: string) => x.split(/\s+/).filter((w) => ORGANISATION_WORDS.has(w));
	const ofB = new Set(kinds(b));
	return kinds(a).some((w) => ofB.has(w));
}

/** Whether a figure or word is said with "an": "an 18", "an 8.4", "an 11", "an €80". */
function takesAn(text: string): boolean {
	return /^(?:8|11|18|[aeio])/i.test(text);
}

/**
 * A name right after its title or role ("US President Donald Trump", "City manager Marco
 * Bellini"): swapping in someone else makes a statement false by its role alone, a giveaway.
 */
export function hasRoleBefore(s: Sentence, m: ArticleMention): boolean {
	if (m.type !== 'person') return false;
	const before = s.tokens.filter((t) => t.end <= m.start);
	const last = before[before.length - 1];
	const role = (t: typeof last) => !!t && (TITLES.has(t.text) || PERSON_ROLES.has(t.text));
	return role(last) || (last?.text === ',' && role(before[before.length - 2]));
}
