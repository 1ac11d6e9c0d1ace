/**
 * English syllable estimates for the readability formulas. Flesch (1948) and Kincaid et al.
 * (1975) counted syllables by hand; software replaces the dictionary with spelling rules. These
 * follow the usual vowel-group heuristic (as in Fast's Lingua::EN::Syllable and its ports): count
 * runs of vowels, then correct for the silent and the split vowels English spelling is full of.
 * Expect about nine words in ten to be exact, which is plenty for a grade estimate.
 */
import { numberSyllables } from './numbers';

const VOWELS = 'aeiouàáâãäåæèéêëìíîïòóôõöøùúûüœ';

/** Words the rules below get wrong and that turn up in school reading. */
/** Own keys only: a word such as "constructor" must not find Object.prototype's members. */
const exception = (word: string): number | undefined =>
	Object.hasOwn(EXCEPTIONS, word) ? EXCEPTIONS[word] : undefined;

const EXCEPTIONS: Record<string, number> = {
	anyone: 3,
	apostrophe: 4,
	business: 2,
	catastrophe: 4,
	dr: 2,
	etc: 4,
	everyone: 3,
	everything: 3,
	jr: 2,
	lion: 2,
	mr: 2,
	mrs: 2,
	ms: 1,
	people: 2,
	recipe: 3,
	science: 2,
	simile: 3,
	soldier: 2,
	someone: 2,
	something: 2,
	sometimes: 2,
	somewhere: 2,
	sr: 2,
	st: 1,
	therefore: 2,
	vs: 2,
	wednesday: 2,
	whereas: 2
};

/**
 * Beginnings whose vowel is sounded apart from the next one: re-affirm, co-operate, de-escalate,
 * re-al-i-ty, cre-ate, the-a-tre.
 */
const PREFIX_HIATUS =
	/^(re(aff|ass|inf|int[er]|iter|un|ele|open|org|eval|adj|app|arr|act|al(i|is|iz))|pre(ex|em)|de(esc|act)|co(op|or|ex)|creat(?!ur)|theat)/;
/** A silent e before a suffix: state-ment, like-ly, care-ful, home-less, aware-ness. */
const SILENT_E_BEFORE_SUFFIX = /[aeiouy][^aeiouy]{1,2}e(ly|ments?|ful|less|ness)$/;
/** A consonant + le/re ending is its own syllable: ta-ble, cen-tre, trou-bled, hun-dred. */
const SOUNDED_LE_RE = /[^aeiouylr][lr](e|es|ed)$/;

/** Whether `letter` is one of `letters`; the empty string (past either end) is none of them. */
function oneOf(letter: string, letters: string): boolean {
	return letter !== '' && letters.includes(letter);
}

function isVowel(word: string, index: number): boolean {
	const letter = word[index] ?? '';
	if (letter !== 'y') return oneOf(letter, VOWELS);
	// y is a consonant at the start (yes) and between vowels (beyond, saying), else a vowel.
	if (index === 0) return false;
	return !(oneOf(word[index - 1] ?? '', VOWELS) && oneOf(word[index + 1] ?? '', VOWELS));
}

/** Two vowel letters side by side that are said as two syllables (hiatus). */
function startsNewSyllable(word: string, index: number): boolean {
	const previous = word[index - 1] ?? '';
	const letter = word[index] ?? '';
	const before = word[index - 2] ?? '';
	const rest = word.slice(index);
	if (letter === 'i' && /^ings?$/.test(rest)) return true; // be-ing, go-ing, try-ing
	if (previous === 'i') {
		if ('aou'.includes(letter)) return ionIsSplit(before, rest); // me-di-a, vi-o-lence, pre-vi-ous
		if (letter === 'e') return ieIsSplit(before, word.slice(index + 1));
	}
	if (previous === 'e') {
		if (letter === 'o') return !(oneOf(before, 'gc') && /^o[un]/.test(rest)); // vi-de-o, not gorgeous
		if (letter === 'a') return index >= 3 && /^as?$/.test(rest); // i-de-a, ar-e-as
	}
	if (previous === 'o' && letter === 'e') return /^e[mt]/.test(rest); // po-em, po-e-try
	if (previous === 'u') {
		if (letter === 'a') return rest.startsWith('al') || !oneOf(before, 'gs'); // ac-tu-al, not language
		// in-flu-ence, fu-el, cru-el-ty; not Ve-ne-zue-la
		if (letter === 'e') return /^e(n|l(?![aeiou]))/.test(rest) && before !== 'g';
	}
	return false;
}

/** "ia", "io", "iu" split, except in -tion, -cial, -sion, -gion, -xious and -lion, -nion. */
function ionIsSplit(before: string, rest: string): boolean {
	if (oneOf(before, 'ctsgx')) return false;
	return !(oneOf(before, 'ln') && /^ons?$/.test(rest));
}

