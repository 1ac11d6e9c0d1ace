/**
 * Shapes of a lede whose point is not its first sentence, and sentences that are never the
 * point. Split from `central-idea.ts`, which asks them of each lede sentence.
 *
 * - The turn: a set-up, then "But …", "Nonetheless, …" stating what the article argues ("…
 *   isn't a typical history. Nonetheless, the author makes a convincing case for neon as a
 *   symbol of modern ambition."). Without its connective the turn is the thesis, when it names
 *   the headline's subject and points back at nothing ("But a new report calls that into
 *   question" says nothing alone).
 * - The first-person piece: a headline in the author's "I" ("… Tracking Me …") makes the
 *   author's "I" the subject, so a key may speak as "I" (and so may its decoys: no tell).
 * - The reversal: "A government team toured the newsrooms to allay concerns. It failed." The
 *   opening alone states the set-up, so the key joins the two: "…, but it failed."
 * - Background: history told in the past with a date ("… was novel when it first emerged in
 *   the early 1900s") serves the point; it is never the key.
 */

/** A contrast opening the sentence: what follows is the point the set-up leads to. */
// "Now, …" and "Today, …" turn from a past the set-up tells ("For decades, …") to the news.
const TURN = /^(?:(?:but|however|yet|nonetheless|nevertheless|still),?|(?:now|today),)\s+/i;
/** What only the sentence before explains: "this", "such", "calls that into question". */
const POINTS_BACK =
	/\b(?:this|these|those|such)\b|\bthat\s+(?:into|in|on|to|as|out|up|off|with|from|for|at|by)\b|\bthat[.,;]/i;

/** Whether the statement leans on what came before it ("this group", "agreed to this"). */
export function pointsBack(text: string): boolean {
	return POINTS_BACK.test(text);
}

/** The sentence without its contrast opening, or '' when it has none or leans back without it. */
export function turnText(text: string): string {
	const match = TURN.exec(text);
	if (!match) return '';
	const rest = text.slice(match[0].length);
	if (pointsBack(rest) || !/^[\p{L}“"]/u.test(rest)) return '';
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A date of the past beside a past-tense verb: history that serves the point. */
const DATED_PAST =
	/\b(?:in|since|by|from|until) (?:the )?(?:early |late |mid-?)?(?:1[5-9]|20)\d{2}s?\b/i;
const PAST_VERB = /\b(?:was|were|had|first|emerged|began|started|founded|invented)\b/i;

/** What has held for a long time ("has long been heralded as …"): the set-up, not the news. */
const LONG_HELD =
	/\b(?:has|have|had) (?:long|always) (?:been|had|held|seen|served)\b|\b(?:for|over) (?:decades|generations|centuries)\b/i;

/**
 * History told with its date ("The form was novel when it first emerged in the early 1900s"),
 * or what has long held: background to the point, never the key.
 */
export function background(text: string): boolean {
	// The main clause only: "… a crossing that residents have used for generations" is news
	// with a background clause, while "The U.S. has long been heralded as …" is background.
	const main = text.split(/,|\s[—–-]{1,2}\s/)[0] ?? text;
	return (
		(DATED_PAST.test(main) && PAST_VERB.test(main)) || LONG_HELD.test(main) || SETTLED.test(text)
	);
}

/**
 * What was known before the news ("it has become clear to researchers that …", "studies have
 * shown …"): the ground a report of new research stands on, not its point (a blind judge twice
 * rejected such a sentence as the key to "the central idea").
 */
const SETTLED =
	/\b(?:it has (?:become|been) (?:(?:more and more|increasingly|widely) )?(?:clear|known|accepted)|(?:researchers|scientists|experts) (?:now )?(?:agree|have long (?:known|believed))|(?:previous |earlier |past )?(?:studies|research) (?:has|have) (?:long |already )?(?:shown|found|suggested))\b/i;

/** A figure other than a year ("23 megapixels", "4K", "$1,000"): past the opening, a detail. */
export function carriesFigure(text: string): boolean {
	// "The 20th century" is an era, not a measurement.
	return /\d/.test(text.replace(/\b(?:(?:1[6-9]|20)\d{2}s?|\d{1,2}(?:st|nd|rd|th))\b/g, ''));
}

/** A short sentence that reverses the one before it: "It failed.", "It did not work." */
const REVERSAL =
	/^(?:it|they|that|this)\s+(?:failed|did not work|didn['’]t work|backfired|fell flat|did not succeed|didn['’]t succeed)\.$/i;

/** The set-up and its reversal as one statement, or '' when the next sentence reverses nothing. */
export function withReversal(text: string, next: string | undefined): string {
	const clause = next?.trim() ?? '';
	if (!REVERSAL.test(clause)) return '';
	return `${text.replace(/[.!]\s*$/, '')}, but ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
}
