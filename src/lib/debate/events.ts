/**
 * The room's live events: one map of event type to payload, shared by the server that emits
 * them and the page that applies them. Payloads carry ids, a phase and clock, a count: never
 * post text or names, since one broadcast serves viewers who may see different things. The page
 * fetches what changed (one post as this viewer may see it, or the room's small header state).
 */
import type { PhaseClock } from './clock';
import type { Phase } from './phases';
import type { Side } from './sides';

export interface RoomEvents {
	created: { phase: Phase };
	/**
	 * `closed`: the room itself is gone (the groups were undone). Sent whole and not logged,
	 * since the room's log goes with it; the page leads to the class room.
	 */
	member: { side?: Side | null; closed?: true };
	vote: { phase: Phase };
	phase: { phase: Phase; clock: PhaseClock };
	clock: { phase: Phase; clock: PhaseClock };
	post: { postId: number; side: Side; parentId: number | null };
	edit: { postId: number };
	reaction: { postId: number; kind: string };
	hide: { postId: number };
	restore: { postId: number };
	pin: { postId: number; pinned: boolean };
	flag: { flagId: number; postId: number };
	'flag-reply': { flagId: number; postId: number };
	'flag-resolved': { flagId: number; postId: number };
	/** Transient: not logged, not replayed. */
	presence: { count: number };
}

export type RoomEventType = keyof RoomEvents;
/** The logged types (all but presence), in the order the server may send them. */
export const LOGGED_EVENT_TYPES = [
	'created',
	'member',
	'vote',
	'phase',
	'clock',
	'post',
	'edit',
	'reaction',
	'hide',
	'restore',
	'pin',
	'flag',
	'flag-reply',
	'flag-resolved'
] as const satisfies readonly Exclude<RoomEventType, 'presence'>[];

/** What the page must fetch to apply an event: one post, the header state, or both. */
export type EventNeed = { post: number | null; header: boolean };

/** Events about one post refetch that post; the rest change the header (phase, roster, flags). */
export function needOf<T extends RoomEventType>(type: T, payload: RoomEvents[T]): EventNeed {
	const postId =
		typeof payload === 'object' && payload !== null && 'postId' in payload ? payload.postId : null;
	// Flags show in the teacher's queue (header) and on the author's own post.
	const header = postId === null || type.startsWith('flag');
	return { post: postId, header };
}

/**
 * The page's posts after fetching post `id` again: replaced in place, appended when new (posts
 * stay in id order), or removed when the viewer may no longer see it (`fresh` null).
 */
export function withPost<P extends { id: number }>(
	list: readonly P[],
	id: number,
	fresh: P | null
): P[] {
	const at = list.findIndex((p) => p.id === id);
	if (fresh === null) return at === -1 ? [...list] : list.filter((p) => p.id !== id);
	if (at !== -1) return list.map((p) => (p.id === id ? fresh : p));
	const next = [...list, fresh];
	return list.length > 0 && list[list.length - 1]!.id > id
		? next.sort((a, b) => a.id - b.id)
		: next;
}
