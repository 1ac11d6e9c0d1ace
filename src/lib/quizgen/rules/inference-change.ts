/**
 * Inference from a change between two stated figures: "The share of adults who cycle to work
 * rose from 12% in 2010 to 31% in 2020" is asked as "Based on paragraph 4, how did the share of
 * adults who cycle to work change between 2010 and 2020?", the key "It more than doubled." The
 * text gives the two figures, never their relation: the reader puts them together. The wrong
 * options are changes the figures rule out (the other direction, far too little, far too much),
 * so no ratio near the edge of a description is asked ("rose from 10 to 17" is neither "roughly
 * doubled" nor clearly "less than doubled"), nor a figure hedged with "more than" or "under".
 */
import type { Sentence } from '../analyse';
import { words } from '../text';
import { sentenceKey, type Candidate, type RuleContext } from './candidate';
import { asClause, choice, showable, spanOf } from './reading';

/** A change in three forms: "will more than double", "more than doubled", "has more than doubled". */
interface Change {
	base: string;
	past: string;
	part: string;
}
const change = (base: string, past: string, part = past): Change => ({ base, past, part });
const ABOUT_DOUBLE = change('roughly double', 'roughly doubled');
const OVER_DOUBLE = change('more than double', 'more than doubled');
const ABOUT_TRIPLE = change('roughly triple', 'roughly tripled');
const OVER_TRIPLE = change('more than triple', 'more than tripled');
const OVER_QUADRUPLE = change('more than quadruple', 'more than quadrupled');
const HALF = change('fall by about half', 'fell by about half', 'fallen by about half');
const OVER_HALF = change(
	'fall by more than half',
	'fell by more than half',
	'fallen by more than half'
);
const BIT_UP = change(
	'rise by less than a tenth',
	'rose by less than a tenth',
	'risen by less than a tenth'
);
const BIT_DOWN = change(
	'fall by less than a tenth',
	'fell by less than a tenth',
	'fallen by less than a tenth'
);
const SAME = change('stay about the same', 'stayed about the same');
const NINE_TENTHS = change(
	'fall by more than nine-tenths',
	'fell by more than nine-tenths',
	'fallen by more than nine-tenths'
);

/**
 * Each band of the ratio new/old that one description fits, with the wrong descriptions it rules
 * out clearly (the other direction, far too little, far too much). Ratios between bands, where two
 * descriptions could both be defended, ask nothing.
 */
const BANDS: Array<{ low: number; high: number; key: Change; decoys: Change[]; relation: string }> =
	[
		{
			low: 1.85,
			high: 2.15,
			key: ABOUT_DOUBLE,
			decoys: [HALF, BIT_UP, OVER_QUADRUPLE],
			relation: 'about twice'
		},
		{
			low: 2.25,
			high: 2.75,
			key: OVER_DOUBLE,
			decoys: [HALF, BIT_UP, OVER_QUADRUPLE],
			relation: 'more than twice'
		},
		{
			low: 2.85,
			high: 3.15,
			key: ABOUT_TRIPLE,
			decoys: [HALF, BIT_UP, OVER_QUADRUPLE],
			relation: 'about three times'
		},
		{
			low: 3.3,
			high: 3.8,
			key: OVER_TRIPLE,
			decoys: [HALF, BIT_UP, SAME],
			relation: 'more than three times'
		},
		{
			low: 4.4,
			high: 50,
			key: OVER_QUADRUPLE,
			decoys: [HALF, BIT_UP, ABOUT_DOUBLE],
			relation: 'more than four times'
		},
		{
			low: 0.45,
			high: 0.55,
			key: HALF,
			decoys: [OVER_DOUBLE, BIT_DOWN, NINE_TENTHS],
			relation: 'about half of'
		},
		{
			low: 0.12,
			high: 0.4,
			key: OVER_HALF,
			decoys: [OVER_DOUBLE, BIT_DOWN, SAME],
			relation: 'less than half of'
		}
	];

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A figure the change is read from; "more than 40%" or "under 3 million" has no known size. */
const FIGURE = String.raw`(?:(?:about|nearly|roughly|around|almost|some|approximately)\s+)?[$£€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent))?(?:\s(?:thousand|million|billion|trillion))?`;
const RISE =
	'rose|risen|rise|increased|increase|grew|grown|grow|climbed|climb|jumped|jump|soared|soar|surged|surge|swelled|swollen|went|gone|go';
