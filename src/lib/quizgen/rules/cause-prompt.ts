/**
 * The question for a cause: "According to paragraph 4, why are sewer lines less affected by
 * cold?" where the clause inverts cleanly (subject + auxiliary + rest), else "According to
 * paragraph 4, what is the reason that …?". An opening phrase ("In the extreme cold, …") moves
 * to the question's end.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { asClause as clause } from './reading';

/** A title before a name ("Mr Obama", "Dr. Ruiz") keeps its capital inside the question. */
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|President|Senator|Governor|Mayor|Judge)\.?\s+\p{Lu}/u;
const DETERMINER = /^(?:the|a|an|this|that|these|those|some|many|most|its|their|his|her|our)$/i;

/**
 * The clause inside a question. Two capitalised words open a name ("Planet Earth II looked …"),
 * which keeps its capital; a capitalised plural before a preposition ("Plans for Yahoo") is a
 * common noun the tagger took for a name, and loses it.
 */
function asClause(s: Sentence, text: string): string {
	const body = text.trim().replace(/[.!;:,]+$/, '');
	if (TITLE.test(body)) return body;
	const [first = '', second = ''] = body.split(/\s+/);
	if (/^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}/u.test(second) && !DETERMINER.test(first))
		return body;
	if (/^\p{Lu}\p{Ll}+s$/u.test(first) && /^(?:for|of|to|in|on|at|from|with)$/.test(second))
		return first.toLowerCase() + body.slice(first.length);
	return clause(s, text);
}

const AUX = /^(?:is|are|was|were|has|have|had|can|could|will|would|must|should)$/i;

/**
 * "Why are sewer lines less affected by cold?" when the clause is subject + auxiliary + rest
 * (the subject only names things: no verb before the auxiliary); null otherwise.
 */
function whyQuestion(s: Sentence, effect: string): string | null {
	const at = s.start + s.text.indexOf(effect);
	const inside = s.tokens.filter((t) => t.start >= at && t.end <= at + effect.length);
	const aux = inside.findIndex((t) => t.pos === 'AUX' && AUX.test(t.text));
	if (
		aux < 1 ||
		inside.slice(0, aux).some((t) => !/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|PUNCT)$/.test(t.pos))
	)
		return null;
	const verb = inside[aux] as (typeof inside)[number];
	// "has been closed" keeps its participle chain; a negation after the auxiliary stays with it.
	const subject = asClause(s, effect.slice(0, verb.start - at).trim());
	const rest = effect.slice(verb.end - at).trim();
	if (/^not\b/i.test(rest) || words(rest).length < 2) return null;
	return `Why ${verb.text.toLowerCase()} ${subject} ${rest}?`;
}

/** "In the extreme cold, officials will not …": the opening phrase moves to the question's end. */
const OPENING =
	/^((?:in|during|on|at|for|under|with|after|before|since)\s[^,]{3,40}|(?:last|this|earlier this|late last)\s(?:week|month|year|spring|summer|fall|autumn|winter)),\s+(.+)$/i;

/**
 * ", in particular," and its kind speak to the article's reader, not to a question's; ", around
 * this time," points to a time the question does not show.
 */
const ASIDE =
	/,\s*(?:in particular|for example|for instance|however|of course|in fact|indeed|too|also|though|around (?:this|that) time|at (?:this|that|the) time|by then|by that time|in turn|meanwhile|still|at first|in the end),\s*/gi;

export function causePrompt(s: Sentence, effect: string, n: number): string {
	return askedPrompt(s, effect, n).replace(ASIDE, ' ');
}

function askedPrompt(s: Sentence, effect: string, n: number): string {
	const opening = OPENING.exec(effect);
	const core = opening ? (opening[2] as string) : effect;
	const tail = opening
		? ` ${(opening[1] as string).charAt(0).toLowerCase()}${(opening[1] as string).slice(1)}`
		: '';
	const why = whyQuestion(s, core);
	return why
		? `According to paragraph ${n}, ${why.charAt(0).toLowerCase()}${why.slice(1, -1)}${tail}?`
		: `According to paragraph ${n}, what is the reason that ${asClause(s, core)}${tail}?`;
}
