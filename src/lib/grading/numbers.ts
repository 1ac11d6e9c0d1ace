/**
 * Reads a typed answer as a number, so "1,200", "1200" and "twelve hundred" are one answer, and
 * "97" = "97%" = "ninety-seven percent". English number words only, up to the trillions, with
 * decimals ("three point five", "1.2 million"). Anything else is not a number (null), and the
 * grader falls back to comparing text.
 */

export interface ReadNumber {
	value: number;
	/** What the number counts, when the answer says so; null when it is a bare number. */
	unit: 'percent' | 'currency' | null;
}

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9
};
const TEENS: Record<string, number> = {
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};
const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

// Digits with optional comma thousands separators ("1,200,000.5") or a bare decimal (".5").
// A comma not followed by exactly three digits ("3,5") is not a separator, so it is not a number.
const NUMERAL = /^[-+]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;

const own = (table: Record<string, number>, word: string): number | undefined =>
	Object.hasOwn(table, word) ? table[word] : undefined;

/** The answer as a number, or null when it is not one. */
export function readNumber(text: string): ReadNumber | null {
	let unit: ReadNumber['unit'] = null;
	let s = text
		.normalize('NFKC')
		.toLowerCase()
		.trim()
		.replace(/[.!?]+$/, '');
	if (/^[$€£¥]/.test(s)) {
		unit = 'currency';
		s = s.slice(1);
	}
	// "97%", "97percent" and "twenty-one" all split into words the readers below know.
	s = s
		.replace(/%/g, ' percent ')
		.replace(/(\d)(?=\p{L})/gu, '$1 ')
		.replace(/(\p{L})-(?=\p{L})/gu, '$1 ');
	const tokens = s.split(/\s+/).filter(Boolean);
	const suffix = percentSuffixLength(tokens);
	if (suffix > 0) {
		if (unit) return null;
		unit = 'percent';
		tokens.splice(tokens.length - suffix);
	}
	let sign = 1;
	if (tokens[0] === 'minus' || tokens[0] === 'negative') {
		sign = -1;
		tokens.shift();
	}
	const value = readNumeral(tokens) ?? readWords(tokens);
	return value === null || !Number.isFinite(value) ? null : { value: sign * value, unit };
}

function percentSuffixLength(tokens: string[]): number {
	const last = tokens.at(-1);
	if (last === 'percent' || last === 'pct') return 1;
	return last === 'cent' && tokens.at(-2) === 'per' ? 2 : 0;
}

/** "1,200" or "1.2 million": digits, optionally scaled by number words. */
function readNumeral(tokens: string[]): number | null {
	const [first, ...rest] = tokens;
	if (first === undefined || !NUMERAL.test(first)) return null;
	let value = Number(first.replace(/,/g, ''));
	for (const word of rest) {
		const scale = word === 'hundred' ? 100 : own(SCALES, word);
		if (scale === undefined) return null;
		value *= scale;
	}
	return value;
}

/**
 * Number words, read strictly so that odd sequences ("nineteen eighty-four", "five six") are not
 * silently summed into a wrong number. Each group below a thousand is [N hundred] [and] tens/units,
 * then a scale word; scales must fall ("two million three thousand", not "thousand million").
 */
function readWords(tokens: string[]): number | null {
	let total = 0;
	let hundreds = 0;
	let rest = 0;
	let restKind: 'none' | 'unit' | 'teen' | 'tens' | 'tensUnit' = 'none';
	let lastScale = Infinity;
	let seen = false;
	for (let i = 0; i < tokens.length; i++) {
		const word = tokens[i] as string;
		const unit = own(UNITS, word);
		const teen = own(TEENS, word);
		const tens = own(TENS, word);
		const scale = own(SCALES, word);
		if (word === 'a' && i === 0 && startsGroup(tokens[1])) {
			[rest, restKind] = [1, 'unit'];
		} else if (unit !== undefined) {
			if (restKind === 'tens' && unit > 0) [rest, restKind] = [rest + unit, 'tensUnit'];
			else if (restKind === 'none') [rest, restKind] = [unit, 'unit'];
			else return null;
		} else if (teen !== undefined || tens !== undefined) {
			if (restKind !== 'none') return null;
			[rest, restKind] = teen !== undefined ? [teen, 'teen'] : [tens as number, 'tens'];
		} else if (word === 'hundred') {
			// "twelve hundred" is a common way to say 1,200, so 1–99 hundreds are allowed.
			// After a scale word only 1–9 hundreds make sense ("one thousand twelve hundred" does not).
			if (hundreds > 0 || rest === 0 || (lastScale !== Infinity && rest > 9)) return null;
			[hundreds, rest, restKind] = [rest * 100, 0, 'none'];
		} else if (scale !== undefined) {
			const group = hundreds + rest;
			if (group === 0 || scale >= lastScale) return null;
			total += group * scale;
			[hundreds, rest, restKind, lastScale] = [0, 0, 'none', scale];
		} else if (word === 'and') {
			if (!seen || restKind !== 'none') return null;
		} else if (word === 'point') {
			const fraction = readDigitWords(tokens.slice(i + 1));
			if (fraction === null) return null;
			return Number(`${total + hundreds + rest}.${fraction}`);
		} else {
			return null;
		}
		seen = true;
	}
	return seen && tokens.at(-1) !== 'and' ? total + hundreds + rest : null;
}

/** "a hundred", "a million": the article counts as one only before a multiplier. */
function startsGroup(next: string | undefined): boolean {
	return next === 'hundred' || (next !== undefined && own(SCALES, next) !== undefined);
}

/** "one four" after "point" → "14": decimals are read digit by digit. */
function readDigitWords(tokens: string[]): string | null {
	if (tokens.length === 0) return null;
	let digits = '';
	for (const word of tokens) {
		const digit = own(UNITS, word);
		if (digit === undefined) return null;
		digits += String(digit);
	}
	return digits;
}

/**
 * Same value, and units that do not contradict: "97" matches "97%" (the student left the sign
 * off), but "97%" does not match "$97". The tolerance only absorbs floating-point noise.
 */
export function sameNumber(a: ReadNumber, b: ReadNumber): boolean {
	if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return false;
	const scale = Math.max(1, Math.abs(a.value), Math.abs(b.value));
	return Math.abs(a.value - b.value) <= 1e-9 * scale;
}
