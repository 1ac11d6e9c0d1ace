/**
 * Debates: setting one up, who is in the room and on which side, and the stance votes. Phase
 * control lives in `phases.ts`, posts in `posts.ts`. Every function checks who asks:
 * the class's teacher, or a student enrolled in it; anyone else gets `DebateNotFoundError` (a
 * `NotFoundError`), which routes answer with `rethrowNotFound` so an id reveals nothing.
 */
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import {
	DEFAULT_SETTINGS,
	isStance,
	type DebateSettings,
	type PhaseClock,
	type Side
} from '../../debate';
import * as articles from '../articles/articles-sync';
import * as classes from '../classes/classes-sync';
import { db } from '../db';
import { classes as classesTable, debateMembers, debates, enrollments } from '../db/schema';
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

export function create(teacher: PublicUser, input: NewDebate): Debate {
	if (!classes.getTaught(teacher, input.classId)) throw new DebateNotFoundError();
	if (!articles.getReadable(teacher, input.articleId)?.isOwner) throw new DebateNotFoundError();
	const settings: DebateSettings = { ...DEFAULT_SETTINGS, ...input.settings };
	const minutes = settings.durations.prepare;
	// The room opens paused in Prepare: the teacher starts the clock when the class is ready.
	const clock: PhaseClock = {
		status: 'paused',
		remainingMs: minutes === null ? null : minutes * MINUTE_MS
	};
	const { articleId, classId, motion, sideFor, sideAgainst } = input;
	const pseudonymSecret = encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
	const created = db()
		.insert(debates)
		.values({
			...{ articleId, classId, motion, sideFor, sideAgainst, phase: 'prepare' as const },
			...{ clock, settings, pseudonymSecret }
		})
		.returning()
		.get();
	// Nobody can be listening yet; the event starts the room's log.
	live.change(created.id, (_tx, emit) => emit('created', { phase: 'prepare' }));
	return created;
}

export interface Access {
	debate: Debate;
	isTeacher: boolean;
	/** The student's membership; null for the teacher. */
	member: DebateMember | null;
}

export function find(debateId: number): Debate | null {
	return db().select().from(debates).where(eq(debates.id, debateId)).get() ?? null;
}

/**
 * Who `user` is in this debate. A student of the class may look in; they become a member only
 * by joining (a POST: a page view, even from a cross-site link, never joins or assigns a side).
 */
export function enter(user: PublicUser, debateId: number): Access {
	const debate = find(debateId);
	if (!debate) throw new DebateNotFoundError();
	if (user.role === 'teacher') {
		if (!classes.getTaught(user, debate.classId)) throw new DebateNotFoundError();
		return { debate, isTeacher: true, member: null };
	}
	if (!classes.getVisible(user, debate.classId)) throw new DebateNotFoundError();
	const member = getMember(debateId, user.id);
	// A group's room is its members' alone: classmates in other groups may not read or post in it.
	if (debate.parentId !== null && !member) throw new OtherGroupError();
	return { debate, isTeacher: false, member };
}

/** The small groups of a class debate, in order (none: the debate is not split). */
export function groupsOf(debateId: number): Debate[] {
	return db()
		.select()
		.from(debates)
		.where(eq(debates.parentId, debateId))
		.orderBy(asc(debates.id))
		.all();
}

/** Joins a student of the class to the debate; with auto-balance they get the smaller side. */
export function joinDebate(student: PublicUser, debateId: number): DebateMember {
	const access = enter(student, debateId);
	if (access.isTeacher) throw new DebateRefusal('Teachers moderate; students join.');
	if (access.member) return access.member;
	// A split debate's students sit in its groups (server/debates/groups.ts places them).
	if (groupsOf(debateId).length > 0)
		throw new DebateRefusal('This debate is in groups: join from the class debate.');
	return addMember(access.debate, student);
}

/** Like `enter`, for the teacher only. */
export function enterAsTeacher(teacher: PublicUser, debateId: number): Access {
	const access = enter(teacher, debateId);
	if (!access.isTeacher) throw new DebateNotFoundError();
	return access;
}

/** Like `enter`, for a member student only. */
export function enterAsMember(student: PublicUser, debateId: number) {
	const access = enter(student, debateId);
	if (access.isTeacher) throw new DebateNotFoundError();
	if (!access.member) throw new DebateRefusal('Join the debate first, then try again.');
	return { ...access, member: access.member };
}

export function getMember(debateId: number, userId: number): DebateMember | null {
	return (
		db()
			.select()
			.from(debateMembers)
			.where(and(eq(debateMembers.debateId, debateId), eq(debateMembers.userId, userId)))
			.get() ?? null
	);
}

