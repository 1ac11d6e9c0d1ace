import { describe, it, expect } from 'vitest';
import {
	checkEvidence,
	evidenceMessage,
	locateQuote,
	quoteSizeProblem,
	verifyQuote
} from './evidence';
import { PARAGRAPHS } from './fixtures';

const [SPEAKING, REVEALED, REJECTED, MEMORY, COOPERATION] = PARAGRAPHS as [
	string,
	string,
	string,
	string,
	string
];

/** The original text a successful match points at. */
function matched(paragraph: string, quote: string): string | null {
	const result = verifyQuote(paragraph, quote);
	return result.ok ? paragraph.slice(result.start, result.end) : null;
}

describe('verifyQuote', () => {
	it('finds an exact quote and returns offsets into the original paragraph', () => {
		const quote = 'US military or covert involvement has often produced instability';
		const result = verifyQuote(MEMORY, quote);
		expect(result).toEqual({
			ok: true,
			start: MEMORY.indexOf(quote),
			end: MEMORY.indexOf(quote) + quote.length
		});
	});

	it('folds straight quotes and apostrophes onto curly ones', () => {
		expect(
			matched(
				REJECTED,
				`"We categorically reject intervention in the internal affairs of other countries,"`
			)
		).toBe('“We categorically reject intervention in the internal affairs of other countries,”');
		expect(matched(COOPERATION, "We don't want drugs reaching young people")).toBe(
			'We don’t want drugs reaching young people'
		);
	});

	it('folds case and runs of white space', () => {
		expect(matched(SPEAKING, 'CARTELS   were\n effectively')).toBe('cartels were effectively');
	});

	it('folds dashes, with or without spaces around them', () => {
		const expected = 'his wife—an episode that has heightened';
		expect(matched(REVEALED, 'his wife - an episode that has heightened')).toBe(expected);
		expect(matched(REVEALED, 'his wife -- an episode that has heightened')).toBe(expected);
		expect(matched(REVEALED, 'his wife – an episode that has heightened')).toBe(expected);
		expect(matched(MEMORY, 'From Cold War–era to more recent actions')).toBe(
			'From Cold War-era to more recent actions'
		);
	});

	it('folds an ellipsis character onto three dots', () => {
		const paragraph = 'She said… the ceiling remains firmly in place.';
		expect(matched(paragraph, 'she said... the ceiling')).toBe('She said… the ceiling');
	});

	it('maps offsets past multi-character folds back to the original', () => {
		const quote = 'not the objective - combating cartels - but the implied method';
		const start = COOPERATION.indexOf('not the objective');
		const end = COOPERATION.indexOf('implied method') + 'implied method'.length;
		expect(verifyQuote(COOPERATION, quote)).toEqual({ ok: true, start, end });
	});

	it('accepts a quote typed with quotation marks around words the article does not quote', () => {
		expect(matched(MEMORY, '“such interventions have rarely ended well.”')).toBe(
			'such interventions have rarely ended well.'
		);
	});

	it('refuses changed wording, and quotes from another paragraph', () => {
		expect(verifyQuote(MEMORY, 'interventions have always ended well')).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(verifyQuote(MEMORY, 'Mexico’s sovereignty is non-negotiable')).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('refuses quotes that are empty, too short or too long', () => {
		expect(verifyQuote(MEMORY, '  “ ” ')).toEqual({ ok: false, reason: 'empty' });
		expect(verifyQuote(MEMORY, 'history')).toEqual({ ok: false, reason: 'too-short' });
		expect(verifyQuote(COOPERATION, `${SPEAKING} ${COOPERATION}`)).toEqual({
			ok: false,
			reason: 'too-long'
		});
	});

	it('accepts two long words as a quote of enough characters', () => {
		expect(quoteSizeProblem('rhetorical shifts')).toBeNull();
		expect(quoteSizeProblem('the US')).toBe('too-short');
		expect(quoteSizeProblem('x'.repeat(400))).toBeNull();
		expect(quoteSizeProblem('x'.repeat(401))).toBe('too-long');
	});
});

describe('locateQuote', () => {
	it('names the paragraph a quote is in', () => {
		const quote = 'heightened sensitivities across Latin America';
		const result = locateQuote(PARAGRAPHS, quote);
		expect(result).toMatchObject({ found: 'paragraph', paragraph: 1 });
	});

	it('detects a quote that runs across a paragraph break', () => {
		const quote =
			'heightened sensitivities across Latin America. Sheinbaum rejected any suggestion';
		expect(locateQuote(PARAGRAPHS, quote)).toEqual({ found: 'spanning', from: 1, to: 2 });
	});

	it('reports a quote that is nowhere in the article', () => {
		expect(locateQuote(PARAGRAPHS, 'Mexico invited US troops to help')).toEqual({
			found: 'nowhere'
		});
	});
});

describe('checkEvidence and evidenceMessage', () => {
	it('accepts a quote in the chosen paragraph', () => {
		const result = checkEvidence(PARAGRAPHS, 2, "Mexico's sovereignty is non-negotiable");
		expect(result).toMatchObject({ ok: true, paragraph: 2 });
		expect(evidenceMessage(result)).toBeNull();
	});

	it('tells the student which paragraph the quote is really in', () => {
		const result = checkEvidence(PARAGRAPHS, 3, "Mexico's sovereignty is non-negotiable");
		expect(result).toEqual({ ok: false, reason: 'wrong-paragraph', paragraph: 3, foundIn: 2 });
		expect(evidenceMessage(result)).toBe(
			'That quote is not in paragraph 4; it is in paragraph 3. Pick paragraph 3 instead.'
		);
	});

	it('refuses a quote spanning two paragraphs with its own reason', () => {
		const quote = 'rhetorical shifts deeply sensitive. US-Mexico cooperation on drugs is not new';
		const result = checkEvidence(PARAGRAPHS, 3, quote);
		expect(result).toEqual({ ok: false, reason: 'spans-paragraphs', paragraph: 3, from: 3, to: 4 });
		expect(evidenceMessage(result)).toContain('from paragraph 4 into paragraph 5');
	});

	it('refuses a fabricated quote, saying it is not in the article', () => {
		const result = checkEvidence(PARAGRAPHS, 0, 'cartels have already taken over the Mexican army');
		expect(result).toEqual({ ok: false, reason: 'not-in-article' });
		expect(evidenceMessage(result)).toMatch(/^That quote is not in the article\./);
	});

	it('refuses a paragraph that does not exist', () => {
		expect(checkEvidence(PARAGRAPHS, 9, 'any quote at all here')).toEqual({
			ok: false,
			reason: 'no-paragraph',
			paragraph: 9
		});
	});

	it('words a bare verifyQuote miss with the paragraph number', () => {
		const miss = verifyQuote(MEMORY, 'the cartels are running the country');
		expect(evidenceMessage(miss, 3)).toBe(
			'That quote is not in paragraph 4. Check the wording, or pick the paragraph it comes from.'
		);
	});
});
