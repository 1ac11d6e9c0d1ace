import { describe, it, expect } from 'vitest';
import { containsPhrase, fold, foldOption, hash, inQuotes, listed, overlap, shuffle } from './text';

describe('fold', () => {
	it('folds case, curly quotes, dashes and white space', () => {
		expect(fold('  Mexico’s   “Response”\u2014Swift ')).toBe('mexico\'s "response"-swift');
	});
});

describe('containsPhrase', () => {
	it('matches whole words after folding, possessives included', () => {
		expect(containsPhrase('in Washington’s fight', 'Washington')).toBe(true);
		expect(containsPhrase('the US had disrupted 97% of drugs', '97%')).toBe(true);
		expect(containsPhrase('Trumpet players', 'Trump')).toBe(false);
		expect(containsPhrase('anything', '')).toBe(false);
	});
});

describe('seeded shuffle', () => {
	it('gives the same order for the same seed and keeps every item', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
		expect([...shuffle(items, 7)].sort()).toEqual(items);
	});

	it('gives different orders for different seeds', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f'];
		const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, seed).join('')));
		expect(orders.size).toBeGreaterThan(1);
	});
});

describe('hash and overlap', () => {
	it('hashes stably and measures word overlap', () => {
		expect(hash('abc')).toBe(hash('abc'));
		expect(hash('abc')).not.toBe(hash('abd'));
		expect(overlap('the cat sat', 'the cat sat')).toBe(1);
		expect(overlap('red blue', 'green yellow')).toBe(0);
	});
});

describe('foldOption', () => {
	it('treats figures that differ only in format as one option', () => {
		expect(foldOption('97 %')).toBe(foldOption('97%'));
		expect(foldOption('97 percent')).toBe(foldOption('97%'));
		expect(foldOption('97 Per Cent')).toBe(foldOption('97%'));
		expect(foldOption('£1,200')).toBe(foldOption('£1200'));
		expect(foldOption('97%')).not.toBe(foldOption('79%'));
	});
});

describe('inQuotes', () => {
	it('keeps the marks of a sentence that is one whole quotation', () => {
		expect(inQuotes('“And the next one will be worse.”')).toBe('“And the next one will be worse.”');
	});

	it('nests inner quotation marks as single ones, never doubling them', () => {
		expect(inQuotes('He called it “a clear warning” on Monday.')).toBe(
			'“He called it ‘a clear warning’ on Monday.”'
		);
		expect(inQuotes('“We will act,” she said.')).toBe('“‘We will act,’ she said.”');
		expect(inQuotes('Plain text.')).toBe('“Plain text.”');
	});
});

describe('listed', () => {
	it('writes a list as a sentence does, and one item alone', () => {
		expect(listed(['1974', '1990', '2004'], 'and')).toBe('1974, 1990 and 2004');
		expect(listed(['sequence', 'inference'], 'or')).toBe('sequence or inference');
		expect(listed(['1974'], 'and')).toBe('1974');
	});
});
