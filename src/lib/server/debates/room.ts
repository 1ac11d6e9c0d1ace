/**
 * The room as one person may see it, in two parts: the header state (phase, clock, the viewer's
 * membership and what they may post, the teacher's roster and flags), which is small, and a
 * window of the latest threads (see room-posts). The live page refetches only the part an event
 * changed, so a post costs the same in a room of 10 posts or 2,000.
 */
import { POST_KINDS, THREAD_REFUSALS, canPost, nextPhase, remainingMs } from '../../debate';
import type { PostKind } from '../../debate';
import { advanceIfDue } from './phases';
import { groupRoomOf, infoOf } from './groups';
import type { GroupsInfo } from '../../debate/groups';
import { enter, type Access } from './debates';
import * as live from './live';
import { openFlags } from './moderation';
import { bestQuizScore } from './posts';
import type { PublicUser } from '../auth/public-user';
import { postView, postWindow } from './room-posts';
import { shared, type RoomShared } from './room-shared';
import type { MemberView, RoomState, RoomView } from '../../debate/views';

export type { MemberView, PostView, RoomState, RoomView } from '../../debate/views';

export { THREADS_PER_PAGE } from './room-posts';

async function postRules(access: Access): Promise<Record<PostKind, string | null>> {
	const { debate, member, isTeacher } = access;
	const quiz = {
		threshold: debate.settings.quizThreshold,
		bestScore:
			debate.settings.quizThreshold === null || !member
				? null
				: await bestQuizScore(debate.articleId, member.userId)
	};
	return Object.fromEntries(
		POST_KINDS.map((kind) => {
			const check = canPost(debate.phase, kind, {
				settings: debate.settings,
				paused: debate.clock.status === 'paused',
				side: member?.side ?? null,
				quiz
			});
			// Replies are judged against their parent when sent; here only the phase and gate count.
			const ok = check.ok || THREAD_REFUSALS.includes(check.code);
			return [kind, isTeacher ? 'Teachers moderate; students post.' : ok ? null : check.reason];
		})
	) as Record<PostKind, string | null>;
}

/** The teacher's roster (students see none): names, sides, who has voted. */
function roster(access: Access, room: RoomShared): MemberView[] {
	if (!access.isTeacher) return [];
	return room.members.map((m) => ({
		userId: m.userId,
		name: m.name ?? room.pseudonyms.get(m.userId) ?? '',
		side: m.side,
		votedBefore: m.stanceBefore !== null,
		votedAfter: m.stanceAfter !== null
	}));
}

/** Who the viewer is in the room, with the debate moved on if its time is up. */
async function access(user: PublicUser, debateId: number, now: number): Promise<Access> {
	const found = await enter(user, debateId);
	return { ...found, debate: await advanceIfDue(found.debate, now) };
}

async function stateOf(found: Access, room: RoomShared, now: number): Promise<RoomState> {
	const { debate, member, isTeacher } = found;
	// Independent reads, sent together: on PostgreSQL each is a round trip.
	const [rules, flags] = await Promise.all([
		postRules(found),
		isTeacher ? openFlags(debate.id) : Promise.resolve([])
	]);
	return {
		id: debate.id,
		articleId: debate.articleId,
		articleTitle: room.title,
		classId: debate.classId,
		motion: debate.motion,
		sideNames: { for: debate.sideFor, against: debate.sideAgainst },
		phase: debate.phase,
		clock: { status: debate.clock.status, remainingMs: remainingMs(debate.clock, now) },
		nextPhase: nextPhase(debate.settings, debate.phase),
		anonymous: debate.settings.anonymous,
		sideAssignment: debate.settings.sideAssignment,
		// The version the posts were read at: the page's stream replays anything newer.
		lastEventId: room.eventId,
		presence: live.presentCount(debate.id),
		isTeacher,
		me: {
			member: member !== null,
			side: member?.side ?? null,
			stanceBefore: member?.stanceBefore ?? null,
			stanceAfter: member?.stanceAfter ?? null,
			note: member?.changeNote ?? ''
		},
		postRules: rules,
		members: roster(found, room),
		flags
	};
}

/** The header state alone: what the live page refetches after a phase, roster or flag event. */
export async function state(user: PublicUser, debateId: number, now = Date.now()) {
	const found = await access(user, debateId, now);
	return stateOf(found, await shared(found.debate, now), now);
}

/** One post as this viewer may see it (null: not theirs to see), for the live page. */
export async function post(user: PublicUser, debateId: number, postId: number, now = Date.now()) {
	const found = await access(user, debateId, now);
	return postView(user, found, await shared(found.debate, now), postId, now);
}

async function viewOf(
	user: PublicUser,
	found: Access,
	now: number,
	before: number | null
): Promise<RoomView> {
	const room = await shared(found.debate, now);
	const [header, window] = await Promise.all([
		stateOf(found, room, now),
		postWindow(user, found, room, before, undefined, now)
	]);
	return { ...header, posts: window.posts, earlier: window.earlier };
}

/** The room page: the header state and the latest threads started before `before`. */
export async function view(
	user: PublicUser,
	debateId: number,
	now = Date.now(),
	before: number | null = null
): Promise<RoomView> {
	return viewOf(user, await access(user, debateId, now), now, before);
}

/**
 * What the room page loads, entering the room once: for a student opening a class debate held
 * in groups, their group's room to go to; otherwise the view and the groups it shows.
 */
export async function entry(
	user: PublicUser,
	debateId: number,
	now = Date.now(),
	before: number | null = null
): Promise<{ groupRoom: number } | { view: RoomView; groups: GroupsInfo | null }> {
	const found = await access(user, debateId, now);
	const groupRoom = await groupRoomOf(user, found);
	if (groupRoom !== null) return { groupRoom };
	const [view, groups] = await Promise.all([viewOf(user, found, now, before), infoOf(found)]);
	return { view, groups };
}
