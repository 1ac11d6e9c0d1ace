/**
 * The room as one person may see it, in two parts: the header state (phase, clock, the viewer's
 * membership and what they may post, the teacher's roster and flags), which is small, and a
 * window of the latest threads (see room-posts). The live page refetches only the part an event
 * changed, so a post costs the same in a room of 10 posts or 2,000.
 */
import { eq } from 'drizzle-orm';
import {
	POST_KINDS,
	THREAD_REFUSALS,
	canPost,
	nextPhase,
	remainingMs,
	roomPseudonyms
} from '../../debate';
import type { PostKind } from '../../debate';
import { db } from '../db';
import { debateMembers, users } from '../db/schema';
import { advanceIfDue } from './phases';
import { groupRoomOf, infoOf } from './groups';
import type { GroupsInfo } from '../../debate/groups';
import { enter, members, type Access } from './debates';
import * as live from './live';
import { openFlags } from './moderation';
import { bestQuizScore } from './posts';
import type { PublicUser } from '../auth/public-user';
import { postView, postWindow } from './room-posts';
import { articleTitle, lastEventId } from './room-reads';
import type { MemberView, RoomState, RoomView } from '../../debate/views';

export type { MemberView, PostView, RoomState, RoomView } from '../../debate/views';

export { THREADS_PER_PAGE } from './room-posts';

function postRules(access: Access): Record<PostKind, string | null> {
	const { debate, member, isTeacher } = access;
	const quiz = {
		threshold: debate.settings.quizThreshold,
		bestScore:
			debate.settings.quizThreshold === null || !member
				? null
				: bestQuizScore(debate.articleId, member.userId)
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

function roster(access: Access): MemberView[] {
	if (!access.isTeacher) return [];
	const debateId = access.debate.id;
	const names = new Map(
		db()
			.select({ id: users.id, name: users.displayName })
			.from(users)
			.innerJoin(debateMembers, eq(debateMembers.userId, users.id))
			.where(eq(debateMembers.debateId, debateId))
			.all()
			.map((row) => [row.id, row.name])
	);
	const list = members(debateId);
	const pseudonyms = roomPseudonyms(
		access.debate.pseudonymSecret,
		list.map((m) => m.userId)
	);
	return list.map((m) => ({
		userId: m.userId,
		name: names.get(m.userId) ?? pseudonyms.get(m.userId) ?? '',
		side: m.side,
		votedBefore: m.stanceBefore !== null,
		votedAfter: m.stanceAfter !== null
	}));
}

/** Who the viewer is in the room, with the debate moved on if its time is up. */
function access(user: PublicUser, debateId: number, now: number): Access {
	const found = enter(user, debateId);
	return { ...found, debate: advanceIfDue(found.debate, now) };
}

function stateOf(found: Access, now: number): RoomState {
	const { debate, member, isTeacher } = found;
	return {
		id: debate.id,
		articleId: debate.articleId,
		articleTitle: articleTitle(debate.articleId),
		classId: debate.classId,
		motion: debate.motion,
		sideNames: { for: debate.sideFor, against: debate.sideAgainst },
		phase: debate.phase,
		clock: { status: debate.clock.status, remainingMs: remainingMs(debate.clock, now) },
		nextPhase: nextPhase(debate.settings, debate.phase),
		anonymous: debate.settings.anonymous,
		sideAssignment: debate.settings.sideAssignment,
		lastEventId: lastEventId(debate.id),
		presence: live.presentCount(debate.id),
		isTeacher,
		me: {
			member: member !== null,
			side: member?.side ?? null,
			stanceBefore: member?.stanceBefore ?? null,
			stanceAfter: member?.stanceAfter ?? null,
			note: member?.changeNote ?? ''
		},
		postRules: postRules(found),
		members: roster(found),
		flags: isTeacher ? openFlags(debate.id) : []
	};
}

/** The header state alone: what the live page refetches after a phase, roster or flag event. */
export function state(user: PublicUser, debateId: number, now = Date.now()): RoomState {
	return stateOf(access(user, debateId, now), now);
}

/** One post as this viewer may see it (null: not theirs to see), for the live page. */
export function post(user: PublicUser, debateId: number, postId: number, now = Date.now()) {
	return postView(user, access(user, debateId, now), postId, now);
}

function viewOf(user: PublicUser, found: Access, now: number, before: number | null): RoomView {
	const window = postWindow(user, found, before, undefined, now);
	return { ...stateOf(found, now), posts: window.posts, earlier: window.earlier };
}

/** The room page: the header state and the latest threads started before `before`. */
export function view(
	user: PublicUser,
	debateId: number,
	now = Date.now(),
	before: number | null = null
): RoomView {
	return viewOf(user, access(user, debateId, now), now, before);
}

/**
 * What the room page loads, entering the room once: for a student opening a class debate held
 * in groups, their group's room to go to; otherwise the view and the groups it shows.
 */
export function entry(
	user: PublicUser,
	debateId: number,
	now = Date.now(),
	before: number | null = null
): { groupRoom: number } | { view: RoomView; groups: GroupsInfo | null } {
	const found = access(user, debateId, now);
	const groupRoom = groupRoomOf(user, found);
	if (groupRoom !== null) return { groupRoom };
	return { view: viewOf(user, found, now, before), groups: infoOf(found) };
}
