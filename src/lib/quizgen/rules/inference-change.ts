/**
 * Inference from a change between two stated figures: "The share of adults who cycle to work
 * rose from 12% in 2010 to 31% in 2020" is asked as "Based on paragraph 4, how did the share of
 * adults who cycle to work change between 2010 and 2020?", the key "It more than doubled." The
 * text gives the two figures, never their relation: the reader puts them together. Also "The
 * jobless rate was 4.4% in May, down from 8.9% a year earlier." The wrong options are changes the
 * figures rule out (`inference-ratio.ts`); a sentence that names the relation ("doubled",
 * "twice", "by 12 points") or hedges a figure ("more than 40%") asks nothing.
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import {
	bandOf,
	bare,
	FIGURE,
	optionOf,
	rising,
	subjectInPrompt,
	type Band,
	type Tense
} from './inference-ratio';
import { choice, showable, spanOf } from './reading';

const RISE =
	'rose|risen|rise|increased|increase|grew|grown|grow|climbed|climb|jumped|jump|soared|soar|surged|surge|swelled|swollen';
const FALL =
	'fell|fallen|fall|dropped|drop|declined|decline|decreased|decrease|shrank|shrunk|shrink|plunged|plunge|tumbled|tumble|sank|sunk|dipped|slid';
const MOVE = 'went|gone|go';
/** A base form is a change only after "will" ("they rise from …" is no narrated change). */
const BASE =
	/^(?:rise|increase|grow|climb|jump|soar|surge|go|fall|drop|decline|decrease|shrink|plunge|tumble)$/i;
/** "… rose from 12% in 2010 to 31% in 2020" (the years optional). */
const FROM_TO = new RegExp(
	String.raw`^(.+?)\s+(?:(has|have|had|will)\s+)?(${RISE}|${FALL}|${MOVE})\s+from\s+(${FIGURE})(?:\s+in\s+(\d{4}))?\s+to\s+(${FIGURE})(?:\s+in\s+(\d{4}))?(?=[\s,.;]|$)`,
	'iu'
);
/** "The jobless rate was 4.4% in May, down from 8.9% a year earlier." */
const UP_FROM = new RegExp(
	String.raw`^(.+?)\s+(?:(has|have|will)\s+)?(was|were|is|are|stood at|stands at|reached|hit|(?:rose|risen|climbed|jumped|fell|fallen|dropped|grew|grown) to|totaled|totalled|be)\s+(${FIGURE})(?:\s+in\s+(\d{4}))?(?:\s+(?:a|per)\s+\p{L}+)?(?:\s+(?:in|by|last|this)\s+[\p{L}\d ]{1,20}?)?,\s+(up\s+from|down\s+from|compared\s+(?:with|to))\s+(${FIGURE})(?:\s+in\s+(\d{4}))?(\s+(?:a\s+year|a\s+decade|\w+\s+years)\s+(?:earlier|ago|before)|\s+last\s+year)?(?=[\s,.;]|$)`,
	'iu'
);
/** "Exports rose to $31 billion from $12 billion in 2010" (the order of American news). */
const TO_FROM = new RegExp(
	String.raw`^(.+?)\s+(?:(has|have|had|will)\s+)?(${RISE}|${FALL})\s+to\s+(${FIGURE})(?:\s+in\s+(\d{4}))?\s+from\s+(${FIGURE})(?:\s+in\s+(\d{4}))?(?=[\s,.;]|$)`,
	'iu'
);
/** "Between 2010 and 2020, …" or "Since 2010, …": the period is the prompt's. */
const LEAD =
	/^(?:(between \d{4} and \d{4}|from \d{4} to \d{4}|since \d{4}|over the (?:past|last) (?:decade|year|\w+ (?:years|decades))),\s+)?/i;
/** Words that state the relation the question asks the reader to work out. */
const STATED =
	/\b(?:doubl\w*|tripl\w*|quadrupl\w*|halv\w*|half|twice|thrice|times|\w*fold|points?)\b|\bby\s+(?:about\s+|nearly\s+)?[$£€]?\d/i;
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'data']);
const LOOSE =
	/^(?:it|its|they|their|this|that|these|those|he|she|his|her|we|our|i|you|there|which|who|what)\b/i;

