/**
 * Links across two sentences: a sentence that opens by pointing back ("That's because Y.",
 * "As a result, Y.", "That is why Y.", "The move sparked Y.", "The decision came after Y.") names
 * the sentence before as one side of the link. Both sentences are cited, and the question needs
 * both: its prompt shows one, its key the other.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { causePrompt } from './cause-prompt';
import { enough, phraseSized, trimTail } from './cause-clause';
import type { Link } from './cause-links';
import { asClause, hasLoosePronoun, leansOutside, selfContained, showable } from './reading';

/** What points back to the sentence before: a pronoun, or a noun for what it told. */
const BACK =
	'(?:that|this|it|the (?:move|decision|change|announcement|shift|ruling|incident|attack|closure|ban|cut|rise|fall|delay|vote|measure|policy|plan|order|report|news|outage|strike|crash|failure))';

const OPENS_RESULT =
	/^(?:As a result|Consequently|As a consequence|Because of (?:this|that)|For (?:this|that) reason|Therefore|Thus|Hence|So),\s+(.+)$/i;
const OPENS_BECAUSE = new RegExp(
	`^(?:That|This|It)(?:[’']s| is| was) (?:partly |largely |mainly |mostly |in part )?because (?!of\\b)(.+)$`,
	'i'
);
const OPENS_WHY =
	/^(?:That|This)(?:[’']s| is| was) (?:partly |largely |mainly |mostly )?why (.+)$/i;
const OPENS_VERB = new RegExp(
	`^${BACK} (?:has |have |had |also |quickly |soon )?(led to|prompted|sparked|triggered|caused|forced|resulted in|fuell?ed) (.+)$`,
	'i'
);
const OPENS_AFTER = new RegExp(
	`^${BACK} (?:comes|came|followed) (?:just |only |days |weeks |months |hours )?(?:after|amid|in response to) (.+)$`,
	'i'
);

/**
 * An opening whose subject is the sentence before ("The move sparked …"): read only with that
 * one, since the one-sentence patterns would take "the move" for a cause of its own.
 */
export const SUBJECT_BACK = new RegExp(
	[OPENS_WHY, OPENS_VERB, OPENS_AFTER].map((r) => r.source).join('|'),
	'i'
);

/** A sentence opening that leans on the one before: it is read with that one, not alone. */
export const POINTS_BACK = new RegExp(
	[OPENS_RESULT, OPENS_BECAUSE, OPENS_WHY, OPENS_VERB, OPENS_AFTER].map((r) => r.source).join('|'),
	'i'
);

/**
 * The sentence before as one side: shown alone (as an option or in a prompt) it must stand on
 * its own, hold no quotation or question, and drop an opening "And"/"But".
 */
function before(previous: Sentence | undefined): string | null {
	if (!previous || !showable(previous) || /[“”"?]/.test(previous.text)) return null;
	const text = trimTail(previous.text.replace(/^(?:and|but|yet|so)\s+/i, ''))
		.replace(/,\s+(?:even as|while|although|though)\b.*$/i, '')
		.trim();
	const size = words(text).length;
	if (size < 4 || size > 30 || leansOutside(text)) return null;
	return text;
}

const link = (from: Sentence, to: Sentence, parts: Omit<Link, 'from' | 'to'>): Link => ({
	from,
	to,
	...parts
});

/** "X. That's because Y.": why X happened, X asked with its opening "And"/"But" dropped. */
function because(s: Sentence, previous: Sentence, effect: string, text: string): Link | null {
	const m = OPENS_BECAUSE.exec(text);
	const cause = m ? trimTail(m[1] as string) : '';
	if (!m || !enough(effect, 4) || !enough(cause, 4)) return null;
	const prompt = causePrompt(previous, effect, previous.paragraph + 1);
	return link(previous, s, { cause, effect, ask: 'cause', prompt });
}

/** "X. As a result, Y.": what followed X. */
function result(s: Sentence, previous: Sentence, cause: string, text: string): Link | null {
	const m = OPENS_RESULT.exec(text);
	const effect = m ? trimTail(m[1] as string) : '';
	if (!m || !enough(effect, 5) || leansOutside(effect)) return null;
	const prompt = `Paragraph ${s.paragraph + 1} says that ${asClause(previous, cause)}. According to the article, what happened as a result?`;
	return link(previous, s, { cause, effect, ask: 'effect', prompt });
}

/**
 * "X. That is why Y." / "X. The move sparked Y.": what led to Y, the key the sentence before
 * (a whole clause, so its wrong options are other stated reasons written as clauses).
 */
function ledTo(s: Sentence, previous: Sentence, cause: string, text: string): Link | null {
	if (!selfContained(cause)) return null;
	const why = OPENS_WHY.exec(text);
	if (why) {
		const effect = trimTail(why[1] as string);
		if (!enough(effect, 4) || hasLoosePronoun(effect) || leansOutside(effect)) return null;
		return link(previous, s, {
			cause,
			effect,
			ask: 'cause',
			prompt: causePrompt(s, effect, s.paragraph + 1)
		});
	}
	const m = OPENS_VERB.exec(text);
	if (!m) return null;
	const verb = (m[1] as string).toLowerCase();
	const effect = trimTail(m[2] as string).replace(/,\s+(?:and|but|which|while)\b.*$/i, '');
	if (!enough(effect, 2) || words(effect).length > 14 || hasLoosePronoun(effect)) return null;
	if (/^(?:him|her|them|us|me|by)\b/i.test(effect) || leansOutside(effect)) return null;
	const prompt = `According to paragraph ${s.paragraph + 1}, what ${verb} ${asClause(s, effect)}?`;
	return link(previous, s, { cause, effect: `${verb} ${effect}`, ask: 'cause', prompt });
}

/** "X. The decision came after Y.": why X happened, Y the reason (a clause or a noun phrase). */
function cameAfter(s: Sentence, previous: Sentence, effect: string, text: string): Link | null {
	const m = OPENS_AFTER.exec(text);
	const cause = m ? trimTail(m[1] as string) : '';
	if (!m || !enough(effect, 5) || !enough(cause, 2) || words(cause).length > 22) return null;
	if (hasLoosePronoun(cause) || /^(?:this|that|these|those|it)\b/i.test(cause)) return null;
	const clause = /\b(?:is|are|was|were|has|have|had|\p{L}+ed)\b/iu.test(cause);
	if (!clause && !phraseSized(cause)) return null;
	const prompt = causePrompt(previous, effect, previous.paragraph + 1);
	return link(previous, s, { cause, effect, ask: 'cause', phrase: !clause, prompt });
}

/** The link a pointing-back sentence states with the sentence before it, if any. */
export function acrossLinks(s: Sentence, previous: Sentence | undefined, text: string): Link[] {
	const side = before(previous);
	if (!side || !previous) return [];
	const found =
		because(s, previous, side, text) ??
		result(s, previous, side, text) ??
		ledTo(s, previous, side, text) ??
		cameAfter(s, previous, side, text);
	return found ? [found] : [];
}