function smallerSide(debateId: number): Side {
	const rows = db()
		.select({ side: debateMembers.side, n: count() })
		.from(debateMembers)
		.where(eq(debateMembers.debateId, debateId))
		.groupBy(debateMembers.side)
		.all();
	const of = (side: Side) => rows.find((r) => r.side === side)?.n ?? 0;
	return of('against') < of('for') ? 'against' : 'for';
}

/** Makes the student a member (no access check: callers have made it). */
export function addMember(debate: Debate, student: PublicUser): DebateMember {
	return live.change(debate.id, (tx, emit) => {
		const side = debate.settings.sideAssignment === 'balance' ? smallerSide(debate.id) : null;
		const member = tx
			.insert(debateMembers)
			.values({ debateId: debate.id, userId: student.id, side, joinedAt: Date.now() })
			.onConflictDoNothing()
			.returning()
			.get();
		emit('member', { side });
		return member ?? getMember(debate.id, student.id)!;
	});
}

/** In a "students choose" debate, a student picks (or changes) their side during Prepare. */
export function chooseSide(student: PublicUser, debateId: number, side: Side): void {
	const { debate } = enterAsMember(student, debateId);
	if (debate.settings.sideAssignment !== 'choose')
		throw new DebateRefusal('Your teacher gives out the sides in this debate.');
	if (debate.phase !== 'prepare')
		throw new DebateRefusal('Sides are chosen in Prepare; the debate has moved on.');
	setSide(debateId, student.id, side);
}

/** The teacher puts a member on a side (any assignment mode, any phase). */
export function assignSide(teacher: PublicUser, debateId: number, studentId: number, side: Side) {
	enterAsTeacher(teacher, debateId);
	if (!getMember(debateId, studentId)) throw new DebateNotFoundError();
	setSide(debateId, studentId, side);
}

function setSide(debateId: number, userId: number, side: Side): void {
	live.change(debateId, (tx, emit) => {
		tx.update(debateMembers)
			.set({ side })
			.where(and(eq(debateMembers.debateId, debateId), eq(debateMembers.userId, userId)))
			.run();
		emit('member', { side });
	});
}

/**
 * The blind stance vote: before in Prepare, after (with what changed their mind) in Reflect.
 * The event says only that someone voted, never how.
 */
export function voteStance(student: PublicUser, debateId: number, stance: number, note = '') {
	const { debate } = enterAsMember(student, debateId);
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
	live.change(debateId, (tx, emit) => {
		tx.update(debateMembers)
			.set(set)
			.where(and(eq(debateMembers.debateId, debateId), eq(debateMembers.userId, student.id)))
			.run();
		emit('vote', { phase: debate.phase });
	});
}

const summaryColumns = {
	id: debates.id,
	motion: debates.motion,
	phase: debates.phase,
	classId: debates.classId,
	className: classesTable.name
};

/** The debates of a class the user teaches or is enrolled in, newest first. */
export function listForClass(user: PublicUser, classId: number): DebateSummary[] {
	if (!classes.getVisible(user, classId)) throw new DebateNotFoundError();
	return db()
		.select(summaryColumns)
		.from(debates)
		.innerJoin(classesTable, eq(classesTable.id, debates.classId))
		.where(and(eq(debates.classId, classId), isNull(debates.parentId)))
		.orderBy(desc(debates.id))
		.all();
}

/** Every debate in the student's classes, newest first. */
export function listForStudent(student: PublicUser): DebateSummary[] {
	const classIds = db()
		.select({ id: enrollments.classId })
		.from(enrollments)
		.where(eq(enrollments.userId, student.id))
		.all()
		.map((row) => row.id);
	if (classIds.length === 0) return [];
	return db()
		.select(summaryColumns)
		.from(debates)
		.innerJoin(classesTable, eq(classesTable.id, debates.classId))
		.where(
			and(
				inArray(debates.classId, classIds),
				isNull(classesTable.archivedAt),
				isNull(debates.parentId)
			)
		)
		.orderBy(desc(debates.id))
		.all();
}

/** The owner's debates on an article, in the classes they teach. */
export function listForArticle(teacher: PublicUser, articleId: number): DebateSummary[] {
	return db()
		.select(summaryColumns)
		.from(debates)
		.innerJoin(classesTable, eq(classesTable.id, debates.classId))
		.where(
			and(
				eq(debates.articleId, articleId),
				eq(classesTable.teacherId, teacher.id),
				isNull(debates.parentId)
			)
		)
		.orderBy(desc(debates.id))
		.all();
}

/** Members in join order, for pseudonyms and the teacher's side list. */
export function members(debateId: number): DebateMember[] {
	return db()
		.select()
		.from(debateMembers)
		.where(eq(debateMembers.debateId, debateId))
		.orderBy(asc(debateMembers.joinedAt), asc(debateMembers.userId))
		.all();
}
