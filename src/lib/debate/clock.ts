/**
 * The phase countdown. Times are epoch milliseconds, as stored in the database. A running clock
 * keeps the instant it ends; a paused clock keeps the time it had left, so a pause of any length
 * costs the students nothing. A null end means the phase has no countdown.
 */
import { MINUTE_MS } from '../time';

export type PhaseClock =
	{ status: 'running'; endsAt: number | null } | { status: 'paused'; remainingMs: number | null };

function sumMinutes(extensions: number | readonly number[]): number {
	return typeof extensions === 'number' ? extensions : extensions.reduce((a, b) => a + b, 0);
}

/**
 * When a phase ends: its start plus its duration, the teacher's extensions (minutes, one number
 * or a list) and any time spent paused. Null when the phase has no duration.
 */
export function phaseEndsAt(
	startedAt: number,
	durationMinutes: number | null,
	extensions: number | readonly number[] = 0,
	pausedMs = 0
): number | null {
	if (durationMinutes === null) return null;
	return startedAt + (durationMinutes + sumMinutes(extensions)) * MINUTE_MS + pausedMs;
}

/** An untimed phase (null end) is never over by itself: the teacher ends it. */
export function isPhaseOver(now: number, endsAt: number | null): boolean {
	return endsAt !== null && now >= endsAt;
}

export function startClock(now: number, durationMinutes: number | null): PhaseClock {
	return { status: 'running', endsAt: phaseEndsAt(now, durationMinutes) };
}

/** Milliseconds left, never negative; null for an untimed phase. */
export function remainingMs(clock: PhaseClock, now: number): number | null {
	if (clock.status === 'paused') return clock.remainingMs;
	return clock.endsAt === null ? null : Math.max(0, clock.endsAt - now);
}

export function pauseClock(clock: PhaseClock, now: number): PhaseClock {
	if (clock.status === 'paused') return clock;
	return { status: 'paused', remainingMs: remainingMs(clock, now) };
}

export function resumeClock(clock: PhaseClock, now: number): PhaseClock {
	if (clock.status === 'running') return clock;
	const left = clock.remainingMs;
	return { status: 'running', endsAt: left === null ? null : now + left };
}

/**
 * Adds minutes to the countdown, running or paused. Extending an untimed phase gives it a
 * countdown of that many minutes from now, which is what a teacher pressing "+5" expects.
 */
export function extendClock(clock: PhaseClock, minutes: number, now: number): PhaseClock {
	const extra = minutes * MINUTE_MS;
	if (clock.status === 'paused') {
		return { status: 'paused', remainingMs: (clock.remainingMs ?? 0) + extra };
	}
	const base = clock.endsAt === null ? now : Math.max(clock.endsAt, now);
	return { status: 'running', endsAt: base + extra };
}

/** "4:05" for a countdown display; "0:00" once time is up. */
export function formatCountdown(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
