/**
 * Which posts the room page shows: the latest threads and the pinned ones, found through the
 * `posts_thread_idx` and `posts_pinned_idx` indexes so a load reads only the window, never every
 * post id of the room (which cost a few ms per load at 500 posts and grew with the room).
 * A thread is a post with no parent and every reply below it; replies always sit in their
 * parent's debate (posting checks it), and an erased parent leaves its replies as a new thread.
 */
import { sql, type SQL } from 'drizzle-orm';
import { db, dialect } from '../db';
import { preparedFor } from '../db/prepared';
import type { PgDb } from '../db/postgres';

/**
 * The three reads, in SQL so their plans can be checked (thread-window.test.ts). The replies
 * step is a CROSS JOIN so SQLite walks from each thread post to its replies by the index; left
 * to itself it scanned every post of the room once per reply.
 */
export const WINDOW_SQL = {
	roots: `SELECT id FROM posts WHERE debate_id = ? AND parent_id IS NULL AND id < ?
		ORDER BY id DESC LIMIT ?`,
	pinned: 'SELECT id FROM posts WHERE debate_id = ? AND pinned = 1 AND parent_id IS NULL',
	threads: `WITH RECURSIVE thread(id) AS (
			SELECT value FROM json_each(?)
			UNION
			SELECT p.id FROM thread t CROSS JOIN posts p ON p.debate_id = ? AND p.parent_id = t.id
		)
		SELECT id FROM thread ORDER BY id`
};

/**
 * The same reads for PostgreSQL, whose planner needs no CROSS JOIN hint; the id list is bound as
 * one JSON text there too. Sent as parameterised statements, parsed by the server per query.
 */
const windowPg = {
	roots: (debateId: number, before: number, limit: number) =>
		sql`SELECT id FROM posts WHERE debate_id = ${debateId} AND parent_id IS NULL AND id < ${before}
			ORDER BY id DESC LIMIT ${limit}`,
	pinned: (debateId: number) =>
		sql`SELECT id FROM posts WHERE debate_id = ${debateId} AND pinned AND parent_id IS NULL`,
	threads: (roots: string, debateId: number) => sql`WITH RECURSIVE thread(id) AS (
			SELECT value::int FROM json_array_elements_text(${roots}::json)
			UNION
			SELECT p.id FROM thread t JOIN posts p ON p.debate_id = ${debateId} AND p.parent_id = t.id
		)
		SELECT id FROM thread ORDER BY id`
};

// Read on every room load: prepared once per connection on SQLite.
const statements = preparedFor(({ $client }) => ({
	roots: $client.prepare(WINDOW_SQL.roots).pluck(),
	pinned: $client.prepare(WINDOW_SQL.pinned).pluck(),
	threads: $client.prepare(WINDOW_SQL.threads).pluck()
}));

type WindowReads = {
	roots(debateId: number, before: number, limit: number): Promise<number[]>;
	pinned(debateId: number): Promise<number[]>;
	threads(roots: string, debateId: number): Promise<number[]>;
};

async function ids(query: SQL): Promise<number[]> {
	const result = await (db() as unknown as PgDb).execute<{ id: number }>(query);
	return result.rows.map((row) => row.id);
}

function reads(): WindowReads {
	if (dialect() === 'postgres') {
		return {
			roots: (d, b, l) => ids(windowPg.roots(d, b, l)),
			pinned: (d) => ids(windowPg.pinned(d)),
			threads: (r, d) => ids(windowPg.threads(r, d))
		};
	}
	const s = statements();
	return {
		roots: async (d, b, l) => s.roots.all(d, b, l) as number[],
		pinned: async (d) => s.pinned.all(d) as number[],
		threads: async (r, d) => s.threads.all(r, d) as number[]
	};
}

/** "Before the newest": the largest id both engines' integer key holds (PostgreSQL's int4). */
const NO_CURSOR = 2 ** 31 - 1;

export interface ThreadWindow {
	/** Every post of the chosen threads, oldest first. */
	ids: number[];
	/** The `before` cursor for the next older page; null when no older thread is left. */
	earlier: number | null;
}

/** The latest `limit` threads started before `before` (a post id), with the pinned threads. */
export async function threadWindow(
	debateId: number,
	before: number | null,
	limit: number
): Promise<ThreadWindow> {
	const r = reads();
	const latest = await r.roots(debateId, before ?? NO_CURSOR, limit + 1);
	const shown = latest.slice(0, limit);
	const roots = new Set([...shown, ...(await r.pinned(debateId))]);
	const ids = roots.size === 0 ? [] : await r.threads(JSON.stringify([...roots]), debateId);
	return { ids, earlier: latest.length > limit ? (shown.at(-1) ?? null) : null };
}
