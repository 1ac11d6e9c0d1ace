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
import * as classes from '../classes/classes';
import { db } from '../db';
import { debateMembers, debates, posts } from '../db/tables';
import type { Debate, DebateMember } from '../db/schema';
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
async function classDebateOf(debate: Debate): Promise<Debate> {
	if (debate.parentId === null) return debate;
	return (await find(debate.parentId)) ?? debate;
}

async function roomIds(classDebate: Debate): Promise<number[]> {
	return [classDebate.id, ...(await groupsOf(classDebate.id)).map((g) => g.id)];
}

async function postCount(rooms: number[]): Promise<number> {
	const [row] = await db().select({ n: count() }).from(posts).where(inArray(posts.debateId, rooms));
	return row?.n ?? 0;
}

export async function summaries(classDebateId: number): Promise<GroupSummary[]> {
	const groups = await groupsOf(classDebateId);
	return Promise.all(
		groups.map(async (group) => {
			const sides = { for: 0, against: 0 };
			const roster = await db()
				.select()
				.from(debateMembers)
				.where(eq(debateMembers.debateId, group.id));
			let students = 0;
			for (const m of roster) {
				students += 1;
				if (m.side) sides[m.side] += 1;
			}
			return {
				id: group.id,
				name: group.groupName ?? '',
				students,
				sides,
				posts: await postCount([group.id])
			};
		})
	);
}

/** Groups as this viewer of the room may see them; null when the debate has none. */
export async function info(user: PublicUser, debateId: number): Promise<GroupsInfo | null> {
	return infoOf(await enter(user, debateId));
}

/** `info` for a room already entered (the room page enters once per load). */
export async function infoOf({ debate, isTeacher }: Access): Promise<GroupsInfo | null> {
	const classDebate = await classDebateOf(debate);
	// Read on every room load: most debates have no groups, found by one prepared read.
	const listed = isTeacher || debate.parentId === null;
	const groups = listed && (await hasGroups(classDebate.id)) ? await summaries(classDebate.id) : [];
	if (debate.parentId === null && groups.length === 0) return null;
	return {
		classDebateId: classDebate.id,
		groupName: debate.groupName,
		groups: isTeacher ? groups : []
	};
}

/** For a student opening a split class debate: the id of their group's room (null otherwise). */
export async function roomOf(user: PublicUser, debateId: number): Promise<number | null> {
	return groupRoomOf(user, await enter(user, debateId));
}

/** `roomOf` for a room already entered. */
export async function groupRoomOf(
	user: PublicUser,
	{ debate, isTeacher }: Access
): Promise<number | null> {
	if (isTeacher || debate.parentId !== null) return null;
	return groupRoomFor(debate.id, user.id);
}

/**
 * For a student refused a group's room because the teacher regrouped the class: the room of
 * the same class debate they argue in now; null when there is none or the room is not a group
 * of their class. (Undoing the groups removes the group rooms, so their ids lead nowhere.)
 */
export async function movedTo(user: PublicUser, debateId: number): Promise<number | null> {
	const room = await find(debateId);
	if (user.role !== 'student' || room?.parentId == null) return null;
	const classDebate = await enter(user, room.parentId);
	return (
		(await groupRoomOf(user, classDebate)) ?? (classDebate.member ? classDebate.debate.id : null)
	);
}

/**
 * Joins a student: in a split debate, to their group or (arriving late) to the smallest group,
 * on the side that group has fewer of when sides are balanced. Returns the room joined.
 */
export async function join(student: PublicUser, debateId: number): Promise<number> {
	const placed = await roomOf(student, debateId);
	if (placed !== null) return placed;
	const groups = await summaries(debateId);
	if (groups.length === 0) return (await joinDebate(student, debateId)).debateId;
	const smallest = groups.reduce((a, b) => (b.students < a.students ? b : a));
	const group = (await groupsOf(debateId)).find((g) => g.id === smallest.id)!;
	return (await addMember(group, student)).debateId;
}

