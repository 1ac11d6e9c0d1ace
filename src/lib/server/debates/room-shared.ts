/**
 * What every viewer of a room reads alike, read once per room and reused by every load until the
 * room's next event: the article's title, the members with their names and pseudonyms, and the
 * windows of threads (ids, full rows, reaction counts). A class walking in at once then costs
 * one read of all that, and each viewer only what is theirs (their membership, their own
 * reactions and flags, what they may post); visibility is still decided per viewer, from these
 * rows, on the server (room-posts).
 *
 * The room's version is its newest event id: every change a room shows is written with an event
 * in the same transaction (live.ts), and within a debate ids commit in order on both engines, so
 * a snapshot read after seeing id N holds every change up to N. The id is read first, then the
 * data, so a snapshot is never older than its id. A name changed in a profile writes no event:
 * a snapshot is also dropped after SHARED_MAX_AGE_MS, which bounds how long such a name lags.
 */
import { roomPseudonyms, type ReactionKind } from '../../debate';
import { db, type Db } from '../db';
import type { Debate, DebateMember } from '../db/schema';
import { articleTitle, lastEventId, postRows, reactionCountsOf, roomMembers } from './room-reads';
import { threadWindow } from './thread-window';

/** How long a snapshot serves at most, events or not (see the module comment). */
export const SHARED_MAX_AGE_MS = 10_000;
/** Rooms kept per database: a school's rooms open at once. */
const ROOMS_KEPT = 256;
/** Windows kept per snapshot: the latest threads and a few "show earlier" pages. */
const WINDOWS_KEPT = 8;
/** Single posts kept per snapshot: those the room's last events named. */
const POSTS_KEPT = 64;

export type PostRow = Awaited<ReturnType<typeof postRows>>[number];

export interface SharedWindow {
	/** Every post of the window's threads, hidden ones included (filtered per viewer). */
	rows: PostRow[];
	counts: ReadonlyMap<number, Record<ReactionKind, number>>;
	/** The `before` cursor for the next older page; null when no older thread is left. */
	earlier: number | null;
}

export interface RoomShared {
	/** The room's newest event id when this was read (0 when none). */
	eventId: number;
	title: string;
	/** In join order, with each member's display name (null when the account has none). */
	members: (DebateMember & { name: string | null })[];
	pseudonyms: ReadonlyMap<number | string, string>;
	/** The window of `limit` threads before `before` (null: the latest), read once when asked. */
	window(before: number | null, limit: number): Promise<SharedWindow>;
	/**
	 * One post of the room with its counts (null when not in it), read once for every viewer
	 * whose page fetches it after its event.
	 */
	post(postId: number): Promise<SharedWindow | null>;
}

interface Kept {
	at: number;
	shared: Promise<RoomShared>;
	eventId: number;
}

const kept = new WeakMap<Db, Map<number, Kept>>();

function roomsOf(database: Db): Map<number, Kept> {
	let rooms = kept.get(database);
	if (!rooms) kept.set(database, (rooms = new Map()));
	return rooms;
}

async function readWindow(debateId: number, before: number | null, limit: number) {
	const { ids, earlier } = await threadWindow(debateId, before, limit);
	if (ids.length === 0) return { rows: [], counts: new Map(), earlier };
	const [rows, counts] = await Promise.all([postRows(debateId, ids), reactionCountsOf(ids)]);
	return { rows, counts, earlier };
}

async function readPost(debateId: number, postId: number): Promise<SharedWindow | null> {
	const [rows, counts] = await Promise.all([
		postRows(debateId, [postId]),
		reactionCountsOf([postId])
	]);
	return rows.length === 0 ? null : { rows, counts, earlier: null };
}

/** `read()` once per key, at most `limit` kept; a failed read is not kept (the next one retries). */
function remember<K, V>(kept: Map<K, Promise<V>>, key: K, limit: number, read: () => Promise<V>) {
	let found = kept.get(key);
	if (!found) {
		if (kept.size >= limit) kept.delete(kept.keys().next().value!);
		kept.set(key, (found = read()));
		found.catch(() => kept.delete(key));
	}
	return found;
}

async function read(debate: Debate, eventId: number): Promise<RoomShared> {
	const [title, members] = await Promise.all([
		articleTitle(debate.articleId),
		roomMembers(debate.id)
	]);
	const windows = new Map<string, Promise<SharedWindow>>();
	const single = new Map<number, Promise<SharedWindow | null>>();
	return {
		eventId,
		title,
		members,
		pseudonyms: roomPseudonyms(
			debate.pseudonymSecret,
			members.map((m) => m.userId)
		),
		window: (before, limit) =>
			remember(windows, `${before ?? ''}:${limit}`, WINDOWS_KEPT, () =>
				readWindow(debate.id, before, limit)
			),
		post: (postId) => remember(single, postId, POSTS_KEPT, () => readPost(debate.id, postId))
	};
}

/**
 * The room's shared reads as of now: the kept snapshot when no event has happened since it was
 * read (and it is young enough), else a fresh one, read once however many viewers ask at once.
 */
export async function shared(debate: Debate, now = Date.now()): Promise<RoomShared> {
	const eventId = await lastEventId(debate.id);
	const rooms = roomsOf(db());
	const hit = rooms.get(debate.id);
	// A snapshot read after a newer event (by a viewer who came a moment later) serves too.
	if (hit && hit.eventId >= eventId && now - hit.at < SHARED_MAX_AGE_MS) return hit.shared;
	// Newest last, so the first key is the room read longest ago.
	rooms.delete(debate.id);
	if (rooms.size >= ROOMS_KEPT) rooms.delete(rooms.keys().next().value!);
	const entry: Kept = { at: now, eventId, shared: read(debate, eventId) };
	rooms.set(debate.id, entry);
	entry.shared.catch(() => {
		if (rooms.get(debate.id) === entry) rooms.delete(debate.id);
	});
	return entry.shared;
}
