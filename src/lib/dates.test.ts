import { describe, expect, it } from 'vitest';
import { formatDue, toLocalInput, wallTimeToUtc } from './dates';

describe('dates in the school’s zone', () => {
	const instant = Date.UTC(2026, 2, 21, 14, 30);

	it('formats in the given zone, whatever the runtime’s zone', () => {
		expect(formatDue(instant, 'Europe/Paris')).toBe('Mar 21, 2026, 3:30 PM (Europe/Paris time)');
		expect(formatDue(instant, 'America/Chicago')).toBe(
			'Mar 21, 2026, 9:30 AM (America/Chicago time)'
		);
	});

	it('turns a wall time into the instant and back, across summer time', () => {
		for (const zone of ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'UTC']) {
			for (const at of [Date.UTC(2026, 0, 10, 8, 0), Date.UTC(2026, 6, 10, 17, 45)]) {
				const wall = Date.parse(`${toLocalInput(at, zone)}:00Z`);
				expect(wallTimeToUtc(wall, zone)).toBe(at);
			}
		}
	});
});