const FALL =
	'fell|fallen|fall|dropped|drop|declined|decline|decreased|decrease|shrank|shrunk|shrink|plunged|plunge|tumbled|tumble|sank|sunk|dipped|slid';
/** "… rose from 12% in 2010 to 31% in 2020" (the years optional). */
const FROM_TO = new RegExp(
	String.raw`^(.+?)\s+(?:(has|have|had|will)\s+)?(${RISE}|${FALL})\s+from\s+(${FIGURE})(?:\s+in\s+(\d{4}))?\s+to\s+(${FIGURE})(?:\s+in\s+(\d{4}))?(?=[\s,.;]|$)`,
	'i'
);
/** "Between 2010 and 2020, …" or "Since 2010, …": the period is the prompt's. */
const LEAD =
	/^(?:(between \d{4} and \d{4}|from \d{4} to \d{4}|since \d{4}|over the (?:past|last) (?:decade|year|\w+ (?:years|decades))),\s+)?/i;
/** Words that state the relation the question asks the reader to work out. */
const STATED =
	/\b(?:doubl\w*|tripl\w*|quadrupl\w*|halv\w*|half|twice|thrice|times|fold|\w+fold|percent(?:age)? points?)\b|\bby\s+\d/i;
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'data']);

interface Figure {
	value: number;
	unit: string;
}

function figureOf(text: string): Figure | null {
	const m =
		/([$£€]?)(\d[\d,]*(?:\.\d+)?)(\s?(?:%|percent|per cent))?(?:\s(thousand|million|billion|trillion))?/.exec(
			text
		);
	if (!m) return null;
	const value = Number((m[2] as string).replace(/,/g, '')) * (m[4] ? (SCALE[m[4]] as number) : 1);
	const unit = `${m[1] ?? ''}${m[3] ? '%' : ''}`;
	return Number.isFinite(value) ? { value, unit } : null;
}

/** The ratio new/old, when both are figures of one kind ("from 6 to 13 percent" shares a unit). */
function ratioOf(from: string, to: string): number | null {
	const [a, b] = [figureOf(from), figureOf(to)];
	if (!a || !b || a.value <= 0) return null;
	if (a.unit !== b.unit && a.unit !== '') return null;
	// "from 6 to 13 million": a bare first figure takes the second's scale.
	const scaled =
		!/\b(?:thousand|million|billion|trillion)\b/.test(from) &&
		/\b(?:thousand|million|billion|trillion)\b/.test(to);
	const old = scaled
		? a.value * (SCALE[/(thousand|million|billion|trillion)/.exec(to)?.[1] as string] as number)
		: a.value;
	// Two bare years ("from 2010 to 2020") are a period, not a measure.
	if (
		!a.unit &&
		!b.unit &&
		[a.value, b.value].every((v) => Number.isInteger(v) && v >= 1800 && v <= 2100)
	)
		return null;
	return b.value / old;
}

