import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit';

const MINUTE = 60_000;
const limiter = () =>
	new FailureLimiter({
		windowMs: 15 * MINUTE,
		slowAfter: 3,
		blockAfter: 6,
		blockForMs: 10 * MINUTE,
		baseDelayMs: 100,
		maxDelayMs: 300
	});

describe('FailureLimiter', () => {
	it('lets the first failures through at full speed', () => {
		const l = limiter();
		for (let i = 0; i < 2; i++) l.recordFailure('ana', 0);
		expect(l.check('ana', 0)).toEqual({ allowed: true, delayMs: 0 });
	});

	it('slows each try after `slowAfter` failures, doubling up to the cap', () => {
		const l = limiter();
		const delays: number[] = [];
		for (let i = 0; i < 5; i++) {
			l.recordFailure('ana', 0);
			const decision = l.check('ana', 0);
			delays.push(decision.allowed ? decision.delayMs : -1);
		}
		expect(delays).toEqual([0, 0, 100, 200, 300]);
	});

	it('refuses for `blockForMs` once `blockAfter` failures are reached, then forgets', () => {
		const l = limiter();
		for (let i = 0; i < 6; i++) l.recordFailure('ana', 1_000);
		expect(l.check('ana', 1_000)).toEqual({ allowed: false, retryAfterMs: 10 * MINUTE });
		expect(l.check('ana', 1_000 + 4 * MINUTE)).toEqual({
			allowed: false,
			retryAfterMs: 6 * MINUTE
		});
		expect(l.check('ana', 1_000 + 10 * MINUTE)).toEqual({ allowed: true, delayMs: 0 });
	});

	it('forgets failures older than the window', () => {
		const l = limiter();
		for (let i = 0; i < 5; i++) l.recordFailure('ana', 0);
		expect(l.check('ana', 16 * MINUTE)).toEqual({ allowed: true, delayMs: 0 });
	});

	it('keeps keys apart and resets one on success', () => {
		const l = limiter();
		for (let i = 0; i < 6; i++) l.recordFailure('ana', 0);
		expect(l.check('ben', 0).allowed).toBe(true);
		l.reset('ana');
		expect(l.check('ana', 0)).toEqual({ allowed: true, delayMs: 0 });
	});
});
