/**
 * Posts as one viewer may see them, for the room page (a window of the latest threads) and for
 * the live page (one post, after an event). Visibility is decided here, on the server: the
 * teacher sees names and hidden posts; students see pseudonyms in anonymous rooms, their own
 * hidden posts with the teacher's reason, and no one else's hidden posts at all.
 */
import { canEdit, noReactions, type ReactionKind } from '../../debate';
import type { PostView } from '../../debate/views';
import type { Access as DebateAccess } from './debates';
import type { PublicUser } from '../auth/public-user';
import { openFlagsOn, reactionsBy } from './room-reads';
import type { PostRow, RoomShared } from './room-shared';

/** Threads shown at once when the room opens; older ones are a "Show earlier" link away. */
export const THREADS_PER_PAGE = 10;

/** How this viewer names authors: "You", a pseudonym in an anonymous room, else the name. */
function namer(user: PublicUser, access: DebateAccess, room: RoomShared) {
	const names = new Map(room.members.map((m) => [m.userId, m.name]));
	const anonymous = access.debate.settings.anonymous && !access.isTeacher;
	const { pseudonyms } = room;
	return (id: number) =>
		id === user.id
			? 'You'
			: ((anonymous ? pseudonyms.get(id) : names.get(id)) ?? pseudonyms.get(id) ?? 'A student');
}

/**
 * The views of `rows` (already filtered for visibility). `counts` are the room's shared reaction
 * counts; the viewer's own reactions and the flags on their own posts are read for them alone.
 */
async function toViews(
	user: PublicUser,
	access: DebateAccess,
	room: RoomShared,
	rows: PostRow[],
	counts: ReadonlyMap<number, Record<ReactionKind, number>>,
	now: number
): Promise<PostView[]> {
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const mineIds = rows.filter((r) => r.authorId === user.id).map((r) => r.id);
	// Independent reads, sent together: on PostgreSQL each is a round trip.
	const [reacted, flagged] = await Promise.all([
		reactionsBy(user.id, ids),
		mineIds.length === 0 ? Promise.resolve([]) : openFlagsOn(mineIds)
	]);
	const nameOf = namer(user, access, room);
	return rows.map((p) => ({
		id: p.id,
		side: p.side,
		kind: p.kind,
		phase: p.phase,
		parentId: p.parentId,
		author: nameOf(p.authorId),
		mine: p.authorId === user.id,
		claim: p.claim,
		reasoning: p.reasoning,
		evidence:
			p.evidenceParagraph === null
				? null
				: {
						paragraph: p.evidenceParagraph,
						start: p.evidenceStart ?? 0,
						end: p.evidenceEnd ?? 0,
						quote: p.evidenceQuote ?? ''
					},
		createdAt: p.createdAt,
		edited: p.editedAt !== null,
		editable: canEdit({ ...p, hidden: p.hiddenAt !== null }, user.id, now).ok,
		pinned: p.pinned,
		hiddenReason: p.hiddenAt === null ? null : (p.hiddenReason ?? ''),
		reactions: counts.get(p.id) ?? noReactions(),
		myReactions: reacted.filter((r) => r.postId === p.id).map((r) => r.kind),
		flagsOnMine: flagged
			.filter((f) => f.postId === p.id)
			.map(({ id, reason, reply }) => ({ id, reason, reply }))
	}));
}

const visibleTo = (user: PublicUser, access: DebateAccess) => (p: PostRow) =>
	access.isTeacher || p.hiddenAt === null || p.authorId === user.id;

/** One post as this viewer may see it; null when it is not theirs to see (or not in the room). */
export async function postView(
	user: PublicUser,
	access: DebateAccess,
	room: RoomShared,
	postId: number,
	now = Date.now()
): Promise<PostView | null> {
	const found = await room.post(postId);
	const row = found?.rows[0];
	if (!found || !row || !visibleTo(user, access)(row)) return null;
	return (await toViews(user, access, room, [row], found.counts, now))[0] ?? null;
}

export interface PostWindow {
	posts: PostView[];
	/** The `before` cursor for the next older page; null when no older thread is left. */
	earlier: number | null;
}

/**
 * The latest `limit` threads started before `before` (a post id), pinned threads always, with
 * every reply in them. Only the window is read (see thread-window): full rows, counts and names
 * only for the posts shown, so a load does not grow with the room; the window is read once per
 * room version and shared by its viewers (room-shared).
 */
export async function postWindow(
	user: PublicUser,
	access: DebateAccess,
	room: RoomShared,
	before: number | null,
	limit = THREADS_PER_PAGE,
	now = Date.now()
): Promise<PostWindow> {
	const { rows, counts, earlier } = await room.window(before, limit);
	const shown = rows.filter(visibleTo(user, access));
	return { posts: await toViews(user, access, room, shown, counts, now), earlier };
}
