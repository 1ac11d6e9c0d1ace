import { describe, it, expect } from 'vitest';
import { foldText, matchesAccepted } from './match-text';

describe('foldText', () => {
	it('folds case, accents, punctuation and white space', () => {
		expect(foldText('  São   Paulo! ')).toBe('saopaulo');
		expect(foldText('Ice-cream')).toBe(foldText('ice cream'));
		expect(foldText("don't")).toBe(foldText('dont'));
		expect(foldText('U.S.')).toBe('us');
		expect(foldText('Ｆｕｌｌｗｉｄｔｈ')).toBe('fullwidth');
	});
});

describe('matchesAccepted', () => {
	it('accepts any of the accepted answers after folding', () => {
		const accepted = ['United Nations', 'UN'];
		expect(matchesAccepted('the united nations', accepted)).toBe(false);
		expect(matchesAccepted('united   nations.', accepted)).toBe(true);
		expect(matchesAccepted('U.N.', accepted)).toBe(true);
		expect(matchesAccepted('Unesco', accepted)).toBe(false);
	});

	it('ignores accents in both the answer and the key', () => {
		expect(matchesAccepted('Bogota', ['Bogotá'])).toBe(true);
		expect(matchesAccepted('BOGOTÁ', ['bogota'])).toBe(true);
	});

	it('reads a number as a number where the answer is a percentage', () => {
		for (const typed of ['97', '97%', 'ninety-seven percent', '97 per cent']) {
			expect(matchesAccepted(typed, ['97%']), typed).toBe(true);
		}
		expect(matchesAccepted('96%', ['97%'])).toBe(false);
	});

	it('reads thousands separators and number words', () => {
		for (const typed of ['1200', '1,200', 'twelve hundred', 'one thousand two hundred']) {
			expect(matchesAccepted(typed, ['1,200']), typed).toBe(true);
		}
	});

	it('needs a number when the key is a number, even if the text folds the same', () => {
		// "1.2" and "1 2" both fold to "12", but only one of them is the number 1.2.
		expect(matchesAccepted('1 2', ['1.2'])).toBe(false);
		expect(matchesAccepted('1.20', ['1.2'])).toBe(true);
	});

	it('never accepts a blank answer, even against a key that folds to nothing', () => {
		expect(matchesAccepted('', ['?'])).toBe(false);
		expect(matchesAccepted('  ...  ', ['...'])).toBe(false);
	});

	it('accepts nothing when there are no accepted answers', () => {
		expect(matchesAccepted('anything', [])).toBe(false);
	});
});
