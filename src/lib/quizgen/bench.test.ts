import { describe, expect, it } from 'vitest';
import { median, timeAfterWarmUp } from './bench';

describe('benchmark timing', () => {
	it('takes the middle value, so one slow round does not move it', () => {
		expect(median([5, 1, 900])).toBe(5);
		expect(median([4, 2, 8, 6])).toBe(5);
	});

	it('warms up before it measures, then times every round alike', () => {
		const seen: number[] = [];
		timeAfterWarmUp((run) => seen.push(run), 3, 2);
		// Three warm-up calls with seeds of their own, then two rounds of three.
		expect(seen).toEqual([-1, -2, -3, 0, 1, 2, 3, 4, 5]);
	});
});
