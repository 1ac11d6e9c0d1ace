/**
 * "Which statement would the author most likely agree with?" in an essay that argues: the key
 * is a position the author states in their own voice ("People who work hard deserve a decent
 * wage."), the wrong options claims the article reports only to reject them ("The firm has
 * presented itself as an efficient alternative to regulation. But …" → "The firm is an
 * efficient alternative to regulation."). Both kinds of sentence are in the article, so finding
 * words answers nothing: the reader must tell the author's side from the views the author
 * argues against. Asked only with two rejected claims at least, which is what makes the text an
 * argument rather than a report.
 */
import type { Analysis, Sentence } from '../analyse';
import { words } from '../text';
import { plainText, sentenceKey, type Candidate, type RuleContext } from './candidate';
import { authorParagraph } from './author-view';
import { asOption, choice, hasLoosePronoun, looksLikeClutter, similarLength } from './reading';

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
/**
 * A position the author takes: a judgement of what should be, in the article's own voice. Not
 * "must", which states a rule as often as a view ("Every driver must pass a check").
 */
const ARGUED = /\b(?:should|deserves?|ought to|needs? to|it[’']s important that)\b/i;
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
}

/** The claim a sentence reports and the article answers ("…, but that's unproven." / "But …"), or null. */
export function disputedClaim(analysis: Analysis, s: Sentence): Disputed | null {
	const text = s.text.trim().replace(/[.!]+$/, '');
	const presented = PRESENTED.exec(text)?.groups;
	const claimed = presented ? undefined : CLAIMED.exec(text)?.groups;
	const found = presented ?? claimed;
	if (!found?.who || !found.what || FIRST_OR_SECOND.test(found.who)) return null;
	const next = analysis.byParagraph[s.paragraph]?.[s.index + 1];
	const answer =
		claimed?.but ?? (next && TURN.test(next.text) && authorsOwn(next) ? next.text : '');
	// "But they are also popular" concedes the claim and adds to it: only a denial disputes it.
	if (!DENIAL.test(answer)) return null;
	const who = found.who.charAt(0).toUpperCase() + found.who.slice(1);
	const statement = presented
		? `${who} ${presented.self === 'itself' ? 'is' : 'are'} ${found.what}`
		: found.what.replace(/^(?:its|their)\s/i, `${who}’s `);
	return { s, statement: standsAlone(statement) ? asOption(statement) : null };
}

/** Hedges and turns that make a sentence something other than the author's plain position. */
const HEDGED =
	/\b(?:may|might|perhaps|maybe|choose to|on the other hand|if|unless|whether|but|although|though)\b/i;

/**
 * A position the author states: what should or must be, deserves, needs to happen, said in the
 * main clause ("Riders deserve …", never "… the idea that riders should …"), unhedged.
 */
function argued(s: Sentence): string | null {
	if (!authorsOwn(s) || !plainText(s.text) || HEDGED.test(s.text)) return null;
	const text = s.text.trim();
	const modal = ARGUED.exec(text);
	if (!modal || /\b(?:that|which|who|when|because|as)\b/i.test(text.slice(0, modal.index)))
		return null;
	return standsAlone(text.replace(/[.!]$/, '')) ? asOption(text) : null;
}

export function authorAgreeQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const rejections = analysis.sentences.flatMap((s) => disputedClaim(analysis, s)?.statement ?? []);
	if (new Set(rejections).size < 2) return [];
	for (const s of analysis.sentences) {
		// An interviewee's unquoted answer or a source's block quotation is not the author's.
		const answer = authorParagraph(analysis, s.paragraph) ? argued(s) : null;
		if (!answer) continue;
		const decoys = similarLength(answer, [...new Set(rejections)], 3);
		const candidate = choice({
			ctx,
			skill: 'point-of-view',
			rule: 'point-of-view-author-agree',
			prompt: 'Which statement would the author most likely agree with?',
			answer,
			decoys,
			evidence: { paragraph: s.paragraph, start: s.start, end: s.end },
			because: `the author argues this in their own voice, while each other statement is a claim the article reports in order to dispute it`,
			sentenceKey: sentenceKey(s),
			quality: 0.83
		});
		// One such question per article: a second would offer the same rejected claims again.
		if (candidate) return [candidate];
	}
	return [];
}
