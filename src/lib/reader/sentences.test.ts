import { describe, expect, it } from 'vitest';
import { SEED_PARAGRAPH, SEED_PARAGRAPH_CURLY } from './fixtures';
import { splitSentences } from './sentences';

function texts(paragraph: string): string[] {
	return splitSentences(paragraph).map((s) => s.text);
}

describe('splitSentences', () => {
	it('keeps titles, initials, initialisms and decimals inside their sentence', () => {
		expect(
			texts('Mr. Ortiz met Dr. J. K. Rowling in the U.S. capital. Prices rose 3.5 percent.')
		).toEqual(['Mr. Ortiz met Dr. J. K. Rowling in the U.S. capital.', 'Prices rose 3.5 percent.']);
	});

	it('ends a sentence at an initialism when a sentence plainly starts after it', () => {
		expect(texts('She lives in the U.S. The talks resume. U.S. President Trump spoke.')).toEqual([
			'She lives in the U.S.',
			'The talks resume.',
			'U.S. President Trump spoke.'
		]);
	});

	it('keeps a closing quotation mark with the sentence it ends', () => {
		expect(texts('He called it “very sad to watch.” Mexico replied.')).toEqual([
			'He called it “very sad to watch.”',
			'Mexico replied.'
		]);
		expect(texts('He said "hit land." Then he left!')).toEqual([
			'He said "hit land."',
			'Then he left!'
		]);
	});

	it('does not break before a lower-case continuation or inside a quoted question', () => {
		expect(texts('“Why now?” she asked. It was approx. five.')).toEqual([
			'“Why now?” she asked.',
			'It was approx. five.'
		]);
	});

	it('reads the seed paragraph as one sentence, with straight or curly quotes', () => {
		for (const paragraph of [SEED_PARAGRAPH, SEED_PARAGRAPH_CURLY]) {
			expect(splitSentences(paragraph)).toEqual([
				{ text: paragraph, start: 0, end: paragraph.length }
			]);
		}
	});

	it('gives offsets that slice back to each sentence, and keeps an unfinished last sentence', () => {
		const paragraph = '  First one.   Second one?  And a third without a stop ';
		const spans = splitSentences(paragraph);
		expect(spans.map((s) => s.text)).toEqual([
			'First one.',
			'Second one?',
			'And a third without a stop'
		]);
		for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
	});

	it('finds no sentence in blank text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\t ')).toEqual([]);
	});
});
