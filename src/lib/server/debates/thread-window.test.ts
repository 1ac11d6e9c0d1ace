import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { posts } from '../db/tables';
import { makeRoom } from '../testing/factories';
import { testDialect, useTestDatabase } from '../testing/test-database';
import { threadWindow, WINDOW_SQL } from './thread-window';

useTestDatabase();

describe('threadWindow', () => {
	it('shows the latest threads with all their replies, and a cursor to the earlier ones', async () => {
		// Posts 0-5 start threads; 6 answers 1, 7 answers 6 (a reply to a reply), 8 answers 5.
		const { debate, ids } = await makeRoom(9, (i) => ({ 6: 1, 7: 6, 8: 5 })[i] ?? null);
		const latest = await threadWindow(debate.id, null, 2);
		expect(latest.ids).toEqual([ids[4], ids[5], ids[8]]);
		expect(latest.earlier).toBe(ids[4]);
		const earlier = await threadWindow(debate.id, latest.earlier, 2);
		expect(earlier.ids).toEqual([ids[2], ids[3]]);
		const first = await threadWindow(debate.id, earlier.earlier, 2);
		expect(first.ids).toEqual([ids[0], ids[1], ids[6], ids[7]]);
		expect(first.earlier).toBeNull();
	});

	it('keeps a pinned thread on every page, and an empty room is empty', async () => {
		const { debate, ids } = await makeRoom(4);
		await transaction((tx) => tx.update(posts).set({ pinned: true }).where(eq(posts.id, ids[0]!)));
		expect((await threadWindow(debate.id, null, 1)).ids).toEqual([ids[0], ids[3]]);
		const empty = await makeRoom(0);
		expect(await threadWindow(empty.debate.id, null, 30)).toEqual({ ids: [], earlier: null });
	});

	// SQLite's plans: PostgreSQL's planner reads a table this small by a scan, and rightly.
	it.runIf(testDialect() === 'sqlite')(
		'reads the window through indexes, never scanning the room',
		() => {
			const plan = (query: string, params: unknown[]) =>
				(
					db()
						.$client.prepare(`EXPLAIN QUERY PLAN ${query}`)
						.all(...params) as { detail: string }[]
				)
					.map((row) => row.detail)
					.join('\n');
			const roots = plan(WINDOW_SQL.roots, [1, 1, 1]);
			expect(roots).toMatch(/INDEX posts_thread_idx \(debate_id=\? AND parent_id=\? AND id<\?\)/);
			expect(roots).not.toMatch(/TEMP B-TREE/);
			expect(plan(WINDOW_SQL.pinned, [1])).toMatch(/INDEX posts_pinned_idx/);
			// Each reply is found from its parent, not by walking every post of the debate.
			expect(plan(WINDOW_SQL.threads, ['[1]', 1])).toMatch(
				/SEARCH p USING COVERING INDEX posts_thread_idx \(debate_id=\? AND parent_id=\?\)/
			);
		}
	);
});
