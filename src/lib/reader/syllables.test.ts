import { describe, expect, it } from 'vitest';
import { numberSyllables } from './numbers';
import { countSyllables } from './syllables';
import { ARTICLE_WORDS, EVERYDAY_WORDS } from './syllables.fixtures';

describe('countSyllables', () => {
	it.each([
		// silent final e, and the -le / -re endings that are sounded
		['make', 1],
		['the', 1],
		['free', 1],
		['table', 2],
		['people', 2],
		['whole', 1],
		['centre', 2],
		// -ed is a syllable only after t or d
		['signalled', 2],
		['played', 1],
		['wanted', 2],
		['needed', 2],
		['carried', 2],
		['hundred', 2],
		['troubled', 2],
		// -es is a syllable only after a hissing sound
		['states', 1],
		['changes', 2],
		['boxes', 2],
		['tables', 2],
		// vowels said apart, and y as a consonant
		['media', 3],
		['violence', 3],
		['previous', 3],
		['nation', 2],
		['million', 2],
		['actual', 3],
		['language', 2],
		['idea', 3],
		['quiet', 2],
		['society', 4],
		['experience', 4],
		['being', 2],
		['saying', 2],
		['trying', 2],
		['beyond', 2],
		// silent e before a suffix, and prefixes said apart
		['statement', 2],
		['immediately', 5],
		['careful', 2],
		['element', 3],
		['cooperate', 4],
		['reaffirming', 4],
		['criticism', 4],
		// contractions, possessives, capitals and initialisms
		["didn't", 2],
		["don't", 1],
		["administration's", 5],
		['Mexico’s', 3],
		['DEA', 3],
		['USMCA', 5],
		['NATO', 2],
		['U.S.', 2],
		['Mr', 2],
		// figures, as read aloud
		['2026', 5],
		['1905', 4],
		['2006', 4],
		['3.5', 3],
		['1,000', 3],
		['97%', 6],
		['1990s', 4],
		['21st', 3],
		['G7', 3],
		['COVID-19', 4],
		['high-powered', 3]
	])('%s has %i syllables', (word, expected) => {
		expect(countSyllables(word)).toBe(expected);
	});

	it('counts nothing for an empty token and at least one for any word', () => {
		expect(countSyllables('')).toBe(0);
		expect(countSyllables('hmm')).toBe(1);
		expect(countSyllables('Ms')).toBe(1);
	});

	it.each([
		['the demo article’s words', ARTICLE_WORDS],
		['everyday school words', EVERYDAY_WORDS]
	])('is within 10%% of a dictionary on %s', (_name, list) => {
		let exact = 0;
		let counted = 0;
		let expected = 0;
		for (const [word, syllables] of list) {
			const count = countSyllables(word);
			if (count === syllables) exact++;
			counted += count;
			expected += syllables;
		}
		expect(list.length).toBeGreaterThan(150);
		expect(exact / list.length).toBeGreaterThanOrEqual(0.9);
		expect(Math.abs(counted - expected) / expected).toBeLessThan(0.1);
	});
});

describe('numberSyllables', () => {
	it.each([
		['0', 2],
		['7', 2],
		['11', 3],
		['40', 2],
		['77', 5],
		['100', 3],
		['304', 4],
		['1900', 4],
		['2000', 3],
		['2010', 3],
		['12000', 3],
		['1000000', 3],
		['007', 6],
		['0.25', 5]
	])('%s is read with %i syllables', (figure, expected) => {
		expect(numberSyllables(figure)).toBe(expected);
	});
});

describe('words that name Object.prototype members', () => {
	it('are counted as words, not looked up on the prototype', () => {
		for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
			expect(Number.isFinite(countSyllables(word)), word).toBe(true);
		}
	});
});
