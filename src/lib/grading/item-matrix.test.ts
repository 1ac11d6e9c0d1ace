import { describe, it, expect } from 'vitest';
import { buildItemStatsInput, chosenOptions, optionsOf } from './item-matrix';
import { analyseItems } from './item-stats';
import type { Question } from './types';

const questions: Question[] = [
	{
		id: 'mc',
		kind: 'multiple_choice',
		points: 1,
		options: [
			{ id: 'a', text: 'Alpha' },
			{ id: 'b', text: 'Beta' }
		],
		correctOptionId: 'a'
	},
	{ id: 'tf', kind: 'true_false', points: 1, correct: true },
	{
		id: 'ep',
		kind: 'evidence_pair',
		points: 2,
		partA: { options: [{ id: 'x', text: 'Claim' }], correctOptionId: 'x' },
		partB: {
			options: [
				{ id: 'x', text: 'Quote 1' },
				{ id: 'y', text: 'Quote 2' }
			],
			correctOptionId: 'y'
		}
	},
	{ id: 'sa', kind: 'short_answer', points: 1, acceptedAnswers: ['Kenya'] }
];

describe('optionsOf', () => {
	it('lists choice options with the key marked and evidence parts kept apart', () => {
		expect(optionsOf(questions[0] as Question)).toEqual([
			{ id: 'a', label: 'Alpha', correct: true },
			{ id: 'b', label: 'Beta', correct: false }
		]);
		expect(optionsOf(questions[1] as Question)?.map((o) => [o.id, o.correct])).toEqual([
			['true', true],
			['false', false]
		]);
		expect(optionsOf(questions[2] as Question)?.map((o) => [o.id, o.group, o.correct])).toEqual([
			['A:x', 'A', true],
			['B:x', 'B', false],
			['B:y', 'B', true]
		]);
		expect(optionsOf(questions[3] as Question)).toBeUndefined();
	});
});

describe('chosenOptions', () => {
	it('reads the chosen ids in the same form as optionsOf', () => {
		expect(chosenOptions(questions[0] as Question, 'b')).toEqual(['b']);
		expect(chosenOptions(questions[1] as Question, 'true')).toEqual(['true']);
		expect(chosenOptions(questions[2] as Question, { partA: 'x' })).toEqual(['A:x']);
		expect(chosenOptions(questions[3] as Question, 'Kenya')).toBeNull();
		expect(chosenOptions(questions[0] as Question, 7)).toBeNull();
	});
});

describe('buildItemStatsInput', () => {
	it('grades each attempt and records its choices, ready for analyseItems', () => {
		const input = buildItemStatsInput(questions, [
			{ mc: 'a', tf: true, ep: { partA: 'x', partB: 'y' }, sa: 'kenya' },
			{ mc: 'b', tf: 'false', ep: { partA: 'x', partB: 'x' } },
			{}
		]);
		expect(input.items.map((item) => [item.id, item.maxPoints])).toEqual([
			['mc', 1],
			['tf', 1],
			['ep', 2],
			['sa', 1]
		]);
		expect(input.rows.map((row) => row.points)).toEqual([
			[1, 1, 2, 1],
			[0, 0, 1, 0],
			[0, 0, 0, 0]
		]);
		expect(input.rows[1]?.choices).toEqual([['b'], ['false'], ['A:x', 'B:x'], null]);
		const stats = analyseItems(input);
		expect(stats.items[2]?.options.map((o) => [o.optionId, o.count])).toEqual([
			['A:x', 2],
			['B:x', 1],
			['B:y', 1]
		]);
		// Totals 5, 1 and 0: mean 2.
		expect(stats.mean).toBe(2);
	});
});
