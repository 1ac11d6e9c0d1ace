/**
 * What is likely from a stated expectation or plan: "The port authority is expected to reopen
 * the pier by June" or "The council plans to sell the old depot" is asked as "Based on
 * paragraph 3, what is the port authority likely to do?", the key the plan as a verb phrase
 * ("Reopen the pier by June"). Wrong options are other things the article says someone else
 * will do ("… will build a new slipway" → "Build a new slipway"), on other subjects, so that
 * only the cited sentence answers. A past plan ("planned to", "was expected to") may not have
 * happened: never asked.
 */
import type { Sentence } from '../analyse';
import { fold, words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import {
	asClause,
	choice,
	hasLoosePronoun,
	near,
	showable,
	similarLength,
	spanOf
} from './reading';

interface Plan {
	s: Sentence;
	subject: string;
	/** The verb phrase, base form: "reopen the pier by June". */
	act: string;
}

const EXPECT =
	/^(.+?)\s+(?:is|are)\s+(?:widely\s+)?(?:expected|set|scheduled|due|poised|likely)\s+to\s+(.+)$|^(.+?)\s+(?:plans?|intends?|aims?|hopes?)\s+to\s+(.+)$/i;
const WILL = /^(.+?)\s+will\s+(?!be\b|not\b|have to\b)(.+)$/i;
/** ", officials said" / ", according to …" ends the plan; so does a second clause. */
const TAIL =
	/,\s*(?:according to|(?:[\p{L}.’'-]+\s){0,5}(?:said|says|told|added|noted|reported))\b.*$|,\s+(?:and|but|while|although|which|who)\b.*$|\s+[—–]\s.*$/iu;

/** A subject a prompt can name: a few words, a noun phrase, no pronoun or clause. */
/** "LONDON — After years of talks, the council": a dateline and an opening phrase are no subject. */
const OPENING =
	/^(?:[A-Z]{2,}[A-Z ,.]*\s+[—–-]\s+)?(?:(?:after|in|on|at|by|for|with|despite|during|since|later|now|today|still|meanwhile|already|last|this|next|over)\b[^,]*,\s+)?/i;

function subjectOf(text: string): string | null {
	const subject = text
		.replace(OPENING, '')
		.replace(/^(?:but|and|so|now|meanwhile|still),?\s+/i, '')
		// "His father was Kenyan and the president": the second clause's subject.
		.replace(/^.*\b(?:is|was|are|were|has|had)\b.*?\s+and\s+(?=the\s|\p{Lu})/iu, '')
		.trim();
	const size = words(subject).length;
	if (size < 1 || size > 8 || /,/.test(subject) || hasLoosePronoun(subject)) return null;
	if (/^(?:i|we|you|it|this|that|these|those|there|which|who)\b/i.test(subject)) return null;
	// "The office estimates that the yield": a reported clause, not a subject.
	if (/\b(?:that|estimates?|says?|said|believes?)\b/i.test(subject)) return null;
	return subject;
}

/** A verb phrase fit to stand as an option: a few words, no quotation, no "I"/"you". */
function actOf(text: string): string | null {
	const act = text
		.replace(TAIL, '')
		.replace(/[.!]+$/, '')
		.trim();
	const size = words(act).length;
	if (size < 3 || size > 16 || /[“”"?;:]/.test(act)) return null;
	if (/\b(?:I|me|my|we|us|our|you|your)\b/.test(act)) return null;
	return act;
}

function planOf(s: Sentence): Plan | null {
	if (!showable(s) || /[“”"?]/.test(s.text)) return null;
	const m = EXPECT.exec(s.text.trim().replace(/[.!]+$/, ''));
	if (!m) return null;
	const subject = subjectOf((m[1] ?? m[3]) as string);
	const act = actOf((m[2] ?? m[4]) as string);
	// "They are expected to …" has no subject to name; "… plans to" inside a subordinate clause
	// ("When the council plans to …") is no plan.
	if (!subject || !act || /^(?:when|if|as|while|because|although)\b/i.test(subject)) return null;
	return { s, subject, act };
}

/** Other things the article says will happen, each as a verb phrase with its subject. */
function outcomes(ctx: RuleContext): Array<{ paragraph: number; subject: string; act: string }> {
	return ctx.analysis.sentences.flatMap((s) => {
		if (!showable(s) || /[“”"?]/.test(s.text)) return [];
		const text = s.text.trim().replace(/[.!]+$/, '');
		const m = WILL.exec(text) ?? EXPECT.exec(text);
		if (!m) return [];
		const subject = subjectOf((m[1] ?? m[3]) as string);
		const act = actOf((m[2] ?? m[4]) as string);
		// A decoy in "its"/"their" would seem to speak of the prompt's subject.
		if (!subject || !act || hasLoosePronoun(act)) return [];
		return [{ paragraph: s.paragraph, subject, act }];
	});
}

const content = (text: string) => words(text).filter((w) => w.length >= 4);
function sharesContent(a: string, b: string): boolean {
	const other = new Set(content(b));
	return content(a).some((w) => other.has(w));
}

const asAct = (act: string) => act.charAt(0).toUpperCase() + act.slice(1);

export function likelyQuestions(ctx: RuleContext): Candidate[] {
	const plans = ctx.analysis.sentences.flatMap((s) => planOf(s) ?? []);
	if (plans.length === 0) return [];
	const pool = outcomes(ctx);
	const used = new Set<string>();
	return plans.flatMap((p): Candidate[] => {
		const answer = asAct(p.act);
		const others = near(pool, p.s.paragraph)
			.filter((o) => o.paragraph !== p.s.paragraph && !sharesContent(o.subject, p.subject))
			// "Announce a new Sudan strategy" beside "reverse its position on Sudan" may be the same
			// actor's plan too: a wrong option shares no content word with the cited sentence.
			.filter((o) => fold(o.act) !== fold(p.act) && !sharesContent(o.act, p.s.text))
			.map((o) => asAct(o.act));
		// One quiz never shows the same wrong plan twice (rank.ts does not compare these options).
		const decoys = similarLength(
			answer,
			[...new Set(others)].filter((o) => !used.has(o)),
			3
		);
		if (decoys.length >= 2) for (const d of decoys) used.add(d);
		const subject = asClause(p.s, p.subject);
		const made = choice({
			ctx,
			skill: 'inference',
			rule: 'inference-likely',
			prompt: `Based on paragraph ${p.s.paragraph + 1}, what ${/s$/.test(p.subject) && !/ss$/.test(p.subject) ? 'are' : 'is'} ${subject} likely to do?`,
			answer,
			decoys,
			evidence: spanOf(p.s),
			because: `${subject} is expected or plans to ${p.act}`,
			sentenceKey: sentenceKey(p.s),
			quality: decoys.length >= 3 ? 0.84 : 0.8
		});
		return made ? [made] : [];
	});
}
