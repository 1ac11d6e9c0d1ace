// RoomPresence's timing, with instances joined in memory instead of by NOTIFY (presence.pg.test.ts
// runs them on a real PostgreSQL): the debounce, the answer to a newcomer, the heartbeat, expiry.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomPresence, type PresenceTiming } from './presence';
import type { Figure } from './presence-tally';

const TIMING: PresenceTiming = { debounceMs: 250, heartbeatMs: 1_000, expiryMs: 2_500 };

/** Instances whose figures reach each other at once; what each announced and sent, in order. */
function cluster(names: string[]) {
	const announced = new Map(names.map((name) => [name, [] as number[]]));
	const sent: Figure[] = [];
	const instances = new Map<string, RoomPresence>();
	for (const name of names) {
		const presence = new RoomPresence(
			{
				announce: (_debateId, count) => announced.get(name)!.push(count),
				share: async (debateId, figure) => {
					sent.push(figure);
					for (const other of instances.values()) other.hear(debateId, figure);
				}
			},
			TIMING,
			name
		);
		instances.set(name, presence);
	}
	const close = () => instances.forEach((presence) => presence.close());
	return { at: (name: string) => instances.get(name)!, announced, sent, close };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('room presence over several instances', () => {
	it('a viewer on A and one on B each see 2, a student on both counts once', async () => {
		const { at, announced, close } = cluster(['a', 'b']);
		at('a').join(1, 10);
		await vi.advanceTimersByTimeAsync(TIMING.debounceMs);
		at('b').join(1, 20);
		at('b').join(1, 10);
		// B's figure reaches A, which answers the newcomer; both then announce.
		await vi.advanceTimersByTimeAsync(2 * TIMING.debounceMs);
		expect(at('a').count(1)).toBe(2);
		expect(at('b').count(1)).toBe(2);
		expect(announced.get('a')!.at(-1)).toBe(2);
		expect(announced.get('b')!.at(-1)).toBe(2);
		close();
	});

	it('1,000 streams opening send one figure and one announcement, not one per stream', async () => {
		const { at, announced, sent, close } = cluster(['a']);
		for (let user = 1; user <= 1_000; user++) at('a').join(1, user);
		await vi.advanceTimersByTimeAsync(TIMING.debounceMs);
		expect(sent).toHaveLength(1);
		expect(announced.get('a')).toEqual([1_000]);
		close();
	});

	it("a viewer who leaves B is gone from A's count after one debounce", async () => {
		const { at, close } = cluster(['a', 'b']);
		at('a').join(1, 10);
		at('b').join(1, 20);
		await vi.advanceTimersByTimeAsync(2 * TIMING.debounceMs);
		expect(at('a').count(1)).toBe(2);
		at('b').leave(1, 20);
		await vi.advanceTimersByTimeAsync(TIMING.debounceMs);
		expect(at('a').count(1)).toBe(1);
		close();
	});

	it("a killed instance's viewers drop out within expiry + heartbeat; a live one's stay", async () => {
		const { at, announced, close } = cluster(['a', 'b', 'c']);
		at('a').join(1, 10);
		at('b').join(1, 20);
		at('c').join(1, 30);
		await vi.advanceTimersByTimeAsync(2 * TIMING.debounceMs);
		expect(at('a').count(1)).toBe(3);
		// C dies without a word: its timers stop, nobody hears from it again.
		at('c').close();
		await vi.advanceTimersByTimeAsync(TIMING.expiryMs + TIMING.heartbeatMs + TIMING.debounceMs);
		expect(at('a').count(1)).toBe(2);
		expect(at('b').count(1)).toBe(2);
		expect(announced.get('a')!.at(-1)).toBe(2);
		close();
	});
});
