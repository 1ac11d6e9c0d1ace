/**
 * Debates: setting one up, who is in the room and on which side, and the stance votes. Phase
 * control lives in `phases.ts`, posts in `posts.ts`. Every function checks who asks:
 * the class's teacher, or a student enrolled in it; anyone else gets `DebateNotFoundError` (a
 * `NotFoundError`), which routes answer with `rethrowNotFound` so an id reveals nothing.
 */
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
	DEFAULT_SETTINGS,
	isStance,
	type DebateSettings,
	type PhaseClock,
	type Side
} from '../../debate';
import * as articles from '../articles/articles';
import * as classes from '../classes/classes';
import { db, type Db } from '../db';
import { preparedFor } from '../db/prepared';
import { classes as classesTable, debateMembers, debates, enrollments } from '../db/tables';
import type { Debate, DebateMember } from '../db/schema';
import { ForbiddenError, NotFoundError } from '../http/not-found';
import * as live from './live';
import { CHANGE_NOTE_MAX } from '../../debate/stance';
import { MINUTE_MS } from '../../time';
import type { DebateSummary } from '../../debate/views';

export type { DebateSummary };
import { withoutNul } from '../../validation';
import type { PublicUser } from '../auth/public-user';

export class DebateNotFoundError extends NotFoundError {
	constructor() {
		super('Debate not found');
	}
}

/**
 * A student of the class opening a small group's room that is not theirs: they know the debate
 * exists, so they are told why (403) rather than shown a 404.
 */
export class OtherGroupError extends ForbiddenError {
	constructor() {
		super(
			"This is another group's room. Open the debate from your class page to reach your own group."
		);
	}
}

/** A refusal the person can act on; `message` says what to do. Routes answer 400. */
export class DebateRefusal extends Error {}

export interface NewDebate {
	articleId: number;
	classId: number;
	motion: string;
	sideFor: string;
	sideAgainst: string;
	settings?: Partial<DebateSettings>;
}

export async function create(teacher: PublicUser, input: NewDebate): Promise<Debate> {
	if (!(await classes.getTaught(teacher, input.classId))) throw new DebateNotFoundError();
	if (!(await articles.getReadable(teacher, input.articleId))?.isOwner)
		throw new DebateNotFoundError();
	const settings: DebateSettings = { ...DEFAULT_SETTINGS, ...input.settings };
	const minutes = settings.durations.prepare;
	// The room opens paused in Prepare: the teacher starts the clock when the class is ready.
	const clock: PhaseClock = {
		status: 'paused',
		remainingMs: minutes === null ? null : minutes * MINUTE_MS
	};
	const { articleId, classId, motion, sideFor, sideAgainst } = input;
	const pseudonymSecret = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
	// Nobody can be listening yet; the event starts the room's log, in the same transaction.
	return live.changeRooms(async (tx, emitIn) => {
		const [created] = await tx
			.insert(debates)
			.values({
				...{ articleId, classId, motion, sideFor, sideAgainst, phase: 'prepare' as const },
				...{ clock, settings, pseudonymSecret }
			})
			.returning();
		await emitIn(created!.id, 'created', { phase: 'prepare' });
		return created!;
	});
}

export interface Access {
	debate: Debate;
	isTeacher: boolean;
	/** The student's membership; null for the teacher. */
	member: DebateMember | null;
}

// Read on every room load and every post: prepared once per connection (STYLE 7).
const prepared = preparedFor((database: Db) => ({
	find: database
		.select()
		.from(debates)
		.where(eq(debates.id, sql.placeholder('debateId')))
		.prepare(),
	member: database
		.select()
		.from(debateMembers)
		.where(
			and(
				eq(debateMembers.debateId, sql.placeholder('debateId')),
				eq(debateMembers.userId, sql.placeholder('userId'))
			)
		)
		.prepare()
}));

export async function find(debateId: number): Promise<Debate | null> {
	const [row] = await prepared().find.execute({ debateId });
	return row ?? null;
}

