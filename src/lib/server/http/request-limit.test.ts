import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from '../testing/temp-db';
import { RequestLimiter } from './request-limit';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('RequestLimiter', () => {
	it('allows a burst, then refuses with the wait until the next token', () => {
		const limiter = new RequestLimiter('test-a', { perSecond: 2, burst: 3 });
		expect([0, 0, 0].map(() => limiter.take('ana', 1000))).toEqual([0, 0, 0]);
		expect(limiter.take('ana', 1000)).toBe(500);
		expect(limiter.take('ana', 1500)).toBe(0);
		expect(limiter.take('ana', 1500)).toBe(500);
	});

	it('keeps keys apart and refills up to the burst only', () => {
		const limiter = new RequestLimiter('test-b', { perSecond: 1, burst: 2 });
		limiter.take('ana', 0);
		limiter.take('ana', 0);
		expect(limiter.take('ben', 0)).toBe(0);
		expect(limiter.take('ana', 0)).toBeGreaterThan(0);
		// A long pause refills to the burst, not beyond it.
		expect([0, 0, 0].map(() => limiter.take('ana', 60_000))).toEqual([0, 0, 1000]);
	});
});
