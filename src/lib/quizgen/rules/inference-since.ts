/**
 * Inference from "the first time since 1998" and "the highest level since 1981": the phrase
 * implies two things it does not say, that the same had happened (or stood as high) before, and
 * that it had not since. Asked as "In paragraph 3, the article says: “…” What does “for the first
 * time since 1998” suggest?", the key "It had happened before, but not since 1998.", the wrong
 * options the two misreadings the phrase rules out: that it had never happened, and that it had
 * happened every year since. Only a year or a decade is read ("since 1998", "since the 1990s"),
 * or a stated span ("for the first time in a decade"); "since he took office" is not.
 */
import type { Sentence } from '../analyse';
import { inQuotes, wordCount } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { choice, showable, spanOf } from './reading';

const YEAR = String.raw`(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:1[89]|20)\d(?:0s|\d)`;
/** "for the first time since 1998", "the first time it has been that big since 2012". */
const FIRST_SINCE = new RegExp(
	String.raw`\b(?:for\s+)?the\s+first\s+time\s+(?:(?:that\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,6}\s+)?since\s+(${YEAR})\b`,
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
	String.raw`\b(?:the|its|their)\s+(${Object.keys(DEGREES).join('|')})(?:\s+(?:level|rate|number|total|figure|reading|point|price|share|pace|amount|value|score|since))?\s+(?:since|in\s+(?=\d|the))\s*(${YEAR})\b`,
	'i'
);

interface Reading {
	phrase: string;
	answer: string;
	decoys: string[];
	because: string;
}

/** A sentence may hold one of the three shapes; the first found is read. */
function readingOf(text: string): Reading | null {
	const first = FIRST_SINCE.exec(text);
	if (first) {
		const since = first[1] as string;
		return {
			phrase: first[0],
			answer: `It had happened before, but not since ${since}.`,
			decoys: ['It had never happened before.', `It had happened every year since ${since}.`],
			because: `the first time since ${since} means it had happened before then, but not in the years between`
		};
	}
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
	const most = MOST_SINCE.exec(text);
	if (!most || !/since/i.test(most[0])) return null;
	const [plain, more] = DEGREES[(most[1] as string).toLowerCase()] as [string, string];
	const since = most[2] as string;
	return {
		phrase: most[0],
		answer: `It had been this ${plain} before, but not since ${since}.`,
		decoys: [
			`It had never been this ${plain} before.`,
			`It had been ${more} than this every year since ${since}.`,
			`It had been this ${plain} every year since ${since}.`
		],
		because: `it was at least this ${plain} in or before ${since}, and not since`
	};
}

/** "For the first time …" opening the sentence is quoted mid-prompt in lower case. */
const lowerFirst = (phrase: string) =>
	phrase.replace(/^(?:For|The|Its|Their)\b/, (w) => w.toLowerCase());

export function sinceQuestion(s: Sentence, ctx: RuleContext): Candidate | null {
	// A quoted speaker's "first time since" is theirs to explain; a question states nothing.
	if (!showable(s) || s.question || s.inQuote || /[“”"]/.test(s.text)) return null;
	if (wordCount(s.text) > 40) return null;
	const reading = readingOf(s.text);
	if (!reading) return null;
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-since',
		prompt: `In paragraph ${s.paragraph + 1}, the article says: ${inQuotes(s.text)} What does “${lowerFirst(reading.phrase)}” suggest?`,
		answer: reading.answer,
		decoys: reading.decoys,
		evidence: spanOf(s),
		because: reading.because,
		sentenceKey: sentenceKey(s),
		quality: 0.84
	});
}

export function sinceQuestions(ctx: RuleContext): Candidate[] {
	return ctx.analysis.sentences.flatMap((s) => sinceQuestion(s, ctx) ?? []);
}