/** The subject a prompt can name: a short noun phrase, no pronoun, clause or attribution. */
function subjectOf(s: Sentence, text: string): string | null {
	const subject = text.trim();
	const size = words(subject).length;
	if (size < 1 || size > 12 || /[,;:“”"()]/.test(subject)) return null;
	if (
		/^(?:it|its|they|their|this|that|these|those|he|she|his|her|we|our|i|you|there|which|who|what)\b/i.test(
			subject
		)
	)
		return null;
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
function plural(subject: string, aux: string | undefined): boolean {
	if (aux === 'has') return false;
	if (aux === 'have') return true;
	const head =
		(subject.split(/\s+(?:of|in|for|among|at|on|from|who|that|with)\s+/i)[0] ?? subject)
			.split(/\s+/)
			.pop()
			?.toLowerCase() ?? '';
	return PLURALS.has(head) || (/s$/.test(head) && !/(?:ss|us|is)$/.test(head));
}

const bare = (figure: string) =>
	figure.replace(/^(?:about|nearly|roughly|around|almost|some|approximately)\s+/i, '');

type Tense = 'past' | 'perfect' | 'future';

function optionOf(c: Change, tense: Tense, many: boolean): string {
	const who = many ? 'They' : 'It';
	if (tense === 'future') return `${who} will ${c.base}.`;
	if (tense === 'perfect') return `${who} ${many ? 'have' : 'has'} ${c.part}.`;
	return `${who} ${c.past}.`;
}

function promptOf(
	paragraph: number,
	subject: string,
	tense: Tense,
	many: boolean,
	period: string
): string {
	const asked =
		tense === 'future'
			? `will ${subject} change`
			: tense === 'perfect'
				? `${many ? 'have' : 'has'} ${subject} changed`
				: `did ${subject} change`;
	return `Based on paragraph ${paragraph + 1}, how ${asked}${period}?`;
}

export function changeQuestion(s: Sentence, ctx: RuleContext): Candidate | null {
	if (!showable(s) || s.question || s.inQuote || /[“”"]/.test(s.text) || STATED.test(s.text))
		return null;
	const text = s.text.trim();
	const lead = LEAD.exec(text);
	const body = text.slice(lead?.[0].length ?? 0);
	const m = FROM_TO.exec(body);
	if (!m) return null;
	const [, rawSubject, aux, verb, from, fromYear, to, toYear] = m as unknown as string[];
	const ratio = ratioOf(from as string, to as string);
	const band = ratio === null ? undefined : BANDS.find((b) => ratio >= b.low && ratio <= b.high);
	// A verb of the other direction than the figures is a misreading: ask nothing.
	const rises = new RegExp(`^(?:${RISE})$`, 'i').test(verb as string);
	if (
		!band ||
		ratio === null ||
		(/^(?:went|gone|go)$/i.test(verb as string) ? false : rises !== ratio > 1)
	)
		return null;
	const subject = subjectOf(s, rawSubject as string);
	if (!subject) return null;
	const tense: Tense = /^will$/i.test(aux ?? '')
		? 'future'
		: /^ha(?:s|ve)$/i.test(aux ?? '')
			? 'perfect'
			: 'past';
	// A base form without "will" ("they rise from …") is no narrated change.
	if (
		tense === 'past' &&
		/^(?:rise|increase|grow|climb|jump|soar|surge|go|fall|drop|decline|decrease|shrink|plunge|tumble)$/i.test(
			verb as string
		)
	)
		return null;
	const many = plural(subject, aux?.toLowerCase());
	const period =
		fromYear && toYear
			? ` between ${fromYear} and ${toYear}`
			: lead?.[1]
				? ` ${lead[1].toLowerCase()}`
				: '';
	const named = asClause(s, subject);
	return choice({
		ctx,
		skill: 'inference',
		rule: 'inference-change',
		prompt: promptOf(s.paragraph, named, tense, many, period),
		answer: optionOf(band.key, tense, many),
		decoys: band.decoys.map((d) => optionOf(d, tense, many)),
		evidence: spanOf(s),
		because: `${bare(to as string)} is ${band.relation} ${bare(from as string)}`,
		sentenceKey: sentenceKey(s),
		quality: 0.85
	});
}

export function changeQuestions(ctx: RuleContext): Candidate[] {
	return ctx.analysis.sentences.flatMap((s) => changeQuestion(s, ctx) ?? []);
}
