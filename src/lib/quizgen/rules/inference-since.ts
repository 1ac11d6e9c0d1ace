/**
 * Inference from "the first time since 1998" and "the highest level since 1981": the phrase
 * implies two things it does not say, that the same had happened (or stood as high) before, and
 * that it had not since. Asked as "In paragraph 3, the article says: “…” What does “for the first
 * time since 1998” suggest?", the key "It had happened before, but not since 1998.", the wrong
 * options the two misreadings the phrase rules out: that it had never happened, and that it had
 * happened every year since. Only a year or a decade is read ("since 1998", "since the 1990s"),
 * or a stated span ("for the first time in a decade"); "since he took office" is not.
 */
import type { Analysis, Sentence } from '../analyse';
import { inQuotes, memoPer, wordCount } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { choice, showable, spanOf } from './reading';

/**
 * A year or decade that ends the phrase: "since 2012, when …", "since the 1990s." but never "since
 * the 2008 crisis" (the year names an event, so the phrase is no date).
 */
export const YEAR = String.raw`(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:1[89]|20)\d(?:0s|\d)(?=\s*(?:[,.;:—–)]|$)|\s+(?:when|that|and|but|as|because|after|before|in|on|at|for|to|than|amid|during|last|this)\b)`;
/** "for the first time since 1998", "the first time it has been that big since 2012". */
const FIRST_SINCE = new RegExp(
	String.raw`\b(?:for\s+)?the\s+first\s+time\s+(?:(?:that\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,6}\s+)?since\s+(${YEAR})`,
	'iu'
);
const SPAN = String.raw`(?:more than |nearly |almost |over )?(?:a decade|a generation|a century|decades|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:years|decades))`;
/** "for the first time in a decade", "for the first time in 20 years". */
const FIRST_IN = new RegExp(String.raw`\bfor\s+the\s+first\s+time\s+in\s+(${SPAN})\b`, 'i');
/** The superlative and the plain adjective and comparative that its options use. */
const DEGREES: Record<string, [string, string]> = {
	highest: ['high', 'higher'],
	lowest: ['low', 'lower'],
	largest: ['large', 'larger'],
	biggest: ['big', 'bigger'],
	smallest: ['small', 'smaller'],
	strongest: ['strong', 'stronger'],
	weakest: ['weak', 'weaker'],
	warmest: ['warm', 'warmer'],
	hottest: ['hot', 'hotter'],
	coldest: ['cold', 'colder'],
	wettest: ['wet', 'wetter'],
	driest: ['dry', 'drier'],
	fastest: ['fast', 'faster'],
	slowest: ['slow', 'slower'],
	worst: ['bad', 'worse'],
	best: ['good', 'better']
};
/** "the highest level since 1981", "its lowest since the 1970s" (one measure word at most). */
const MOST_SINCE = new RegExp(
	String.raw`\b(?:the|its|their)\s+(${Object.keys(DEGREES).join('|')})(?:\s+(?:level|rate|number|total|figure|reading|point|price|share|pace|amount|value|score))?\s+since\s+(${YEAR})`,
	'i'
);
/** "the first rate cut since 2008", "its first loss since 2015": one to three words, a noun last. */
const FIRST_THING = new RegExp(
	String.raw`\b(?:the|its|their|his|her)\s+first\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+since\s+(${YEAR})`,
	'iu'
);
/** "the first time it has been that big since 2012": what had been so. */
const BEEN =
	/\btime\s+(?:that\s+)?(it|they)\s+(?:has|have)\s+been\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+since\b/iu;

interface Reading {
	phrase: string;
	answer: string;
	decoys: string[];
	because: string;
}

/** "the first time since 1998": it had happened (or been so) before, never since. */
function firstTime(phrase: string, since: string): Reading {
	const been = BEEN.exec(phrase);
	const it = been ? (been[1]?.toLowerCase() === 'they' ? 'They' : 'It') : 'It';
	const done = been ? `been ${been[2] as string}` : 'happened';
	return {
		phrase,
		answer: `${it} had ${done} before, but not since ${since}.`,
		decoys: [
			`${it} had never ${done} before.`,
			`${it} had ${done} every year since ${since}.`,
			`${it} had last ${done} only a few weeks earlier.`
		],
		because: `the first time since ${since} means it had ${done} in or before ${since}, but not in the years between`
	};
}