/** The split form: every student of the class with their side and current group. */
export async function planOf(teacher: PublicUser, debateId: number) {
	const { debate } = await enterAsTeacher(teacher, debateId);
	const classDebate = await classDebateOf(debate);
	const rooms = await roomIds(classDebate);
	const current = await currentMembers(rooms);
	const groupIndex = new Map(rooms.slice(1).map((id, i) => [id, i]));
	const roster = await classes.roster(teacher, classDebate.classId);
	return {
		classDebate,
		posts: await postCount(rooms),
		groups: await summaries(classDebate.id),
		students: roster.map((s) => {
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

async function currentMembers(rooms: number[]): Promise<Map<number, DebateMember>> {
	const rows = await db()
		.select()
		.from(debateMembers)
		.where(inArray(debateMembers.debateId, rooms));
	return new Map(rows.map((m) => [m.userId, m]));
}

async function refuseOnceArgued(rooms: number[]): Promise<void> {
	const n = await postCount(rooms);
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
export async function split(
	teacher: PublicUser,
	debateId: number,
	plan: SplitPlan,
	confirmed: boolean
): Promise<void> {
	const { classDebate, students, groups } = await planOf(teacher, debateId);
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
	await place(classDebate, giveSides ? giveMissingSides(placed) : placed);
}

/** Puts the class back together in one room (members keep sides and votes); before any post. */
export async function ungroup(
	teacher: PublicUser,
	debateId: number,
	confirmed: boolean
): Promise<void> {
	const { classDebate, groups } = await planOf(teacher, debateId);
	if (groups.length === 0) throw new DebateRefusal('This debate is not in groups.');
	if (!confirmed)
		throw new DebateRefusal('Tick “Put everyone back in one room” to undo the groups.');
	const rooms = await roomIds(classDebate);
	await live.changeRooms(async (tx, emitIn) => {
		await refuseOnceArgued(rooms);
		await tx
			.update(debateMembers)
			.set({ debateId: classDebate.id })
			.where(inArray(debateMembers.debateId, rooms.slice(1)));
		await tx.delete(debates).where(inArray(debates.id, rooms.slice(1)));
		await emitIn(classDebate.id, 'member', {});
	});
	// Open group rooms hear that they went, and lead their students to the class room.
	await live.announceClosed(rooms.slice(1));
}

async function place(classDebate: Debate, placed: Placement[]): Promise<void> {
	const rooms = await roomIds(classDebate);
	const existing = rooms.slice(1);
	const count = Math.max(...placed.map((p) => p.group)) + 1;
	const before = await currentMembers(rooms);
	await live.changeRooms(async (tx, emitIn) => {
		await refuseOnceArgued(rooms);
		const ids: number[] = [];
		for (let i = 0; i < count; i++) {
			const name = groupName(i);
			const id = existing[i];
			if (id !== undefined) {
				await tx.update(debates).set({ groupName: name }).where(eq(debates.id, id));
				ids.push(id);
				continue;
			}
			const { id: _id, createdAt: _at, rubricReleasedAt: _r, ...shared } = classDebate;
			const secret = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
			const [row] = await tx
				.insert(debates)
				.values({ ...shared, pseudonymSecret: secret, parentId: classDebate.id, groupName: name })
				.returning({ id: debates.id });
			await emitIn(row!.id, 'created', { phase: classDebate.phase });
			ids.push(row!.id);
		}
		const surplus = existing.slice(count);
		if (surplus.length > 0) await tx.delete(debates).where(inArray(debates.id, surplus));
		await tx.delete(debateMembers).where(inArray(debateMembers.debateId, rooms));
		const now = Date.now();
		const rows = placed.map((p) => {
			const old = before.get(p.userId);
			return {
				debateId: ids[p.group]!,
				userId: p.userId,
				side: p.side,
				stanceBefore: old?.stanceBefore ?? null,
				stanceAfter: old?.stanceAfter ?? null,
				changeNote: old?.changeNote ?? null,
				joinedAt: old?.joinedAt ?? now
			};
		});
		// One statement for the class: a round trip per student is 30 on PostgreSQL.
		if (rows.length > 0) await tx.insert(debateMembers).values(rows);
		for (const id of [classDebate.id, ...ids]) await emitIn(id, 'member', {});
	});
}