/** The subject a prompt can name: a short noun phrase, no pronoun, clause or attribution. */
function subjectOf(s: Sentence, text: string): string | null {
	const subject = text.trim();
	const size = words(subject).length;
	if (size < 1 || size > 12 || /[,;:“”"()]/.test(subject) || LOOSE.test(subject)) return null;
	if (/\b(?:said|says|and|or|but|while)\b/i.test(subject)) return null;
	const at = s.start + s.text.indexOf(subject);
	const tokens = s.tokens.filter((t) => t.start >= at && t.start < at + subject.length);
	// "who", "that" open a relative clause inside the noun phrase ("the share of adults who cycle").
	const pronoun = (t: { pos: string; text: string }) =>
		t.pos === 'PRON' && !/^(?:who|that|which)$/i.test(t.text);
	if (tokens.some((t) => t.pos === 'AUX' || pronoun(t))) return null;
	return /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[0]?.pos ?? '') ? subject : null;
}

/** "The number of deaths" is one thing, "Home prices" many: the head before "of", "in", "who"… */
function plural(subject: string, verb: string): boolean {
	if (/^(?:has|is|was)$/i.test(verb)) return false;
	if (/^(?:have|are|were)$/i.test(verb)) return true;
	const phrase = subject.split(/\s+(?:of|in|for|among|at|on|from|who|that|with)\s+/i)[0] ?? subject;
	const head = phrase.split(/\s+/).pop()?.toLowerCase() ?? '';
	return PLURALS.has(head) || (/s$/.test(head) && !/(?:ss|us|is)$/.test(head));
}

function promptOf(
	paragraph: number,
	subject: string,
	tense: Tense,
	many: boolean,
	period: string
): string {
	const have = many ? 'have' : 'has';
	const asked =
		tense === 'future'
			? `will ${subject} change`
			: tense === 'perfect'
				? `${have} ${subject} changed`
				: `did ${subject} change`;
	return `Based on paragraph ${paragraph + 1}, how ${asked}${period}?`;
}

interface Reading {
	subject: string;
	/** The auxiliary or the verb that shows tense and number. */
	aux: string;
	from: string;
	to: string;
	band: Band;
	period: string;
}

function fromTo(body: string, lead: string): Reading | null {
	const forward = FROM_TO.exec(body);
	const back = forward ? null : TO_FROM.exec(body);
	const m = forward ?? back;
	if (!m) return null;
	const [, subject, aux, verb, ...figures] = m as unknown as string[];
	const [from, fromYear, to, toYear] = forward
		? figures
		: [figures[2], figures[3], figures[0], figures[1]];
	const band = bandOf(from as string, to as string);
	if (!band || (!aux && BASE.test(verb as string))) return null;
	// A verb of the other direction than the figures is a misreading: ask nothing.
	const up = new RegExp(`^(?:${RISE})$`, 'i').test(verb as string);
	const down = new RegExp(`^(?:${FALL})$`, 'i').test(verb as string);
	if ((up && !rising(band)) || (down && rising(band))) return null;
	const period = fromYear && toYear ? ` between ${fromYear} and ${toYear}` : lead;
	return {
		subject: subject as string,
		aux: aux ?? '',
		from: from as string,
		to: to as string,
		band,
		period
	};
}

function upFrom(body: string, lead: string): Reading | null {
	const m = UP_FROM.exec(body);
	if (!m) return null;
	const [, subject, aux, verb, to, toYear, way, from, fromYear, ago] = m as unknown as string[];
	const band = bandOf(from as string, to as string);
	if (!band) return null;
	// "compared with 17% of those who …" compares two groups; only an earlier time is a change.
	if (/^compared/i.test(way as string)) {
		if (!fromYear && !ago) return null;
	} else if (/^up/i.test(way as string) !== rising(band)) return null;
	if (/^be$/i.test(verb as string) !== /^will$/i.test(aux ?? '')) return null;
	// "is 4.4%, down from …" is how it stands now: it has changed.
	const shown =
		aux ||
		(/^(?:is|stands at)$/i.test(verb as string)
			? 'has'
			: /^are$/i.test(verb as string)
				? 'have'
				: (verb ?? ''));
	// "are $2,500, up from $1,100 in 2012": how they have changed since 2012.
	const since = fromYear && /^ha(?:s|ve)$/i.test(shown) ? ` since ${fromYear}` : lead;
	const period = fromYear && toYear ? ` between ${fromYear} and ${toYear}` : since;
	return {
		subject: subject as string,
		aux: shown,
		from: from as string,
		to: to as string,
		band,
		period
	};
}

export function changeQuestion(s: Sentence, ctx: RuleContext): Candidate | null {
	if (!showable(s) || s.question || s.inQuote || /[“”"]/.test(s.text) || STATED.test(s.text))
		return null;
	const text = s.text.trim();
	const lead = LEAD.exec(text);
	const body = text.slice(lead?.[0].length ?? 0);
	const during = lead?.[1] ? ` ${lead[1].toLowerCase()}` : '';
	const r = fromTo(body, during) ?? upFrom(body, during);
	const subject = r && subjectOf(s, r.subject);
	if (!r || !subject) return null;
	const tense: Tense = /^will$/i.test(r.aux)
		? 'future'
		: /^ha(?:s|ve)$/i.test(r.aux)
			? 'perfect'
			: 'past';
	const many = plural(subject, r.aux);
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-change',
		prompt: promptOf(s.paragraph, subjectInPrompt(ctx.analysis, s, subject), tense, many, r.period),
		answer: optionOf(r.band.key, tense, many),
		decoys: r.band.decoys.map((d) => optionOf(d, tense, many)),
		evidence: spanOf(s),
		because: `${bare(r.to)} is ${r.band.relation} ${bare(r.from)}`,
		sentenceKey: sentenceKey(s),
		quality: 0.85
	});
}

export function changeQuestions(ctx: RuleContext): Candidate[] {
	// A cheap test first: the patterns' lazy subjects cost time on every long sentence.
	const cue = /\b(?:from|compared\s+(?:with|to))\s+(?:\p{L}+\s+)?[$£€]?\d/u;
	return ctx.analysis.sentences.flatMap((s) =>
		cue.test(s.text) ? (changeQuestion(s, ctx) ?? []) : []
	);
}
