import { describe, expect, it } from 'vitest';
import { MAX_NAMES_PER_PASTE, parseNameList } from './name-list';

describe('parseNameList', () => {
	it('reads one name per line, trimming space and skipping blanks and repeats', () => {
		const result = parseNameList('  Ana Torres \r\n\r\nBen   Okafor\nana torres\n');
		expect(result).toEqual({ names: ['Ana Torres', 'Ben Okafor'], errors: [] });
	});

	it('names the line that is too long', () => {
		const result = parseNameList(`Ana\n${'x'.repeat(81)}`);
		expect(result.errors).toEqual(['Line 2 is longer than 80 characters.']);
	});

	it('asks for at least one name', () => {
		expect(parseNameList(' \n ').errors).toEqual(['Paste at least one name.']);
	});

	it('refuses more than the limit at once', () => {
		const many = Array.from({ length: MAX_NAMES_PER_PASTE + 1 }, (_, i) => `Student ${i}`);
		expect(parseNameList(many.join('\n')).errors[0]).toMatch(/at most 200 names/);
	});
});
