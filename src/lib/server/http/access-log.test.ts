import { describe, expect, it } from 'vitest';
import { formatAccessLine, newRequestId } from './access-log';

describe('access log', () => {
	it('writes one line with method, path, status, time, user and request id', () => {
		const line = formatAccessLine(
			{ method: 'POST', path: '/login', status: 303, ms: 52, userId: 7, requestId: 'ab12cd34' },
			new Date(Date.UTC(2026, 11, 1, 9, 0))
		);
		expect(line).toBe('2026-12-01T09:00:00.000Z POST /login 303 52ms user=7 req=ab12cd34');
	});

	it('makes request ids of eight hex characters', () => {
		expect(newRequestId()).toMatch(/^[0-9a-f]{8}$/);
		expect(newRequestId()).not.toBe(newRequestId());
	});
});
