import { describe, it, expect } from 'vitest';
import { DEFAULT_THRESHOLDS, flagItem } from './item-flags';
import { analyseItems } from './item-stats';
import type { ItemStatistics, OptionCount } from './item-stats';

const option = (optionId: string, correct: boolean, count: number, upper = 0): OptionCount => ({
	optionId,
	label: optionId.toUpperCase(),
	correct,
	count,
	upper,
	lower: 0
});
const plain: Pick<ItemStatistics, 'difficulty' | 'discrimination' | 'options'> = {
	difficulty: 0.6,
	discrimination: 0.4,
	options: []
};
const codes = (item: Partial<typeof plain>, attempts = 30) =>
	flagItem({ ...plain, ...item }, attempts).map((flag) => flag.code);

describe('difficulty flags', () => {
	it('flags p above 0.90 as too easy, with a plain reason', () => {
		expect(codes({ difficulty: 0.95 })).toEqual(['too_easy']);
		expect(flagItem({ ...plain, difficulty: 0.95 }, 30)[0]?.message).toBe(
			'Almost everyone gets this right (p = 0.95).'
		);
		expect(codes({ difficulty: 0.9 })).toEqual([]);
	});

	it('flags p below 0.25 as too hard', () => {
		expect(codes({ difficulty: 0.2 })).toEqual(['too_hard']);
		expect(codes({ difficulty: 0.25 })).toEqual([]);
	});
});

describe('discrimination flags', () => {
	it('flags a negative discrimination with "check the key"', () => {
		expect(codes({ discrimination: -0.1 })).toEqual(['negative_discrimination']);
		expect(flagItem({ ...plain, discrimination: -0.1 }, 30)[0]?.message).toContain(
			'Strong students miss it more than weak ones'
		);
	});

	it('flags a discrimination below 0.15 as weak', () => {
		expect(codes({ discrimination: 0.1 })).toEqual(['weak_discrimination']);
		expect(codes({ discrimination: 0 })).toEqual(['weak_discrimination']);
		expect(codes({ discrimination: 0.15 })).toEqual([]);
	});

	it('raises nothing for statistics that could not be computed', () => {
		expect(codes({ difficulty: null, discrimination: null })).toEqual([]);
	});
});

describe('distractor flags', () => {
	it('flags a distractor nobody chose, but not an unchosen key', () => {
		const flags = flagItem(
			{ ...plain, options: [option('a', true, 0), option('b', false, 9), option('c', false, 0)] },
			30
		);
		expect(flags.map((flag) => [flag.code, flag.optionId])).toEqual([['unused_distractor', 'c']]);
		expect(flags[0]?.message).toContain('Nobody chose “C”');
	});

	it('flags a distractor more top scorers chose than the key', () => {
		const options = [option('a', true, 10, 2), option('b', false, 8, 5), option('c', false, 3, 2)];
		const flags = flagItem({ ...plain, options }, 30);
		expect(flags.map((flag) => [flag.code, flag.optionId])).toEqual([
			['distractor_beats_key', 'b']
		]);
	});

	it('compares a distractor only with the key of its own part', () => {
		const options = [
			{ ...option('A:x', true, 5, 5), group: 'A' },
			{ ...option('A:y', false, 5, 0), group: 'A' },
			{ ...option('B:x', true, 5, 1), group: 'B' },
			{ ...option('B:y', false, 5, 3), group: 'B' }
		];
		expect(flagItem({ ...plain, options }, 30).map((flag) => flag.optionId)).toEqual(['B:y']);
	});
});

describe('minimum attempts', () => {
	it('raises no flags below the minimum number of attempts', () => {
		expect(codes({ difficulty: 1 }, DEFAULT_THRESHOLDS.minAttempts - 1)).toEqual([]);
		expect(codes({ difficulty: 1 }, DEFAULT_THRESHOLDS.minAttempts)).toEqual(['too_easy']);
	});

	it('takes thresholds from the caller', () => {
		const rows = [[1], [1], [0]].map((points) => ({ points }));
		const stats = analyseItems(
			{ items: [{ id: 'q', maxPoints: 1 }], rows },
			{ minAttempts: 2, tooEasy: 0.5 }
		);
		expect(stats.items[0]?.flags.map((flag) => flag.code)).toEqual(['too_easy']);
	});
});

describe('flags computed from data', () => {
	/*
	 * 10 students. Five filler items set a "rest" score of 5,5,5,3,3,2,2,1,1,0 (item k is right
	 * when rest ≥ k). On item Q (key "a"), the three strongest choose "b" and the rest choose "a",
	 * so totals are 5,5,5,4,4,3,3,2,2,1 and the top 27% (round(2.7) = 3) are S1–S3.
	 */
	const rest = [5, 5, 5, 3, 3, 2, 2, 1, 1, 0];
	const picks = ['b', 'b', 'b', 'a', 'a', 'a', 'a', 'a', 'a', 'a'];
	const items = [
		{
			id: 'Q',
			maxPoints: 1,
			options: [
				{ id: 'a', correct: true },
				{ id: 'b', correct: false }
			]
		},
		...[1, 2, 3, 4, 5].map((k) => ({ id: `f${k}`, maxPoints: 1 }))
	];
	const rows = rest.map((r, i) => ({
		points: [picks[i] === 'a' ? 1 : 0, ...[1, 2, 3, 4, 5].map((k) => (r >= k ? 1 : 0))],
		choices: [[picks[i] as string]]
	}));
	const q = analyseItems({ items, rows }).items[0];

	it('finds the miskeyed-looking item', () => {
		expect(q?.difficulty).toBe(0.7);
		expect(q?.discrimination).toBeLessThan(0);
		expect(q?.options.map((o) => [o.optionId, o.count, o.upper, o.lower])).toEqual([
			['a', 7, 0, 3],
			['b', 3, 3, 0]
		]);
		expect(q?.flags.map((flag) => flag.code)).toEqual([
			'negative_discrimination',
			'distractor_beats_key'
		]);
	});
});