/**
 * Who `user` is in this debate. A student of the class may look in; they become a member only
 * by joining (a POST: a page view, even from a cross-site link, never joins or assigns a side).
 */
export async function enter(user: PublicUser, debateId: number): Promise<Access> {
	const debate = await find(debateId);
	if (!debate) throw new DebateNotFoundError();
	if (user.role === 'teacher') {
		if (!(await classes.getTaught(user, debate.classId))) throw new DebateNotFoundError();
		return { debate, isTeacher: true, member: null };
	}
	if (!(await classes.getVisible(user, debate.classId))) throw new DebateNotFoundError();
	const member = await getMember(debateId, user.id);
	// A group's room is its members' alone: classmates in other groups may not read or post in it.
	if (debate.parentId !== null && !member) throw new OtherGroupError();
	return { debate, isTeacher: false, member };
}

/** The small groups of a class debate, in order (none: the debate is not split). */
export function groupsOf(debateId: number): Promise<Debate[]> {
	return db().select().from(debates).where(eq(debates.parentId, debateId)).orderBy(asc(debates.id));
}

/** Joins a student of the class to the debate; with auto-balance they get the smaller side. */
export async function joinDebate(student: PublicUser, debateId: number): Promise<DebateMember> {
	const access = await enter(student, debateId);
	if (access.isTeacher) throw new DebateRefusal('Teachers moderate; students join.');
	if (access.member) return access.member;
	// A split debate's students sit in its groups (server/debates/groups.ts places them).
	if ((await groupsOf(debateId)).length > 0)
		throw new DebateRefusal('This debate is in groups: join from the class debate.');
	return addMember(access.debate, student);
}

/** Like `enter`, for the teacher only. */
export async function enterAsTeacher(teacher: PublicUser, debateId: number): Promise<Access> {
	const access = await enter(teacher, debateId);
	if (!access.isTeacher) throw new DebateNotFoundError();
	return access;
}

/** Like `enter`, for a member student only. */
export async function enterAsMember(student: PublicUser, debateId: number) {
	const access = await enter(student, debateId);
	if (access.isTeacher) throw new DebateNotFoundError();
	if (!access.member) throw new DebateRefusal('Join the debate first, then try again.');
	return { ...access, member: access.member };
}

export async function getMember(debateId: number, userId: number): Promise<DebateMember | null> {
	const [row] = await prepared().member.execute({ debateId, userId });
	return row ?? null;
}

async function smallerSide(debateId: number): Promise<Side> {
	const rows = await db()
		.select({ side: debateMembers.side, n: count() })
		.from(debateMembers)
		.where(eq(debateMembers.debateId, debateId))
		.groupBy(debateMembers.side);
	const of = (side: Side) => rows.find((r) => r.side === side)?.n ?? 0;
	return of('against') < of('for') ? 'against' : 'for';
}

/** Makes the student a member (no access check: callers have made it). */
export function addMember(debate: Debate, student: PublicUser): Promise<DebateMember> {
	return live.change(debate.id, async (tx, emit) => {
		const side = debate.settings.sideAssignment === 'balance' ? await smallerSide(debate.id) : null;
		const [member] = await tx
			.insert(debateMembers)
			.values({ debateId: debate.id, userId: student.id, side, joinedAt: Date.now() })
			.onConflictDoNothing()
			.returning();
		await emit('member', { side });
		return member ?? (await getMember(debate.id, student.id))!;
	});
}

/** In a "students choose" debate, a student picks (or changes) their side during Prepare. */
export async function chooseSide(student: PublicUser, debateId: number, side: Side) {
	const { debate } = await enterAsMember(student, debateId);
	if (debate.settings.sideAssignment !== 'choose')
		throw new DebateRefusal('Your teacher gives out the sides in this debate.');
	if (debate.phase !== 'prepare')
		throw new DebateRefusal('Sides are chosen in Prepare; the debate has moved on.');
	await setSide(debateId, student.id, side);
}

