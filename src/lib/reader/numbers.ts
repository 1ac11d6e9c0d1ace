/**
 * Syllables of figures as they are read aloud. Flesch (1948) counted syllables "as the word is
 * pronounced", so "2026" is "twenty twenty-six" (5), not one syllable and not four digits.
 */

/** zero, one, two, … nineteen. */
const UNITS = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
/** (none), ten, twenty, thirty, … ninety: the tens place of 20..99. */
const TENS = [0, 1, 2, 2, 2, 2, 2, 3, 2, 2];
/** trillion, billion, million, thousand: two syllables each. */
const SCALES = [1e12, 1e9, 1e6, 1e3];
const SCALE_SYLLABLES = 2;
const HUNDRED_SYLLABLES = 2;
const POINT_SYLLABLES = 1;
/** "oh", as in "nineteen oh five". */
const OH_SYLLABLES = 1;

function digitSyllables(digits: string): number {
	let total = 0;
	for (const digit of digits) total += UNITS[Number(digit)] ?? 1;
	return total;
}

/** Syllables of a whole number below a quadrillion, read the long way ("three hundred four"). */
export function integerSyllables(value: number): number {
	if (value < 20) return UNITS[value] ?? 1;
	if (value < 100) {
		const ones = value % 10;
		return (TENS[Math.floor(value / 10)] ?? 2) + (ones ? (UNITS[ones] ?? 1) : 0);
	}
	if (value < 1000) {
		const rest = value % 100;
		return integerSyllables(Math.floor(value / 100)) + HUNDRED_SYLLABLES + restSyllables(rest);
	}
	for (const scale of SCALES) {
		if (value >= scale) {
			const rest = value % scale;
			return integerSyllables(Math.floor(value / scale)) + SCALE_SYLLABLES + restSyllables(rest);
		}
	}
	return 0;
}

function restSyllables(rest: number): number {
	return rest ? integerSyllables(rest) : 0;
}

/**
 * Years are read in pairs: 1984 "nineteen eighty-four", 2026 "twenty twenty-six", 1905
 * "nineteen oh five", 1900 "nineteen hundred". 2000 to 2009 are read as ordinary numbers.
 */
function yearSyllables(year: number): number | null {
	const isPairedYear = (year >= 1100 && year <= 1999) || (year >= 2010 && year <= 2099);
	if (!isPairedYear) return null;
	const century = Math.floor(year / 100);
	const rest = year % 100;
	if (rest === 0) return integerSyllables(century) + HUNDRED_SYLLABLES;
	const restPart = rest < 10 ? OH_SYLLABLES + integerSyllables(rest) : integerSyllables(rest);
	return integerSyllables(century) + restPart;
}

/**
 * Syllables of a figure such as "7", "2026", "1,000" or "3.5". Codes with leading zeros and very
 * long figures are read digit by digit, as people read them.
 */
export function numberSyllables(figure: string): number {
	const [whole = '', fraction] = figure.replace(/,(?=\d{3}(?!\d))/g, '').split('.');
	if (!/^\d+$/.test(whole)) return Math.max(1, digitSyllables(figure.replace(/\D/g, '')));
	const fractionPart = fraction ? POINT_SYLLABLES + digitSyllables(fraction) : 0;
	if ((whole.length > 1 && whole.startsWith('0')) || whole.length > 15) {
		return digitSyllables(whole) + fractionPart;
	}
	const value = Number(whole);
	const year = whole.length === 4 && !fraction ? yearSyllables(value) : null;
	return (year ?? integerSyllables(value)) + fractionPart;
}
