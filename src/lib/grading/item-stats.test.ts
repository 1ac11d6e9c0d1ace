import { describe, it, expect } from 'vitest';
import { analyseItems, type ItemDescriptor, type StudentRow } from './item-stats';

const rightWrong = (...ids: string[]): ItemDescriptor[] => ids.map((id) => ({ id, maxPoints: 1 }));

/**
 * Worked example: 5 students × 3 right/wrong items.
 *
 *        i1 i2 i3 | total
 *   S1    1  1  1 |  3
 *   S2    1  1  0 |  2
 *   S3    1  0  1 |  2
 *   S4    1  0  0 |  1
 *   S5    0  0  0 |  0
 *
 * Difficulty p: i1 = 4/5 = 0.8, i2 = 2/5 = 0.4, i3 = 2/5 = 0.4.
 * Totals: mean 8/5 = 1.6; deviations 1.4, 0.4, 0.4, −0.6, −1.6; squares sum to 5.2;
 *   population variance 5.2/5 = 1.04, standard deviation √1.04 ≈ 1.0198.
 * KR-20 (Kuder and Richardson 1937): Σpq = 0.8·0.2 + 0.4·0.6 + 0.4·0.6 = 0.64;
 *   k/(k−1)·(1 − Σpq/σ²) = 3/2 · (1 − 0.64/1.04) = 3/2 · 5/13 = 15/26 ≈ 0.5769.
 * Corrected point-biserial (item against the rest of the test), r = cov / (σx σy):
 *   i1: x = 1,1,1,1,0, rest = 2,1,1,0,0. E[x] = 0.8, E[rest] = 0.8, E[x·rest] = 4/5 = 0.8;
 *       cov = 0.8 − 0.64 = 0.16; σx² = 0.16; σrest² = 6/5 − 0.64 = 0.56;
 *       r = 0.16 / √(0.16·0.56) = √(2/7) ≈ 0.5345.
 *   i2: x = 1,1,0,0,0, rest = 2,1,2,1,0. E[x] = 0.4, E[rest] = 1.2, E[x·rest] = 3/5 = 0.6;
 *       cov = 0.6 − 0.48 = 0.12; σx² = 0.24; σrest² = 10/5 − 1.44 = 0.56;
 *       r = 0.12 / √(0.24·0.56) = √(3/28) ≈ 0.3273. i3 is the same by symmetry.
 */
const points = [
	[1, 1, 1],
	[1, 1, 0],
	[1, 0, 1],
	[1, 0, 0],
	[0, 0, 0]
];
// Item 1 is multiple choice with key "a": S1–S4 chose a, S5 chose b, nobody chose c.
const firstChoices = ['a', 'a', 'a', 'a', 'b'];
const worked = {
	items: [
		{
			id: 'i1',
			maxPoints: 1,
			options: [
				{ id: 'a', correct: true },
				{ id: 'b', correct: false },
				{ id: 'c', correct: false, label: 'Option C' }
			]
		},
		...rightWrong('i2', 'i3')
	],
	rows: points.map((row, i): StudentRow => ({
		points: row,
		choices: [[firstChoices[i] as string]]
	}))
};

describe('analyseItems on the worked example', () => {
	const stats = analyseItems(worked);

	it('computes difficulty per item', () => {
		expect(stats.items.map((item) => item.difficulty)).toEqual([0.8, 0.4, 0.4]);
	});

	it('computes the corrected point-biserial per item', () => {
		const [i1, i2, i3] = stats.items.map((item) => item.discrimination);
		expect(i1).toBeCloseTo(Math.sqrt(2 / 7), 10);
		expect(i2).toBeCloseTo(Math.sqrt(3 / 28), 10);
		expect(i3).toBeCloseTo(Math.sqrt(3 / 28), 10);
	});

	it('computes the test mean, standard deviation and KR-20', () => {
		expect(stats.attempts).toBe(5);
		expect(stats.maxPoints).toBe(3);
		expect(stats.mean).toBeCloseTo(1.6, 12);
		expect(stats.standardDeviation).toBeCloseTo(Math.sqrt(1.04), 12);
		expect(stats.reliability.method).toBe('KR-20');
		expect(stats.reliability.value).toBeCloseTo(15 / 26, 12);
	});

	it('counts each option overall and in the top and bottom groups', () => {
		// 27% of 5 rounds to 1 student per group: S1 (total 3) on top, S5 (total 0) at the bottom.
		expect(stats.items[0]?.options).toEqual([
			{ optionId: 'a', label: 'a', correct: true, count: 4, upper: 1, lower: 0 },
			{ optionId: 'b', label: 'b', correct: false, count: 1, upper: 0, lower: 1 },
			{ optionId: 'c', label: 'Option C', correct: false, count: 0, upper: 0, lower: 0 }
		]);
		expect(stats.items[1]?.options).toEqual([]);
	});

	it('flags only the distractor nobody chose', () => {
		expect(stats.items.flatMap((item) => item.flags.map((flag) => flag.code))).toEqual([
			'unused_distractor'
		]);
		expect(stats.items[0]?.flags[0]?.message).toContain('Option C');
	});

	it('gives the same KR-20 when every item is worth 2 points', () => {
		const doubled = analyseItems({
			items: worked.items.map((item) => ({ ...item, maxPoints: 2 })),
			rows: points.map((row) => ({ points: row.map((x) => 2 * x) }))
		});
		expect(doubled.reliability).toEqual({ method: 'KR-20', value: expect.closeTo(15 / 26, 12) });
		expect(doubled.items[0]?.difficulty).toBe(0.8);
	});
});