/** The teacher puts a member on a side (any assignment mode, any phase). */
export async function assignSide(
	teacher: PublicUser,
	debateId: number,
	studentId: number,
	side: Side
) {
	await enterAsTeacher(teacher, debateId);
	if (!(await getMember(debateId, studentId))) throw new DebateNotFoundError();
	await setSide(debateId, studentId, side);
}

function setSide(debateId: number, userId: number, side: Side): Promise<void> {
	return live.change(debateId, async (tx, emit) => {
		await tx
			.update(debateMembers)
			.set({ side })
			.where(and(eq(debateMembers.debateId, debateId), eq(debateMembers.userId, userId)));
		await emit('member', { side });
	});
}

/**
 * The blind stance vote: before in Prepare, after (with what changed their mind) in Reflect.
 * The event says only that someone voted, never how.
 */
export async function voteStance(student: PublicUser, debateId: number, stance: number, note = '') {
	const { debate } = await enterAsMember(student, debateId);
	if (!isStance(stance)) throw new DebateRefusal('Choose one of the five positions on the scale.');
	const changeNote = withoutNul(note).trim();
	if (changeNote.length > CHANGE_NOTE_MAX)
		throw new DebateRefusal(`Keep the note to ${CHANGE_NOTE_MAX} characters or fewer.`);
	const set =
		debate.phase === 'prepare'
			? { stanceBefore: stance }
			: debate.phase === 'reflect'
				? { stanceAfter: stance, changeNote: changeNote || null }
				: null;
	if (!set)
		throw new DebateRefusal(
			'Stance votes open in Prepare and again in Reflect, not in this phase.'
		);
	await live.change(debateId, async (tx, emit) => {
		await tx
			.update(debateMembers)
			.set(set)
			.where(and(eq(debateMembers.debateId, debateId), eq(debateMembers.userId, student.id)));
		await emit('vote', { phase: debate.phase });
	});
}

const summaryColumns = {
	id: debates.id,
	motion: debates.motion,
	phase: debates.phase,
	classId: debates.classId,
	className: classesTable.name
};

/**
 * Whole debates (never a group's room, which lists under its parent) with their class's name,
 * newest first, of those `where` keeps.
 */
function summaries(where: SQL | undefined): Promise<DebateSummary[]> {
	return db()
		.select(summaryColumns)
		.from(debates)
		.innerJoin(classesTable, eq(classesTable.id, debates.classId))
		.where(and(where, isNull(debates.parentId)))
		.orderBy(desc(debates.id));
}

/** The debates of a class the user teaches or is enrolled in, newest first. */
export async function listForClass(user: PublicUser, classId: number): Promise<DebateSummary[]> {
	if (!(await classes.getVisible(user, classId))) throw new DebateNotFoundError();
	return summaries(eq(debates.classId, classId));
}

/** Every debate in the student's classes, newest first. */
export async function listForStudent(student: PublicUser): Promise<DebateSummary[]> {
	const classIds = (
		await db()
			.select({ id: enrollments.classId })
			.from(enrollments)
			.where(eq(enrollments.userId, student.id))
	).map((row) => row.id);
	if (classIds.length === 0) return [];
	return summaries(and(inArray(debates.classId, classIds), isNull(classesTable.archivedAt)));
}

/** The owner's debates on an article, in the classes they teach. */
export function listForArticle(teacher: PublicUser, articleId: number): Promise<DebateSummary[]> {
	return summaries(and(eq(debates.articleId, articleId), eq(classesTable.teacherId, teacher.id)));
}

/** Members in join order, for pseudonyms and the teacher's side list. */
export function members(debateId: number): Promise<DebateMember[]> {
	return db()
		.select()
		.from(debateMembers)
		.where(eq(debateMembers.debateId, debateId))
		.orderBy(asc(debateMembers.joinedAt), asc(debateMembers.userId));
}