/** "the first rate cut since 2008": there had been one before, none since. */
function firstThing(s: Sentence, match: RegExpExecArray): Reading | null {
	const [phrase, thing, since] = match as unknown as [string, string, string];
	const at = s.start + match.index + phrase.indexOf(thing, phrase.search(/first/i));
	const tokens = s.tokens.filter((t) => t.start >= at && t.start < at + thing.length);
	// "rate cut" may be read as a noun and a verb: content words only, none a participle or adverb.
	// "the first Democrat since 1976 to win": what was first is the deed after, not the person.
	const after = s.text.slice(match.index + phrase.length);
	if (/^\s*,?\s*(?:to|who|that|whose|in which)\b/i.test(after)) return null;
	const fits = tokens.every((t) => /^(?:NOUN|ADJ|VERB)$/.test(t.pos));
	if (!fits || /(?:ed|ing|ly)$/i.test(thing) || /^(?:time|ever|one)\b/i.test(thing)) return null;
	const a = /^[aeiou]/i.test(thing) ? 'an' : 'a';
	return {
		phrase,
		answer: `There had been ${a} ${thing} before, but not since ${since}.`,
		decoys: [
			`There had never been ${a} ${thing} before.`,
			`There had been ${a} ${thing} every year since ${since}.`,
			`The last ${thing} had come only a few weeks earlier.`
		],
		because: `the first ${thing} since ${since} means there had been one in or before ${since}, but none in the years between`
	};
}

/** A sentence may hold one of the shapes; the first found is read. */
function readingOf(s: Sentence): Reading | null {
	const text = s.text;
	const first = FIRST_SINCE.exec(text);
	if (first) return firstTime(first[0], first[1] as string);
	const span = FIRST_IN.exec(text);
	if (span) {
		const length = span[1] as string;
		return {
			phrase: span[0],
			answer: `It had happened before, but not for ${length}.`,
			decoys: ['It had never happened before.', `It had happened every year for ${length}.`],
			because: `the first time in ${length} means it had happened before, but not for ${length}`
		};
	}
	const thing = FIRST_THING.exec(text);
	if (thing) return firstThing(s, thing);
	const most = MOST_SINCE.exec(text);
	if (!most) return null;
	const [plain, more] = DEGREES[(most[1] as string).toLowerCase()] as [string, string];
	const since = most[2] as string;
	// "their lowest level" speaks of many things (fees, prices): "They had been this low …".
	const [It, was] = /^their\b/i.test(most[0]) ? ['They', 'they were'] : ['It', 'it was'];
	return {
		phrase: most[0],
		answer: `${It} had been this ${plain} before, but not since ${since}.`,
		decoys: [
			`${It} had never been this ${plain} before.`,
			`${It} had been ${more} than this every year since ${since}.`,
			`${It} had been this ${plain} every year since ${since}.`
		],
		because: `${was} at least this ${plain} in or before ${since}, and not since`
	};
}

/** "For the first time …" opening the sentence is quoted mid-prompt in lower case. */
const lowerFirst = (phrase: string) =>
	phrase.replace(/^(?:For|The|Its|Their)\b/, (w) => w.toLowerCase());

/** The latest year the article names: the nearest sign of when it was written. */
const latestYear = memoPer((analysis: Analysis): number => {
	const years = analysis.paragraphs.join(' ').match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
	return Math.max(0, ...years.map(Number));
});

export function sinceQuestion(s: Sentence, ctx: RuleContext): Candidate | null {
	// A quoted speaker's "first time since" is theirs to explain; a question states nothing.
	if (!showable(s) || s.question || s.inQuote || /[“”"]/.test(s.text)) return null;
	if (wordCount(s.text) > 40) return null;
	const reading = readingOf(s);
	if (!reading) return null;
	// "since 2025" in a text of 2026 may mean a few weeks: that wrong option could be true.
	const year = /\bsince ((?:1[89]|20)\d\d)\b/.exec(reading.answer)?.[1];
	const recent = !!year && Number(year) >= latestYear(ctx.analysis) - 1;
	const decoys = reading.decoys.filter((d) => !(recent && /a few weeks earlier/.test(d)));
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-since',
		prompt: `In paragraph ${s.paragraph + 1}, the article says: ${inQuotes(s.text)} What does “${lowerFirst(reading.phrase)}” suggest?`,
		answer: reading.answer,
		decoys,
		evidence: spanOf(s),
		because: reading.because,
		sentenceKey: sentenceKey(s),
		quality: 0.84
	});
}

export function sinceQuestions(ctx: RuleContext): Candidate[] {
	const cue = /\b(?:since|first time)\b/i;
	return ctx.analysis.sentences.flatMap((s) =>
		cue.test(s.text) ? (sinceQuestion(s, ctx) ?? []) : []
	);
}
