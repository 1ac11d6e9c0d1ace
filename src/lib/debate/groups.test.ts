import { describe, expect, it } from 'vitest';
import { combineGroups } from './group-results';
import {
	balancedGroups,
	giveMissingSides,
	groupCount,
	handGroups,
	type GroupStudent,
	type Placement
} from './groups';
import type { Side } from './sides';

function students(fors: number, againsts: number, none = 0): GroupStudent[] {
	const sides: (Side | null)[] = [
		...Array<Side>(fors).fill('for'),
		...Array<Side>(againsts).fill('against'),
		...Array<null>(none).fill(null)
	];
	return sides.map((side, i) => ({ userId: i + 1, side }));
}

function spread(placed: Placement[], count: number) {
	const of = (pick: (p: Placement) => boolean) =>
		Array.from({ length: count }, (_, g) => placed.filter((p) => p.group === g && pick(p)).length);
	return {
		sizes: of(() => true),
		for: of((p) => p.side === 'for'),
		against: of((p) => p.side === 'against')
	};
}

const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

describe('splitting a class into groups', () => {
	it('makes groups of at most the size asked for', () => {
		expect(groupCount(30, 4)).toBe(8);
		expect(groupCount(8, 4)).toBe(2);
		expect(groupCount(3, 4)).toBe(1);
		expect(groupCount(0, 4)).toBe(1);
	});

	it.each([
		[15, 15, 0, 4],
		[5, 3, 0, 2],
		[1, 5, 0, 2],
		[4, 1, 0, 3],
		[7, 2, 4, 3],
		[0, 0, 9, 3]
	])('spreads %i for, %i against and %i without a side evenly over %i groups', (f, a, n, k) => {
		const placed = balancedGroups(students(f, a, n), k);
		expect(placed).toHaveLength(f + a + n);
		const s = spread(placed, k);
		expect(range(s.sizes)).toBeLessThanOrEqual(1);
		expect(range(s.for)).toBeLessThanOrEqual(1);
		expect(range(s.against)).toBeLessThanOrEqual(1);
	});

	it('gives both sides to every group of four in a class of 16 with 8 on each side', () => {
		const s = spread(balancedGroups(students(8, 8), 4), 4);
		expect(s.for).toEqual([2, 2, 2, 2]);
		expect(s.against).toEqual([2, 2, 2, 2]);
	});

	it('gives a student without a side the side their group lacks', () => {
		const placed = giveMissingSides([
			{ userId: 1, group: 0, side: 'for' },
			{ userId: 2, group: 0, side: null },
			{ userId: 3, group: 1, side: 'against' },
			{ userId: 4, group: 1, side: null }
		]);
		expect(placed.map((p) => p.side)).toEqual(['for', 'against', 'against', 'for']);
	});

	it('renumbers hand-made groups in order and names who has no group', () => {
		const who = students(2, 1);
		const chosen = new Map([
			[1, 3],
			[2, 7],
			[3, 3]
		]);
		expect(handGroups(who, chosen)).toEqual([
			{ userId: 1, group: 0, side: 'for' },
			{ userId: 2, group: 1, side: 'for' },
			{ userId: 3, group: 0, side: 'against' }
		]);
		expect(handGroups(who, new Map([[1, 1]]))).toEqual({ missing: [2, 3] });
	});
});

describe('combined results', () => {
	it('adds the groups up to the class, weighing each student once', () => {
		const { groups, total } = combineGroups([
			{
				name: 'Group 1',
				votes: [
					{ side: 'for', before: 1, after: 3 },
					{ side: 'against', before: 5, after: 5 },
					{ side: 'for', before: null, after: 2 }
				],
				postSides: ['for', 'for', 'against']
			},
			{
				name: 'Group 2',
				votes: [{ side: 'against', before: 4, after: 2 }],
				postSides: ['against']
			}
		]);
		expect(groups.map((g) => [g.students, g.votedBefore, g.votedAfter])).toEqual([
			[3, 2, 3],
			[1, 1, 1]
		]);
		expect(groups[0]!.meanBefore).toBe(3);
		expect(groups[1]!.towardFor).toBe(1);
		expect(groups[0]!.towardAgainst).toBe(1);
		expect(total.students).toBe(4);
		expect(total.votedBefore).toBe(3);
		expect(total.votedAfter).toBe(4);
		expect(total.towardFor + total.towardAgainst + total.unchanged).toBe(3);
		expect(total.posts).toEqual({ for: 2, against: 2 });
		expect(total.meanBefore).toBeCloseTo((1 + 5 + 4) / 3);
		expect(total.meanAfter).toBeCloseTo((3 + 5 + 2 + 2) / 4);
	});
});
