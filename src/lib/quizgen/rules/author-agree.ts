/**
 * How the author answers a claim the article reports, in an essay that argues: "Zipline has
 * presented itself as a cleaner alternative to the buses. But the scooters are not clean …" is
 * asked as "In paragraph 2, the article reports the claim that Zipline is a cleaner alternative
 * to the buses. How does the author respond to this claim?", the key "The author rejects it."
 * The options are attitudes, one form for all, so no option stands out: "Which statement would the author most likely agree with?" keyed on the author's one argued
 * position among the claims the author rejects made the key the odd one out (a blind judge
 * picked it without reading). The reader must see that the sentence after the claim (or its
 * ", but that's …") denies it. Asked only with two disputed claims at least, which is what makes
 * the text an argument rather than a report.
 */
import type { Analysis, Sentence } from '../analyse';
import { explain } from '../sentences';
import { hash, shuffle, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { authorParagraph } from './author-view';
import { asOption, hasLoosePronoun, looksLikeClutter } from './reading';

/** "X has presented itself as Y": the article reports how X wants to be seen. */
const PRESENTED =
	/^(?<who>[^,“”"]{2,60}?) (?:has |have |had )?(?:presented|presents|present|billed|bills|touted|touts|portrayed|portrays|marketed|markets) (?<self>itself|themselves) as (?<what>.+)$/i;
/** "X claims that Y" (and "argues", "insists"): never "says", which news uses for any report. */
const CLAIMED =
	/^(?<who>[^,“”"]{2,60}?) (?:claims?|claimed|argues?|argued|insists?|insisted|contends?|contended|maintains?|maintained) that (?<what>.+?)(?<but>, but (?:that|this|it)[’']s .+)?$/i;
/** The author's answer opening the next sentence: a turn with no speaker of its own. */
const TURN = /^(?:but|however|yet)\b/i;
/** Words that deny what was claimed: "not", "false", "unproven", "a myth", "fails". */
const DENIAL =
	/\b(?:not|no|never|false|untrue|unproven|untested|myth|wrong|lie|evasion|fails?|failed|hardly|doubtful)\b|n[’']t\b/i;
const SPEECH = /\b(?:said|says|say|told|argues?|argued|claims?|claimed|according to|insists?)\b/i;
const FIRST_OR_SECOND = /\b(?:I|me|my|we|us|our|you|your)\b/i;
const POINTING = /^(?:this|that|these|those|it|they|there|here|such|so|and|or)\b/i;

/** A statement fit to stand as an option: whole, plain, pointing at nothing outside it. */
function standsAlone(text: string): boolean {
	const size = words(text).length;
	return (
		size >= 6 &&
		size <= 30 &&
		!POINTING.test(text) &&
		!hasLoosePronoun(text) &&
		!FIRST_OR_SECOND.test(text) &&
		!/[“”"()?:;]/.test(text)
	);
}

/** The author's own voice: no speaker, no quotation, not a source's block quotation. */
function authorsOwn(s: Sentence): boolean {
	return (
		!s.question &&
		!s.inQuote &&
		!s.interviewer &&
		!looksLikeClutter(s.text) &&
		!SPEECH.test(s.text) &&
		!/[“”"]/.test(s.text) &&
		!s.mentions.some((m) => m.type === 'person')
	);
}

/** A claim the article reports and then answers, and the claim restated as an option. */
export interface Disputed {
	s: Sentence;
	/** The claim as a plain statement ("Zipline is a cleaner alternative …"), or null when it cannot stand alone. */
	statement: string | null;
	/** The author's sentence that denies it, when it is the next one (not a ", but …" tail). */
	answer?: Sentence;
}

/** The claim a sentence reports and the article answers ("…, but that's unproven." / "But …"), or null. */
export function disputedClaim(analysis: Analysis, s: Sentence): Disputed | null {
	const text = s.text.trim().replace(/[.!]+$/, '');
	const presented = PRESENTED.exec(text)?.groups;
	const claimed = presented ? undefined : CLAIMED.exec(text)?.groups;
	const found = presented ?? claimed;
	if (!found?.who || !found.what || FIRST_OR_SECOND.test(found.who)) return null;
	const next = analysis.byParagraph[s.paragraph]?.[s.index + 1];
	const turned =
		!claimed?.but && next && TURN.test(next.text) && authorsOwn(next) ? next : undefined;
	const answer = claimed?.but ?? turned?.text ?? '';
	// "But they are also popular" concedes the claim and adds to it: only a denial disputes it.
	if (!DENIAL.test(answer)) return null;
	const who = found.who.charAt(0).toUpperCase() + found.who.slice(1);
	const statement = presented
		? `${who} ${presented.self === 'itself' ? 'is' : 'are'} ${found.what}`
		: found.what.replace(/^(?:its|their)\s/i, `${who}’s `);
	return { s, statement: standsAlone(statement) ? asOption(statement) : null, answer: turned };
}

/** The options: attitudes to the claim, told in one form (the key is the first). */
export const RESPONSES = [
	'The author rejects it.',
	'The author accepts it.',
	'The author reports it without taking a side.'
];

export function authorAgreeQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const disputed = analysis.sentences.flatMap((s) => disputedClaim(analysis, s) ?? []);
	if (new Set(disputed.map((d) => d.s.text)).size < 2) return [];
	// One such question per article: a second asks the same reading of the same argument.
	const first = disputed.find((d) => d.statement && authorParagraph(analysis, d.s.paragraph));
	if (!first?.statement) return [];
	const { s, answer } = first;
	const claim = first.statement.replace(/\.$/, '');
	const prompt = `In paragraph ${s.paragraph + 1}, the article reports the claim that ${claim}. How does the author respond to this claim?`;
	const end = answer && answer.paragraph === s.paragraph ? answer.end : s.end;
	const denial = answer
		? `; ${explain(analysis, s.paragraph, answer.start, answer.end).replace(/^Paragraph \d+ says/, 'the next sentence says')}`
		: '';
	return [
		{
			kind: 'multiple_choice',
			prompt,
			options: shuffle(RESPONSES, hash(prompt, ctx.seed)),
			answer: RESPONSES[0] as string,
			explanation: `${explain(analysis, s.paragraph, s.start, s.end)}${denial}, so the author rejects the claim.`,
			evidence: { paragraph: s.paragraph, start: s.start, end },
			skill: 'point-of-view',
			rule: 'point-of-view-author-dispute',
			sentenceKey: sentenceKey(s),
			factKey: `point-of-view-author-dispute:${s.paragraph}`,
			quality: 0.83
		}
	];
}
