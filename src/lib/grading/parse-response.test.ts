import { describe, it, expect } from 'vitest';
import {
	MAX_ANSWER_LENGTH,
	MAX_LIST_LENGTH,
	isQuestionKind,
	parseResponse
} from './parse-response';

describe('parseResponse', () => {
	it('reads a chosen option id for single-choice kinds', () => {
		expect(parseResponse('multiple_choice', 'b')).toBe('b');
		expect(parseResponse('quote_attribution', 'mayor')).toBe('mayor');
		expect(parseResponse('multiple_choice', '')).toBeNull();
		expect(parseResponse('multiple_choice', ['b'])).toBeNull();
		expect(parseResponse('multiple_choice', 2)).toBeNull();
	});

	it('reads true/false from JSON booleans and from form words', () => {
		expect(parseResponse('true_false', true)).toBe(true);
		expect(parseResponse('true_false', 'false')).toBe(false);
		expect(parseResponse('true_false', 'yes')).toBeNull();
		expect(parseResponse('true_false', 1)).toBeNull();
	});

	it('reads multi-select ids, collapsing repeats', () => {
		expect(parseResponse('multi_select', ['a', 'c', 'a'])).toEqual(['a', 'c']);
		expect(parseResponse('multi_select', [])).toEqual([]);
		expect(parseResponse('multi_select', 'a')).toBeNull();
		expect(parseResponse('multi_select', ['a', 3])).toBeNull();
	});

	it('reads short answers and cloze blanks as text, within a length limit', () => {
		expect(parseResponse('short_answer', 'Paris')).toBe('Paris');
		expect(parseResponse('short_answer', 'x'.repeat(MAX_ANSWER_LENGTH + 1))).toBeNull();
		expect(parseResponse('cloze', ['one', ''])).toEqual(['one', '']);
		expect(parseResponse('cloze', 'one')).toBeNull();
	});

	it('reads an ordering as a list of ids and refuses absurdly long lists', () => {
		expect(parseResponse('ordering', ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
		const tooMany = Array.from({ length: MAX_LIST_LENGTH + 1 }, (_, i) => `i${i}`);
		expect(parseResponse('ordering', tooMany)).toBeNull();
	});

	it('reads an evidence pair with either part still unanswered', () => {
		expect(parseResponse('evidence_pair', { partA: 'a1', partB: 'b2' })).toEqual({
			partA: 'a1',
			partB: 'b2'
		});
		expect(parseResponse('evidence_pair', { partA: 'a1' })).toEqual({ partA: 'a1', partB: null });
		expect(parseResponse('evidence_pair', ['a1', 'b2'])).toBeNull();
		expect(parseResponse('evidence_pair', { partA: 7 })).toBeNull();
	});

	it('returns null for missing values and unknown kinds instead of throwing', () => {
		expect(parseResponse('short_answer', undefined)).toBeNull();
		expect(parseResponse('short_answer', null)).toBeNull();
		expect(parseResponse('essay' as never, 'text')).toBeNull();
	});
});

describe('isQuestionKind', () => {
	it('knows the eight kinds and nothing else', () => {
		expect(isQuestionKind('cloze')).toBe(true);
		expect(isQuestionKind('essay')).toBe(false);
		expect(isQuestionKind('toString')).toBe(false);
	});
});
