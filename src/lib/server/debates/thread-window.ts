/**
 * Which posts the room page shows: the latest threads and the pinned ones, found through the
 * `posts_thread_idx` and `posts_pinned_idx` indexes so a load reads only the window, never every
 * post id of the room (which cost a few ms per load at 500 posts and grew with the room).
 * A thread is a post with no parent and every reply below it; replies always sit in their
 * parent's debate (posting checks it), and an erased parent leaves its replies as a new thread.
 */
import { preparedFor } from '../db/prepared';

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

// Read on every room load: prepared once per connection.
const statements = preparedFor(({ $client }) => ({
	roots: $client.prepare(WINDOW_SQL.roots).pluck(),
	pinned: $client.prepare(WINDOW_SQL.pinned).pluck(),
	threads: $client.prepare(WINDOW_SQL.threads).pluck()
}));

export interface ThreadWindow {
	/** Every post of the chosen threads, oldest first. */
	ids: number[];
	/** The `before` cursor for the next older page; null when no older thread is left. */
	earlier: number | null;
}

/** The latest `limit` threads started before `before` (a post id), with the pinned threads. */
export function threadWindow(debateId: number, before: number | null, limit: number): ThreadWindow {
	const s = statements();
	const latest = s.roots.all(debateId, before ?? Number.MAX_SAFE_INTEGER, limit + 1) as number[];
	const shown = latest.slice(0, limit);
	const roots = new Set([...shown, ...(s.pinned.all(debateId) as number[])]);
	const ids =
		roots.size === 0 ? [] : (s.threads.all(JSON.stringify([...roots]), debateId) as number[]);
	return { ids, earlier: latest.length > limit ? (shown.at(-1) ?? null) : null };
}
