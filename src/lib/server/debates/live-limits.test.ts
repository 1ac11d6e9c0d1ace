import { describe, expect, it } from 'vitest';
import * as live from './live';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

describe('event streams per user', () => {
	it('are capped, and a closed one frees its place', () => {
		const releases = [];
		for (let i = 0; i < live.MAX_STREAMS_PER_USER; i++) releases.push(live.openStream(41));
		expect(releases.every((r) => r !== null)).toBe(true);
		expect(live.openStream(41)).toBeNull();
		expect(live.openStream(42)).not.toBeNull();
		releases[0]!();
		expect(live.openStream(41)).not.toBeNull();
	});

	it('count once in presence, however many one user opens', () => {
		const stops = Array.from({ length: 5 }, () => live.subscribe(900, 0, () => {}, 7));
		stops.push(live.subscribe(900, 0, () => {}, 8));
		expect(live.presentCount(900)).toBe(2);
		for (const stop of stops) stop();
		expect(live.presentCount(900)).toBe(0);
	});
});
