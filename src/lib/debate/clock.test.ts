import { describe, it, expect } from 'vitest';
import {
	extendClock,
	formatCountdown,
	isPhaseOver,
	pauseClock,
	phaseEndsAt,
	remainingMs,
	resumeClock,
	startClock
} from './clock';
import { MINUTE_MS as MINUTE } from '../time';

const T0 = Date.UTC(2026, 0, 12, 9, 0);

describe('phaseEndsAt and isPhaseOver', () => {
	it('adds the duration, the extensions and the time spent paused', () => {
		expect(phaseEndsAt(T0, 10)).toBe(T0 + 10 * MINUTE);
		expect(phaseEndsAt(T0, 10, [2, 3])).toBe(T0 + 15 * MINUTE);
		expect(phaseEndsAt(T0, 10, 5, 30_000)).toBe(T0 + 15 * MINUTE + 30_000);
	});

	it('has no end for an untimed phase, which is never over by itself', () => {
		expect(phaseEndsAt(T0, null, [5])).toBeNull();
		expect(isPhaseOver(T0 + 1_000 * MINUTE, null)).toBe(false);
	});

	it('is over exactly at the end and after', () => {
		const endsAt = T0 + 10 * MINUTE;
		expect(isPhaseOver(endsAt - 1, endsAt)).toBe(false);
		expect(isPhaseOver(endsAt, endsAt)).toBe(true);
	});
});

describe('pause and resume', () => {
	it('keeps the remaining time while paused, however long the pause', () => {
		const running = startClock(T0, 10);
		const paused = pauseClock(running, T0 + 4 * MINUTE);
		expect(paused).toEqual({ status: 'paused', remainingMs: 6 * MINUTE });
		expect(remainingMs(paused, T0 + 60 * MINUTE)).toBe(6 * MINUTE);
		const resumed = resumeClock(paused, T0 + 60 * MINUTE);
		expect(resumed).toEqual({ status: 'running', endsAt: T0 + 66 * MINUTE });
	});

	it('ignores a second pause or resume', () => {
		const paused = pauseClock(startClock(T0, 10), T0);
		expect(pauseClock(paused, T0 + MINUTE)).toBe(paused);
		const running = startClock(T0, 10);
		expect(resumeClock(running, T0 + MINUTE)).toBe(running);
	});

	it('never reports negative time', () => {
		expect(remainingMs(startClock(T0, 1), T0 + 5 * MINUTE)).toBe(0);
		expect(pauseClock(startClock(T0, 1), T0 + 5 * MINUTE)).toEqual({
			status: 'paused',
			remainingMs: 0
		});
	});
});

describe('extendClock', () => {
	it('extends a running or a paused clock', () => {
		expect(extendClock(startClock(T0, 10), 5, T0)).toEqual({
			status: 'running',
			endsAt: T0 + 15 * MINUTE
		});
		const paused = pauseClock(startClock(T0, 10), T0 + 8 * MINUTE);
		expect(extendClock(paused, 5, T0)).toEqual({ status: 'paused', remainingMs: 7 * MINUTE });
	});

	it('counts from now when the time had already run out', () => {
		const late = T0 + 20 * MINUTE;
		expect(extendClock(startClock(T0, 10), 2, late)).toEqual({
			status: 'running',
			endsAt: late + 2 * MINUTE
		});
	});
});

describe('formatCountdown', () => {
	it('shows minutes and seconds, rounding partial seconds up', () => {
		expect(formatCountdown(245_000)).toBe('4:05');
		expect(formatCountdown(500)).toBe('0:01');
		expect(formatCountdown(-10)).toBe('0:00');
	});
});
