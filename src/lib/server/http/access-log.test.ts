import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_FLUSH_MS, batchedLog, formatAccessLine, newRequestId } from './access-log';

describe('access log', () => {
	afterEach(() => vi.useRealTimers());

	it('writes one line with method, path, status, time, user and request id', () => {
		const line = formatAccessLine(
			{ method: 'POST', path: '/login', status: 303, ms: 52, userId: 7, requestId: 'ab12cd34' },
			new Date(Date.UTC(2026, 11, 1, 9, 0))
		);
		expect(line).toBe('2026-12-01T09:00:00.000Z POST /login 303 52ms user=7 req=ab12cd34');
	});

	it('makes request ids of eight hex characters, none repeated across refills of its pool', () => {
		const ids = Array.from({ length: 3000 }, () => newRequestId());
		for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
		// 3,000 draws of 32 bits: a repeat is a one-in-a-thousand chance, a reused pool certain.
		expect(new Set(ids).size).toBeGreaterThan(2990);
	});

	it('writes the lines of a burst together, in order, once the wait is over', () => {
		vi.useFakeTimers();
		const writes: string[] = [];
		const log = batchedLog((text) => writes.push(text));
		log.log('one');
		log.log('two');
		expect(writes).toEqual([]);
		vi.advanceTimersByTime(ACCESS_FLUSH_MS);
		expect(writes).toEqual(['one\ntwo\n']);
		log.log('three');
		vi.advanceTimersByTime(ACCESS_FLUSH_MS);
		expect(writes).toEqual(['one\ntwo\n', 'three\n']);
	});

	it('writes what is waiting at once when flushed (as at exit), and nothing twice', () => {
		vi.useFakeTimers();
		const writes: string[] = [];
		const log = batchedLog((text) => writes.push(text));
		log.log('last');
		log.flush();
		vi.advanceTimersByTime(ACCESS_FLUSH_MS);
		log.flush();
		expect(writes).toEqual(['last\n']);
	});
});
