import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/test-database';
import { RequestLimiter } from './request-limit';

useTestDatabase();

describe('RequestLimiter', () => {
	it('allows a burst, then refuses with the wait until the next token', async () => {
		const limiter = new RequestLimiter('test-a', { perSecond: 2, burst: 3 });
		for (let i = 0; i < 3; i++) expect(await limiter.take('ana', 1000)).toBe(0);
		expect(await limiter.take('ana', 1000)).toBe(500);
		expect(await limiter.take('ana', 1500)).toBe(0);
		expect(await limiter.take('ana', 1500)).toBe(500);
	});

	it('keeps keys apart and refills up to the burst only', async () => {
		const limiter = new RequestLimiter('test-b', { perSecond: 1, burst: 2 });
		await limiter.take('ana', 0);
		await limiter.take('ana', 0);
		expect(await limiter.take('ben', 0)).toBe(0);
		expect(await limiter.take('ana', 0)).toBeGreaterThan(0);
		// A long pause refills to the burst, not beyond it.
		const waits = [];
		for (let i = 0; i < 3; i++) waits.push(await limiter.take('ana', 60_000));
		expect(waits).toEqual([0, 0, 1000]);
	});

	it('gives out exactly the burst to takes arriving at once', async () => {
		const limiter = new RequestLimiter('test-c', { perSecond: 1, burst: 5 });
		const waits = await Promise.all(Array.from({ length: 20 }, () => limiter.take('ana', 0)));
		expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
		expect(Math.min(...waits.filter((wait) => wait > 0))).toBe(1000);
	});
});
