/**
 * Small groups: a class debate split into rooms of a few students. Each group is a debate of
 * its own (members, posts, events, rubric, transcript), with `parent_id` naming the class debate,
 * which keeps the motion, the sides and (through phases.ts) one phase and clock for all. Groups
 * can be made, remade or removed only while nobody has posted: moving a student after they have
 * argued would split their thread from its room.
 */
import { count, eq, inArray } from 'drizzle-orm';
import { encodeHexLowerCase } from '@oslojs/encoding';
import {
	balancedGroups,
	giveMissingSides,
	groupCount,
	groupName,
	handGroups,
	GROUP_SIZE_MAX,
	GROUP_SIZE_MIN,
	type GroupStudent,
	type GroupsInfo,
	type GroupSummary,
	type Placement
} from '../../debate/groups';
import * as classes from '../classes/classes-sync';
import { db } from '../db';
import { debateMembers, debates, posts, type Debate, type DebateMember } from '../db/schema';
import type { PublicUser } from '../auth/public-user';
import {
	addMember,
	DebateRefusal,
	enter,
	enterAsTeacher,
	find,
	groupsOf,
	joinDebate,
	type Access
} from './debates';
import * as live from './live';
import { groupRoomFor, hasGroups } from './room-reads';

export type { GroupSummary, GroupsInfo } from '../../debate/groups';

export type SplitPlan =
	{ kind: 'auto'; size: number } | { kind: 'hand'; chosen: Map<number, number> };

/** The class debate behind a room: the room itself, or the debate its group belongs to. */
function classDebateOf(debate: Debate): Debate {
	if (debate.parentId === null) return debate;
	return db().select().from(debates).where(eq(debates.id, debate.parentId)).get() ?? debate;
}

function roomIds(classDebate: Debate): number[] {
	return [classDebate.id, ...groupsOf(classDebate.id).map((g) => g.id)];
}

function postCount(rooms: number[]): number {
	return (
		db().select({ n: count() }).from(posts).where(inArray(posts.debateId, rooms)).get()?.n ?? 0
	);
}

export function summaries(classDebateId: number): GroupSummary[] {
	return groupsOf(classDebateId).map((group) => {
		const sides = { for: 0, against: 0 };
		const roster = db().select().from(debateMembers).where(eq(debateMembers.debateId, group.id));
		let students = 0;
		for (const m of roster.all()) {
			students += 1;
			if (m.side) sides[m.side] += 1;
		}
		return {
			id: group.id,
			name: group.groupName ?? '',
			students,
			sides,
			posts: postCount([group.id])
		};
	});
}

/** Groups as this viewer of the room may see them; null when the debate has none. */
export function info(user: PublicUser, debateId: number): GroupsInfo | null {
	return infoOf(enter(user, debateId));
}

/** `info` for a room already entered (the room page enters once per load). */
export function infoOf({ debate, isTeacher }: Access): GroupsInfo | null {
	const classDebate = classDebateOf(debate);
	// Read on every room load: most debates have no groups, found by one prepared read.
	const listed = isTeacher || debate.parentId === null;
	const groups = listed && hasGroups(classDebate.id) ? summaries(classDebate.id) : [];
	if (debate.parentId === null && groups.length === 0) return null;
	return {
		classDebateId: classDebate.id,
		groupName: debate.groupName,
		groups: isTeacher ? groups : []
	};
}

/** For a student opening a split class debate: the id of their group's room (null otherwise). */
export function roomOf(user: PublicUser, debateId: number): number | null {
	return groupRoomOf(user, enter(user, debateId));
}

/** `roomOf` for a room already entered. */
export function groupRoomOf(user: PublicUser, { debate, isTeacher }: Access): number | null {
	if (isTeacher || debate.parentId !== null) return null;
	return groupRoomFor(debate.id, user.id);
}

/**
 * For a student refused a group's room because the teacher regrouped the class: the room of
 * the same class debate they argue in now; null when there is none or the room is not a group
 * of their class. (Undoing the groups removes the group rooms, so their ids lead nowhere.)
 */
export function movedTo(user: PublicUser, debateId: number): number | null {
	const room = find(debateId);
	if (user.role !== 'student' || room?.parentId == null) return null;
	const classDebate = enter(user, room.parentId);
	return groupRoomOf(user, classDebate) ?? (classDebate.member ? classDebate.debate.id : null);
}

/**
 * Joins a student: in a split debate, to their group or (arriving late) to the smallest group,
 * on the side that group has fewer of when sides are balanced. Returns the room joined.
 */
export function join(student: PublicUser, debateId: number): number {
	const placed = roomOf(student, debateId);
	if (placed !== null) return placed;
	const groups = summaries(debateId);
	if (groups.length === 0) return joinDebate(student, debateId).debateId;
	const smallest = groups.reduce((a, b) => (b.students < a.students ? b : a));
	const group = groupsOf(debateId).find((g) => g.id === smallest.id)!;
	return addMember(group, student).debateId;
}

