/**
 * The author's own verdict in a first-person essay, column or review: "The headset blows away
 * every rival", "The biggest knock against the console is its $500 price", "The toll plan is a
 * mistake". Asked as "In paragraph 2, what is the author's opinion of the headset?": the prompt
 * names what is judged, never the verdict, and the options paraphrase an attitude ("The author
 * thinks highly of it."), so the reader must understand the verdict's words ("blows away",
 * "the biggest knock against"). Wrong options are attitudes that cannot hold beside the key;
 * a drawback and a "can be" belief get options of their own (below).
 * Only in an author-voiced article (the author says "I" in two paragraphs at least that quote
 * nobody): in a news report an unattributed verdict is usually a source's, paraphrased.
 */
import type { Analysis, Sentence } from '../analyse';
import { explain } from '../sentences';
import { hash, shuffle, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { hasLoosePronoun, looksLikeClutter } from './reading';
import { caseVerdict } from './author-view-case';

type Attitude = 'for' | 'against';
/** How the verdict is told: plainly, as a drawback of something, or as what it "can be". */
type VerdictShape = 'plain' | 'drawback' | 'potential';

const OPTION = {
	for: 'The author thinks highly of it.',
	against: 'The author thinks poorly of it.',
	calm: 'The author has no strong opinion about it.',
	worried: 'The author is worried about what it might lead to.'
};
/** Attitudes that cannot hold beside the key ("worried" may hold beside "poorly"). */
const WRONG: Record<Attitude, Array<keyof typeof OPTION>> = {
	for: ['against', 'calm', 'worried'],
	against: ['for', 'calm']
};

/**
 * Options for the verdicts a plain "thinks highly of" overstates or misnames (judged r94 #85,
 * #67): a drawback is one ("thinks poorly of" a price reads oddly, and the author may like the
 * rest), and a belief that something "can be" good is a hope, not praise; beside a hope, worry
 * about the same thing is defensible, so it is never a wrong option there.
 */
const DRAWBACK_OPTIONS: [string, ...string[]] = [
	'The author sees it as a drawback.',
	'The author sees it as a strength.',
	OPTION.calm
];
const POTENTIAL_OPTIONS: Record<Attitude, [string, ...string[]]> = {
	for: [
		'The author believes it can do good.',
		'The author believes it does more harm than good.',
		OPTION.calm
	],
	against: [
		'The author believes it can do harm.',
		'The author believes it does more good than harm.',
		OPTION.calm
	]
};

const COPULA =
	'(?:is|are|was|were|can be)\\s+(?:clearly\\s+|simply\\s+|truly\\s+|easily\\s+|still\\s+)?';
/** Verdicts whose side no context turns around; each is its own predicate. */
const VERDICTS: Array<[RegExp, Attitude]> = [
	[
		new RegExp(
			`^${COPULA}(?:the\\s+(?:ultimate|best|finest)|an?\\s+(?:great|excellent|fantastic|superb|terrific|brilliant|outstanding|impressive|remarkable|compelling|positive)|(?:great|excellent|fantastic|superb|terrific|brilliant|outstanding|impressive)\\b|the right call|worth (?:it|trying|buying|the)|a joy to use|an? (?:huge |big |major |real )?(?:step|leap) forward|a welcome (?:change|addition|upgrade))\\b`,
			'i'
		),
		'for'
	],
	[/^(?:blows|blew) away\b|^(?:shines|shone|excels|excelled)\b/i, 'for'],
	[/^(?:falls|fell) short\b|^disappoints\b/i, 'against'],
	[
		new RegExp(
			`^${COPULA}(?:(?:an?\\s+)?(?:mistake|failure|disappointment|false choice|lie|myth|bad idea|waste of)|(?:deeply\\s+)?(?:disappointing|terrible|awful|frustrating|harmful|unjust|flawed|overpriced|pointless)|an?\\s+(?:entirely\\s+)?unproven assumption|a letdown|a step backwards?)\\b`,
			'i'
		),
		'against'
	]
];
/** "The biggest knock against the console is its price": the drawback is what is judged. */
const DRAWBACK =
	/^the (?:biggest|main|only|one) (?:knock|problem|drawback|downside|flaw|weakness|complaint|gripe) (?:against|with|about) (?<owner>.+?) is (?<what>.+)$/i;
/** A verdict hedged or turned in its own sentence ("…, but …", "if you …") is no plain verdict. */
const HEDGE =
	/\b(?:but|though|although|yet|if|unless|except|while|whether|might|may|perhaps|not|n[’']t|never|no)\b/i;
const POINTING = /^(?:this|that|these|those|it|its|they|there|here|such|what)\b/i;
const FIRST_PERSON = /\b(?:I|I[’'](?:m|ve|d|ll)|me|my)\b/;

const unquoted = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, ' ');

/**
 * A paragraph in the author's voice, not a source's words set off without quotation marks: a
 * paragraph after one whose last sentence ends in ":" or reports speech ("…, Lowe said at the
 * hearing.") is likely a block quotation, and one after a question is an interviewee's answer.
 */
export function authorParagraph(analysis: Analysis, p: number): boolean {
	const last = analysis.byParagraph[p - 1]?.at(-1)?.text.trim() ?? '';
	// After an interviewer's question ("What will it cost?") the unquoted answer is the guest's.
	if (/[:?]$/.test(last) || analysis.byParagraph[p]?.some((s) => s.interviewer)) return false;
	return !/\b(?:said|says|told|explains|explained|wrote|writes)\b/.test(last);
}

/** Whether the author speaks as "I" in two paragraphs or more: an essay, column or review. */
export function authorVoiced(analysis: Analysis): boolean {
	const voiced = analysis.paragraphs.filter(
		(text, p) => FIRST_PERSON.test(unquoted(text)) && authorParagraph(analysis, p)
	);
	return voiced.length >= 2;
}

interface Verdict {
	s: Sentence;
	about: string;
	attitude: Attitude;
	/** Told as the author's belief ("I believe that …"), which a central-idea key never is. */
	belief: boolean;
	/** A verdict on someone's case: an argument leads to nothing to be worried about. */
	argument?: boolean;
	shape: VerdictShape;
}

/** The verb a verdict hangs on: a copula ("can be" in a belief) or a verdict verb. */
const VERB =
	/\s(?:is|are|was|were|can be|blows|blew|shines|shone|excels|excelled|falls|fell|disappoints)\s/;

/**
 * What is judged: a noun phrase, named or definite, two to nine words, starting at offset `at`
 * of its paragraph. Inside the author's stated belief ("I believe that a network like the web
 * can be …") an indefinite one names a kind of thing and is judged as well.
 */
function subjectOf(s: Sentence, text: string, at: number, belief = false): string | null {
	const size = words(text).length;
	if (size < 2 || size > 9 || POINTING.test(text) || hasLoosePronoun(text)) return null;
	if (/[,;:“”"()]/.test(text) || /\b(?:that|which|who|and|or)\b/i.test(text)) return null;
	const first = s.tokens.find((t) => t.start >= at);
	const named = first?.pos === 'PROPN' || s.mentions.some((m) => m.start === at);
	const article = belief ? /^(?:the|an?)\s/i : /^the\s/i;
	if (!article.test(text) && !named) return null;
	return article.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** What a thing costs: a drawback of that kind needs no reading. */
const PRICE =
	/[$£€¥]|\b(?:price|prices|pricing|cost|costs|fee|fees|fare|fares|expense|price tag)\b/i;

/** "I believe that …", "I think …": the author's belief, read as a verdict of its own. */
const BELIEF = /^I (?:believe|think|am convinced) (?:that )?/;

function verdictOf(s: Sentence): Verdict | null {
	const whole = s.text.trim().replace(/[.!]+$/, '');
	const belief = BELIEF.exec(whole);
	// The belief up to a second clause of the author's own ("…, and I publish …").
	const text = belief ? (whole.slice(belief[0].length).split(/,\s+(?:and|but)\s/)[0] ?? '') : whole;
	const at = s.start + (belief ? belief[0].length : 0);
	if (/[“”"?]/.test(text) || FIRST_PERSON.test(text)) return null;
	const drawback = DRAWBACK.exec(text)?.groups;
	if (drawback?.owner && drawback.what && !HEDGE.test(text)) {
		const ownerAt = at + text.indexOf(drawback.owner);
		const owner = subjectOf(s, drawback.owner.replace(/^the\s/i, 'The '), ownerAt);
		const what = drawback.what.replace(/^(?:its|their)\s/i, owner ? `${owner}’s ` : '');
		const size = words(what).length;
		// "… is its $500 price": that a price is a drawback is guessed without the article (a
		// blind judge, twice), whatever the options say.
		if (PRICE.test(what)) return null;
		if (owner && size >= 2 && size <= 8 && !hasLoosePronoun(what) && !/,/.test(what))
			return { s, about: what, attitude: 'against', belief: !!belief, shape: 'drawback' };
		return null;
	}
	const verb = VERB.exec(text);
	// "X can be great" is a verdict only as the author's stated belief; told plain it may hedge.
	if (!verb || (!belief && verb[0].includes('can be'))) return null;
	const rest = text.slice(verb.index + 1);
	for (const [pattern, attitude] of VERDICTS) {
		// "is a great way to lose money" judges by what follows: no plain verdict.
		if (!pattern.test(rest) || HEDGE.test(rest) || /\bway (?:to|of)\b/i.test(rest)) continue;
		const about = subjectOf(s, text.slice(0, verb.index), at, !!belief);
		const shape = verb[0].includes('can be') ? 'potential' : 'plain';
		return about ? { s, about, attitude, belief: !!belief, shape } : null;
	}
	return null;
}

/** A verdict on a named person's case, read as any other verdict. */
function caseOf(s: Sentence): Verdict | null {
	const found = caseVerdict(s);
	return found ? { s, ...found, belief: false, argument: true, shape: 'plain' } : null;
}

/** The options, key first: a drawback's and a hope's own, else attitudes opposed to the key. */
function optionsOf({ shape, attitude, argument }: Verdict): [string, ...string[]] {
	if (shape === 'drawback') return DRAWBACK_OPTIONS;
	if (shape === 'potential') return POTENTIAL_OPTIONS[attitude];
	const wrong = WRONG[attitude].filter((w) => !argument || w !== 'worried');
	return [OPTION[attitude], ...wrong.map((w) => OPTION[w])];
}

/** The key's attitude as the explanation states it, about what is judged. */
function viewOf({ shape, attitude, about }: Verdict): string {
	const good = attitude === 'for';
	// A drawback is always against (`DRAWBACK`).
	if (shape === 'drawback') return `the author sees ${about} as a drawback`;
	if (shape === 'potential') return `the author believes ${about} can do ${good ? 'good' : 'harm'}`;
	return `the author ${good ? 'thinks highly of' : 'thinks poorly of'} ${about}`;
}

export function authorViewQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	// A verdict in any form needs an essay's voice; one on a named person's case does not.
	const voiced = authorVoiced(analysis);
	const seen = new Set<string>();
	return analysis.sentences.flatMap((s): Candidate[] => {
		if (s.question || s.inQuote || s.interviewer || looksLikeClutter(s.text)) return [];
		if (!authorParagraph(analysis, s.paragraph)) return [];
		const found = (voiced ? verdictOf(s) : null) ?? caseOf(s);
		// The opening verdict ("The X is the ultimate …") is the central idea's key: left to it.
		if (!found || (s.paragraph === 0 && !found.belief)) return [];
		if (seen.has(found.about.toLowerCase())) return [];
		seen.add(found.about.toLowerCase());
		const options = optionsOf(found);
		const answer = options[0];
		const prompt = `In paragraph ${s.paragraph + 1}, what is the author’s opinion of ${found.about}?`;
		const cited = explain(analysis, s.paragraph, s.start, s.end);
		return [
			{
				kind: 'multiple_choice',
				prompt,
				options: shuffle(options, hash(prompt, ctx.seed)),
				answer,
				explanation: `${cited}, so ${viewOf(found)}.`,
				evidence: { paragraph: s.paragraph, start: s.start, end: s.end },
				skill: 'point-of-view',
				rule: 'point-of-view-author',
				sentenceKey: sentenceKey(s),
				factKey: `point-of-view-author:${found.about.toLowerCase()}`,
				quality: 0.84
			}
		];
	});
}
