import { describe, expect, it } from 'vitest';
import { MAX_LISTED, PresenceTally } from './presence-tally';

const EXPIRY = 1_000;

describe('the presence tally', () => {
	it('counts a viewer once however many streams they hold, and says when the viewers change', () => {
		const tally = new PresenceTally('a', EXPIRY);
		expect(tally.open(1, 7, 1)).toBe(true);
		expect(tally.open(1, 7, 1)).toBe(false);
		expect(tally.count(1, 0)).toBe(1);
		expect(tally.open(1, 7, -1)).toBe(false);
		expect(tally.open(1, 7, -1)).toBe(true);
		expect(tally.count(1, 0)).toBe(0);
		expect(tally.hasViewers(1)).toBe(false);
	});

	it('sums distinct viewers over the instances: one user on two instances counts once', () => {
		const tally = new PresenceTally('a', EXPIRY);
		tally.open(1, 7, 1);
		tally.open(1, Symbol('anonymous'), 1);
		expect(tally.hear(1, { i: 'b', u: [7, 8], n: 1 }, 0)).toBe('new');
		expect(tally.hear(1, { i: 'c', u: [9], n: 0 }, 0)).toBe('new');
		// 7, 8, 9, and one unlisted viewer on each of a and b.
		expect(tally.count(1, 0)).toBe(5);
		expect(tally.count(2, 0)).toBe(0);
	});

	it('ignores its own echo and malformed figures', () => {
		const tally = new PresenceTally('a', EXPIRY);
		expect(tally.hear(1, { i: 'a', u: [1, 2], n: 0 }, 0)).toBe('same');
		for (const junk of [null, 'x', { i: 'b', u: ['1'], n: 0 }, { i: 'b', u: [], n: -1 }]) {
			expect(tally.hear(1, junk, 0)).toBe('same');
		}
		expect(tally.count(1, 0)).toBe(0);
	});

	it('tells a repeated figure from a changed one, and an empty one removes the instance', () => {
		const tally = new PresenceTally('a', EXPIRY);
		tally.hear(1, { i: 'b', u: [7], n: 0 }, 0);
		expect(tally.hear(1, { i: 'b', u: [7], n: 0 }, 10)).toBe('same');
		expect(tally.hear(1, { i: 'b', u: [7, 8], n: 0 }, 20)).toBe('changed');
		expect(tally.hear(1, { i: 'b', u: [], n: 0 }, 30)).toBe('changed');
		expect(tally.count(1, 30)).toBe(0);
		expect(tally.hear(1, { i: 'b', u: [], n: 0 }, 40)).toBe('same');
		expect(tally.hear(1, { i: 'b', u: [7], n: 0 }, 50)).toBe('new');
	});

	it("drops a silent instance's viewers once its figure expires; a heartbeat keeps them", () => {
		const tally = new PresenceTally('a', EXPIRY);
		tally.hear(1, { i: 'b', u: [7], n: 0 }, 0);
		tally.hear(1, { i: 'c', u: [8], n: 0 }, 0);
		tally.hear(1, { i: 'c', u: [8], n: 0 }, 600);
		expect(tally.count(1, EXPIRY - 1)).toBe(2);
		// Counted out at the expiry even before a prune, then pruned.
		expect(tally.count(1, EXPIRY)).toBe(1);
		expect(tally.prune(EXPIRY)).toEqual([1]);
		expect(tally.prune(EXPIRY)).toEqual([]);
		expect(tally.count(1, 1_500)).toBe(1);
		expect(tally.prune(1_600)).toEqual([1]);
		expect(tally.count(1, 1_600)).toBe(0);
	});

	it('lists at most MAX_LISTED users in its figure and counts the rest', () => {
		const tally = new PresenceTally('a', EXPIRY);
		for (let user = 1; user <= MAX_LISTED + 3; user++) tally.open(1, user, 1);
		tally.open(1, Symbol('anonymous'), 1);
		const figure = tally.figure(1);
		expect(figure.u).toHaveLength(MAX_LISTED);
		expect(figure.n).toBe(4);
		expect(Buffer.byteLength(JSON.stringify({ debateId: 1, payload: figure }))).toBeLessThan(7_000);
		expect(tally.figure(2)).toEqual({ i: 'a', u: [], n: 0 });
		expect(tally.rooms()).toEqual([1]);
	});
});
