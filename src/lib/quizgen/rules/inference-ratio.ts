/**
 * How two figures of one measure relate, in words a reader can check: "31% is more than twice
 * 12%", so the measure "more than doubled". Each band of the ratio new/old has one description
 * and the wrong descriptions it rules out clearly (the other direction, far too little, far too
 * much); a ratio between bands, where two descriptions could both be defended, has none.
 */

import type { Analysis, Sentence } from '../analyse';
import { asClause } from './reading';

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
const SAME = change('stay about the same', 'stayed about the same');
const fall = (by: string) => change(`fall by ${by}`, `fell by ${by}`, `fallen by ${by}`);
const HALF = fall('about half');
const OVER_HALF = fall('more than half');
const BIT_DOWN = fall('less than a tenth');
const NINE_TENTHS = fall('more than nine-tenths');
const BIT_UP = change(
	'rise by less than a tenth',
	'rose by less than a tenth',
	'risen by less than a tenth'
);

export interface Band {
	low: number;
	high: number;
	key: Change;
	decoys: Change[];
	/** "31% is more than twice 12%": the explanation's words. */
	relation: string;
}

const band = (
	low: number,
	high: number,
	key: Change,
	decoys: Change[],
	relation: string
): Band => ({
	low,
	high,
	key,
	decoys,
	relation
});

const BANDS: Band[] = [
	band(1.85, 2.15, ABOUT_DOUBLE, [HALF, BIT_UP, OVER_QUADRUPLE], 'about twice'),
	band(2.25, 2.75, OVER_DOUBLE, [HALF, BIT_UP, OVER_QUADRUPLE], 'more than twice'),
	band(2.85, 3.15, ABOUT_TRIPLE, [HALF, BIT_UP, OVER_QUADRUPLE], 'about three times'),
	band(3.3, 3.8, OVER_TRIPLE, [HALF, BIT_UP, SAME], 'more than three times'),
	band(4.4, 50, OVER_QUADRUPLE, [HALF, BIT_UP, ABOUT_DOUBLE], 'more than four times'),
	band(0.45, 0.55, HALF, [OVER_DOUBLE, BIT_DOWN, NINE_TENTHS], 'about half of'),
	band(0.12, 0.4, OVER_HALF, [OVER_DOUBLE, BIT_DOWN, SAME], 'less than half of')
];

const SCALES = 'thousand|million|billion|trillion';
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const HEDGE = 'about|nearly|roughly|around|almost|some|approximately';
/**
 * A unit after a figure is a plural noun ("48 minutes", "200 loaves"); these end in "s" and are
 * none ("$2.40 across the decade", "12 this year was …").
 */
const NOT_UNIT =
	'its|this|was|has|is|as|us|thus|plus|minus|across|towards|besides|percent|points?|perhaps|whereas';
/** "48 minutes": the unit noun, which must be one on both sides. */
const unitWord = (text: string) => /\d\s+(\p{Ll}+)$/u.exec(text.trim())?.[1];
/** A figure the change is read from; "more than 40%" or "under 3 million" has no known size. */
export const FIGURE = String.raw`(?:(?:${HEDGE})\s+)?[$£€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent))?(?:\s(?:${SCALES}))?(?:\s(?!(?:${NOT_UNIT})\b)\p{Ll}+s\b)?`;
const PARTS = new RegExp(
	String.raw`([$£€]?)(\d[\d,]*(?:\.\d+)?)(\s?(?:%|percent|per cent))?(?:\s(${SCALES}))?`
);

interface Figure {
	value: number;
	unit: string;
	scale: number;
}

function figureOf(text: string): Figure | null {
	const m = PARTS.exec(text);
	if (!m) return null;
	const value = Number((m[2] as string).replace(/,/g, ''));
	const scale = m[4] ? (SCALE[m[4]] as number) : 0;
	return Number.isFinite(value) ? { value, unit: `${m[1] ?? ''}${m[3] ? '%' : ''}`, scale } : null;
}

/** "1998" or "2010" alone: a year, not an amount. */
const yearLike = (f: Figure) =>
	!f.unit && !f.scale && Number.isInteger(f.value) && f.value >= 1800 && f.value <= 2100;

/**
 * The band of old → new, when both are figures of one kind: "from 6 to 13 percent" and "from 1.2
 * to 3 million" (a bare first figure takes the second's unit and scale); never two years.
 */
export function bandOf(from: string, to: string): Band | null {
	const [a, b] = [figureOf(from), figureOf(to)];
	if (!a || !b || a.value <= 0 || (a.unit !== b.unit && a.unit !== '')) return null;
	const [unitA, unitB] = [unitWord(from), unitWord(to)];
	// Degrees, ranks and ages are no amounts: 10 to 25 degrees did not "more than double".
	if ([unitA, unitB].some((u) => u && /^(?:degrees?|years?|place|points?)$/.test(u))) return null;
	if (unitA && unitB && unitA !== unitB && !SCALE[unitA] && !SCALE[unitB]) return null;
	if (yearLike(a) && yearLike(b)) return null;
	if (a.scale && b.scale === 0) return null;
	const ratio = (b.value * (b.scale || 1)) / (a.value * (a.scale || b.scale || 1));
	return BANDS.find((x) => ratio >= x.low && ratio <= x.high) ?? null;
}

export const rising = (band: Band) => band.low > 1;

/** A figure without its hedge, for the explanation: "about 12%" → "12%". */
export const bare = (figure: string) => figure.replace(new RegExp(`^(?:${HEDGE})\\s+`, 'i'), '');

/**
 * A subject inside a prompt: "The share of …" → "the share of …", but "Māori harvest rights" keeps
 * its capital when the article writes the word capitalised mid-sentence too (a name).
 */
export function subjectInPrompt(analysis: Analysis, s: Sentence, subject: string): string {
	const first = /^\p{Lu}[\p{L}’'-]*/u.exec(subject)?.[0];
	const escaped = first?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const named = escaped && new RegExp(`[\\p{Ll},;] ${escaped}\\b`, 'u');
	if (named && analysis.paragraphs.some((p) => named.test(p))) return subject;
	return asClause(s, subject);
}

export type Tense = 'past' | 'perfect' | 'future';

export function optionOf(c: Change, tense: Tense, many: boolean): string {
	const who = many ? 'They' : 'It';
	if (tense === 'future') return `${who} will ${c.base}.`;
	if (tense === 'perfect') return `${who} ${many ? 'have' : 'has'} ${c.part}.`;
	return `${who} ${c.past}.`;
}