/** The split form: every student of the class with their side and current group. */
export function planOf(teacher: PublicUser, debateId: number) {
	const { debate } = enterAsTeacher(teacher, debateId);
	const classDebate = classDebateOf(debate);
	const rooms = roomIds(classDebate);
	const current = currentMembers(rooms);
	const groupIndex = new Map(rooms.slice(1).map((id, i) => [id, i]));
	return {
		classDebate,
		posts: postCount(rooms),
		groups: summaries(classDebate.id),
		students: classes.roster(teacher, classDebate.classId).map((s) => {
			const member = current.get(s.id);
			return {
				userId: s.id,
				name: s.displayName,
				side: member?.side ?? null,
				group: member ? (groupIndex.get(member.debateId) ?? null) : null
			};
		})
	};
}

function currentMembers(rooms: number[]): Map<number, DebateMember> {
	const rows = db().select().from(debateMembers).where(inArray(debateMembers.debateId, rooms));
	return new Map(rows.all().map((m) => [m.userId, m]));
}

function refuseOnceArgued(rooms: number[]): void {
	const n = postCount(rooms);
	if (n > 0)
		throw new DebateRefusal(
			`Groups can change only before anyone posts, and this debate has ${n} post${n === 1 ? '' : 's'}. Start a new debate to use other groups.`
		);
}

/**
 * Splits the class debate (from its page or any group's) into groups, or remakes them: every
 * student of the class is placed, keeping their side and stance votes. Refused once anyone has
 * posted, and, when groups exist, unless the teacher confirmed replacing them.
 */
export function split(teacher: PublicUser, debateId: number, plan: SplitPlan, confirmed: boolean) {
	const { classDebate, students, groups } = planOf(teacher, debateId);
	if (groups.length > 0 && !confirmed)
		throw new DebateRefusal('Tick “Replace the current groups” to regroup the class.');
	if (students.length === 0) throw new DebateRefusal('No students are in the class yet.');
	const who: GroupStudent[] = students.map((s) => ({ userId: s.userId, side: s.side }));
	let placed: Placement[];
	if (plan.kind === 'auto') {
		if (!Number.isInteger(plan.size) || plan.size < GROUP_SIZE_MIN || plan.size > GROUP_SIZE_MAX)
			throw new DebateRefusal(`Choose ${GROUP_SIZE_MIN} to ${GROUP_SIZE_MAX} students per group.`);
		placed = balancedGroups(who, groupCount(who.length, plan.size));
	} else {
		const made = handGroups(who, plan.chosen);
		if ('missing' in made) throw new DebateRefusal('Choose a group for every student.');
		placed = made;
	}
	const giveSides = classDebate.settings.sideAssignment === 'balance';
	place(classDebate, giveSides ? giveMissingSides(placed) : placed);
}

/** Puts the class back together in one room (members keep sides and votes); before any post. */
export function ungroup(teacher: PublicUser, debateId: number, confirmed: boolean): void {
	const { classDebate, groups } = planOf(teacher, debateId);
	if (groups.length === 0) throw new DebateRefusal('This debate is not in groups.');
	if (!confirmed)
		throw new DebateRefusal('Tick “Put everyone back in one room” to undo the groups.');
	const rooms = roomIds(classDebate);
	live.changeRooms((tx, emitIn) => {
		refuseOnceArgued(rooms);
		// Open group rooms hear it before they go, and lead their students to the class room.
		for (const id of rooms.slice(1)) emitIn(id, 'member', {});
		tx.update(debateMembers)
			.set({ debateId: classDebate.id })
			.where(inArray(debateMembers.debateId, rooms.slice(1)))
			.run();
		tx.delete(debates)
			.where(inArray(debates.id, rooms.slice(1)))
			.run();
		emitIn(classDebate.id, 'member', {});
	});
}

function place(classDebate: Debate, placed: Placement[]): void {
	const rooms = roomIds(classDebate);
	const existing = rooms.slice(1);
	const count = Math.max(...placed.map((p) => p.group)) + 1;
	const before = currentMembers(rooms);
	live.changeRooms((tx, emitIn) => {
		refuseOnceArgued(rooms);
		const ids: number[] = [];
		for (let i = 0; i < count; i++) {
			const name = groupName(i);
			const id = existing[i];
			if (id !== undefined) {
				tx.update(debates).set({ groupName: name }).where(eq(debates.id, id)).run();
				ids.push(id);
				continue;
			}
			const { id: _id, createdAt: _at, rubricReleasedAt: _r, ...shared } = classDebate;
			const secret = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
			const row = tx
				.insert(debates)
				.values({ ...shared, pseudonymSecret: secret, parentId: classDebate.id, groupName: name })
				.returning({ id: debates.id })
				.get();
			emitIn(row.id, 'created', { phase: classDebate.phase });
			ids.push(row.id);
		}
		const surplus = existing.slice(count);
		if (surplus.length > 0) tx.delete(debates).where(inArray(debates.id, surplus)).run();
		tx.delete(debateMembers).where(inArray(debateMembers.debateId, rooms)).run();
		const now = Date.now();
		for (const p of placed) {
			const old = before.get(p.userId);
			tx.insert(debateMembers)
				.values({
					debateId: ids[p.group]!,
					userId: p.userId,
					side: p.side,
					stanceBefore: old?.stanceBefore ?? null,
					stanceAfter: old?.stanceAfter ?? null,
					changeNote: old?.changeNote ?? null,
					joinedAt: old?.joinedAt ?? now
				})
				.run();
		}
		for (const id of [classDebate.id, ...ids]) emitIn(id, 'member', {});
	});
}
