import { describe, it, expect } from 'vitest';
import { DEFAULT_SIDE_NAMES } from './sides';
import { isStance, stanceLabels, stanceSwing, type StanceVotes } from './stance';

/*
 * Six members: three Intervention, two Cooperation, one without a side. One Intervention
 * member moves two steps toward Cooperation, one Cooperation member moves one step toward
 * Intervention, one member skipped the second vote, one skipped the first.
 */
const ROOM: StanceVotes[] = [
	{ side: 'for', before: 1, after: 3 },
	{ side: 'for', before: 2, after: 2 },
	{ side: 'for', before: 2, after: null },
	{ side: 'against', before: 5, after: 4 },
	{ side: 'against', before: null, after: 5 },
	{ side: null, before: 3, after: 3 }
];

describe('stance scale', () => {
	it('labels the five points with the side names', () => {
		expect(stanceLabels(DEFAULT_SIDE_NAMES)).toEqual({
			1: 'Strongly for Intervention',
			2: 'Leaning for Intervention',
			3: 'Undecided',
			4: 'Leaning for Cooperation',
			5: 'Strongly for Cooperation'
		});
	});

	it('accepts only whole numbers from 1 to 5', () => {
		expect([0, 1, 3, 5, 6, 2.5, '3', null].map(isStance)).toEqual([
			false,
			true,
			true,
			true,
			false,
			false,
			false,
			false
		]);
	});
});

describe('stanceSwing', () => {
	const swing = stanceSwing(ROOM);

	it('counts the room before and after, with missing votes apart', () => {
		expect(swing.room.before.counts).toEqual({ 1: 1, 2: 2, 3: 1, 4: 0, 5: 1 });
		expect(swing.room.after.counts).toEqual({ 1: 0, 2: 1, 3: 2, 4: 1, 5: 1 });
		expect(swing.room.before).toMatchObject({ voters: 5, missing: 1 });
		expect(swing.room.after).toMatchObject({ voters: 5, missing: 1 });
	});

	it('gives each side’s distribution as a share of the whole room', () => {
		expect(swing.bySide.for.before.counts).toEqual({ 1: 1, 2: 2, 3: 0, 4: 0, 5: 0 });
		expect(swing.bySide.for.before.shareOfRoom[2]).toBeCloseTo(2 / 5);
		expect(swing.bySide.against.after.shareOfRoom[5]).toBeCloseTo(1 / 5);
	});

	it('measures the mean shift over members who voted twice', () => {
		// Deltas: +2, 0, −1, 0 → mean 0.25 toward Cooperation.
		expect(swing.room.paired).toBe(4);
		expect(swing.room.meanShift).toBeCloseTo(0.25);
		expect(swing.bySide.for.meanShift).toBeCloseTo(1);
		expect(swing.bySide.against.meanShift).toBeCloseTo(-1);
	});

	it('counts who moved toward the other side, per side and in the room', () => {
		expect(swing.bySide.for.towardOtherSide).toBe(1);
		expect(swing.bySide.against.towardOtherSide).toBe(1);
		expect(swing.room.towardOtherSide).toBe(2);
		expect(swing.room).toMatchObject({ towardFor: 1, towardAgainst: 1, unchanged: 2 });
	});

	it('handles a room where nobody has voted', () => {
		const empty = stanceSwing([{ side: 'for', before: null, after: null }]);
		expect(empty.room.meanShift).toBeNull();
		expect(empty.room.before.shareOfRoom[1]).toBe(0);
		expect(empty.bySide.against.members).toBe(0);
	});

	it('treats an out-of-range vote as missing', () => {
		const odd = stanceSwing([{ side: 'for', before: 7, after: 2 }]);
		expect(odd.room.before.missing).toBe(1);
		expect(odd.room.paired).toBe(0);
	});
});