describe('coefficient alpha for partial credit', () => {
	it('matches a hand computation', () => {
		/*
		 * Item A worth 2, item B worth 1. Scores (A, B): (2,1), (1,1), (1,0), (0,0); totals 3, 2, 1, 0.
		 * σA² = (1+0+0+1)/4 = 0.5; σB² = 0.25; σX² = (2.25+0.25+0.25+2.25)/4 = 1.25.
		 * α = k/(k−1)·(1 − Σσᵢ²/σX²) = 2 · (1 − 0.75/1.25) = 0.8 (Cronbach 1951).
		 */
		const stats = analyseItems({
			items: [
				{ id: 'A', maxPoints: 2 },
				{ id: 'B', maxPoints: 1 }
			],
			rows: [
				[2, 1],
				[1, 1],
				[1, 0],
				[0, 0]
			].map((row) => ({ points: row }))
		});
		expect(stats.reliability.method).toBe('alpha');
		expect(stats.reliability.value).toBeCloseTo(0.8, 12);
		// Item A: mean 1 of 2 points → p = 0.5.
		expect(stats.items[0]?.difficulty).toBe(0.5);
	});

	it('uses alpha when a right/wrong item earns a fraction', () => {
		const stats = analyseItems({
			items: rightWrong('x', 'y'),
			rows: [
				[1, 0.5],
				[0, 0],
				[1, 1]
			].map((row) => ({ points: row }))
		});
		expect(stats.reliability.method).toBe('alpha');
	});
});

/** Deep search for NaN anywhere in a result. */
const hasNaN = (value: unknown): boolean =>
	typeof value === 'number'
		? Number.isNaN(value)
		: typeof value === 'object' && value !== null && Object.values(value).some(hasNaN);

describe('edge cases give null statistics, never NaN', () => {
	it('handles no attempts', () => {
		const stats = analyseItems({ items: worked.items, rows: [] });
		expect(stats.attempts).toBe(0);
		expect(stats.mean).toBeNull();
		expect(stats.standardDeviation).toBeNull();
		expect(stats.reliability.value).toBeNull();
		expect(stats.items[0]).toMatchObject({ difficulty: null, discrimination: null, flags: [] });
		expect(stats.items[0]?.options.map((option) => option.count)).toEqual([0, 0, 0]);
		expect(hasNaN(stats)).toBe(false);
	});

	it('handles one student', () => {
		const stats = analyseItems({ items: rightWrong('a', 'b'), rows: [{ points: [1, 0] }] });
		expect(stats.mean).toBe(1);
		expect(stats.standardDeviation).toBeNull();
		expect(stats.reliability.value).toBeNull();
		expect(stats.items.map((item) => [item.difficulty, item.discrimination])).toEqual([
			[1, null],
			[0, null]
		]);
		expect(hasNaN(stats)).toBe(false);
	});

	it('handles every student right (zero variance)', () => {
		const rows = Array.from({ length: 6 }, () => ({ points: [1, 1, 1] }));
		const stats = analyseItems({ items: rightWrong('a', 'b', 'c'), rows });
		expect(stats.standardDeviation).toBe(0);
		expect(stats.reliability.value).toBeNull();
		expect(stats.items.every((item) => item.difficulty === 1 && item.discrimination === null)).toBe(
			true
		);
		expect(stats.items[0]?.flags.map((flag) => flag.code)).toEqual(['too_easy']);
		expect(hasNaN(stats)).toBe(false);
	});

	it('handles no questions, a single question and items worth nothing', () => {
		expect(
			analyseItems({ items: [], rows: [{ points: [] }, { points: [] }] }).reliability.value
		).toBeNull();
		const single = analyseItems({
			items: rightWrong('a'),
			rows: [{ points: [1] }, { points: [0] }]
		});
		expect(single.items[0]?.discrimination).toBeNull();
		expect(single.reliability.value).toBeNull();
		const free = analyseItems({ items: [{ id: 'z', maxPoints: 0 }], rows: [{ points: [0] }] });
		expect(free.items[0]?.difficulty).toBeNull();
	});

	it('treats missing and non-finite points as 0', () => {
		const stats = analyseItems({
			items: rightWrong('a', 'b'),
			rows: [{ points: [Number.NaN, 1] }, { points: [1] }, { points: [Infinity, 0] }]
		});
		expect(stats.items.map((item) => item.meanPoints)).toEqual([1 / 3, 1 / 3]);
		expect(hasNaN(stats)).toBe(false);
	});
});