/** qui-et, so-ci-e-ty, ear-li-er, ex-pe-ri-ence, cli-ent; not pa-tient, ef-fi-cient. */
function ieIsSplit(before: string, after: string): boolean {
	if (after.startsWith('t') || /^(rs?|st)$/.test(after)) return true;
	return /^n[ct]/.test(after) && !oneOf(before, 'cts');
}

function vowelGroups(word: string): number {
	let groups = 0;
	let inVowels = false;
	for (let index = 0; index < word.length; index++) {
		const vowel = isVowel(word, index);
		if (vowel && (!inVowels || startsNewSyllable(word, index))) groups++;
		inVowels = vowel;
	}
	return groups;
}

/** Vowel groups written but not said: make, makes, signalled, statement. */
function silentVowels(word: string): number {
	const consonantBefore = (end: number) => !isVowel(word, word.length - end - 1);
	let silent = 0;
	if (!SOUNDED_LE_RE.test(word)) {
		if (word.endsWith('e') && consonantBefore(1)) silent++;
		else if (word.endsWith('es') && consonantBefore(2) && !/(s|x|z|ch|sh|c|g)es$/.test(word))
			silent++;
		else if (word.endsWith('ed') && consonantBefore(2) && !/[td]ed$/.test(word)) silent++;
	}
	if (SILENT_E_BEFORE_SUFFIX.test(word) && !/lements?$/.test(word)) silent++;
	return silent;
}

/** Syllables spelling hides: criti-ci-sm, co-operate. */
function hiddenSyllables(word: string): number {
	return (/[aeiou]sms?$/.test(word) ? 1 : 0) + (PREFIX_HIATUS.test(word) ? 1 : 0);
}

/** Syllables of one lower-case word of letters only. */
export function wordSyllables(word: string): number {
	const known = exception(word) ?? (word.endsWith('s') ? exception(word.slice(0, -1)) : undefined);
	if (known !== undefined) return known;
	const spoken = word.replace(/qu/g, 'q'); // the u of "qu" is a consonant sound
	return Math.max(1, vowelGroups(spoken) - silentVowels(spoken) + hiddenSyllables(spoken));
}

/**
 * Capitals read letter by letter (DEA, USMCA, FBI) rather than as a word (NATO, NASA, COVID):
 * short ones, and ones with no vowel or three consonants in a row.
 */
function isSpelledOut(letters: string): boolean {
	if (letters.length < 2 || letters !== letters.toUpperCase() || /\P{Lu}/u.test(letters)) {
		return false;
	}
	return letters.length <= 3 || !/[AEIOU]/.test(letters) || /[^AEIOU]{3}/.test(letters);
}

function spelledOutSyllables(letters: string): number {
	let total = 0;
	for (const letter of letters) total += letter.toUpperCase() === 'W' ? 3 : 1; // "double-u"
	return total;
}

function letterRunSyllables(run: string): number {
	const letters = run.replace(/['’]/g, '');
	if (letters === '') return 0;
	if (isSpelledOut(letters)) return spelledOutSyllables(letters);
	// "didn't", "wasn't": the n't is a syllable after a consonant (not in "don't", "can't").
	const contraction = /[^aeiou]n['’]t$/i.test(run) ? 1 : 0;
	return wordSyllables(letters.toLowerCase()) + contraction;
}

/** Digit runs and letter runs are read separately: "G7", "1990s", "21st", "COVID-19". */
function partSyllables(part: string): number {
	let total = 0;
	let afterDigits = false;
	for (const run of part.match(/\p{N}+(?:[.,]\p{N}+)*|[\p{L}'’]+/gu) ?? []) {
		if (/^\p{N}/u.test(run)) {
			total += numberSyllables(run);
			afterDigits = true;
		} else {
			// The "s" of "1990s" and the "th" of "5th" add no syllable of their own.
			const isSuffix = afterDigits && !/[aeiouy]/i.test(run);
			total += isSuffix ? 0 : letterRunSyllables(run);
			afterDigits = false;
		}
	}
	return total;
}

/**
 * Syllables of one word as the readability formulas count them: letters, figures ("2026" is
 * five), initialisms ("U.S." is two), hyphenated compounds (the sum of their parts) and "97%".
 */
export function countSyllables(token: string): number {
	const word = token.trim();
	if (word.endsWith('%')) return countSyllables(word.slice(0, -1)) + 2; // "percent"
	if (/^(\p{L}\.)+\p{L}\.?$/u.test(word)) return spelledOutSyllables(word.replace(/\./g, ''));
	if (/^\d[\d,]*(\.\d+)?$/.test(word)) return numberSyllables(word);
	let total = 0;
	for (const part of word.split(/[-‑]/)) total += partSyllables(part);
	return word === '' ? 0 : Math.max(1, total);
}
