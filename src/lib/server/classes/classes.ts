import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { uniqueJoinCode } from '../../classes/join-code';
import { db, transaction, type Db } from '../db';
import { preparedFor } from '../db/prepared';
import type { Class } from '../db/schema';
import { classes, enrollments, users } from '../db/tables';
import type { ClassSummary, PublicUser, RosterEntry } from '../../types';
import { NotFoundError } from '../http/not-found';

export type { ClassSummary, RosterEntry };

/** Thrown when a user reaches for a class that is not theirs; routes answer 404, not 403. */
export class ClassNotFoundError extends NotFoundError {
	constructor() {
		super('Class not found');
	}
}

// Who is asking is checked on nearly every request (room entry among them): prepared once.
function prepare(database: Db) {
	const p = (name: string) => sql.placeholder(name);
	return {
		taught: database
			.select()
			.from(classes)
			.where(and(eq(classes.id, p('classId')), eq(classes.teacherId, p('teacherId'))))
			.prepare(),
		joined: database
			.select({ class: classes })
			.from(classes)
			.innerJoin(enrollments, eq(enrollments.classId, classes.id))
			.where(and(eq(classes.id, p('classId')), eq(enrollments.userId, p('userId'))))
			.prepare()
	};
}

const prepared = preparedFor(prepare);

async function isCodeTaken(code: string): Promise<boolean> {
	const [found] = await db()
		.select({ id: classes.id })
		.from(classes)
		.where(eq(classes.joinCode, code));
	return found !== undefined;
}

export async function create(teacher: PublicUser, name: string): Promise<Class> {
	if (teacher.role !== 'teacher') throw new ClassNotFoundError();
	return transaction(async (tx) => {
		const joinCode = await uniqueJoinCode(isCodeTaken);
		const [created] = await tx
			.insert(classes)
			.values({ name, teacherId: teacher.id, joinCode })
			.returning();
		return created!;
	});
}

/** The class, when `teacher` teaches it; otherwise null, whether it exists or not. */
export async function getTaught(teacher: PublicUser, classId: number): Promise<Class | null> {
	if (teacher.role !== 'teacher') return null;
	const [found] = await prepared().taught.execute({ classId, teacherId: teacher.id });
	return found ?? null;
}

/** Whether every id is a class the teacher teaches, in one query (the list is capped by the form). */
export async function teachesAll(teacher: PublicUser, classIds: number[]): Promise<boolean> {
	if (classIds.length === 0) return true;
	if (teacher.role !== 'teacher') return false;
	const found = await db()
		.select({ id: classes.id })
		.from(classes)
		.where(and(eq(classes.teacherId, teacher.id), inArray(classes.id, classIds)));
	return found.length === new Set(classIds).size;
}

/** The class, when `user` teaches it or is enrolled in it. */
export async function getVisible(user: PublicUser, classId: number): Promise<Class | null> {
	if (user.role === 'teacher') return getTaught(user, classId);
	const [row] = await prepared().joined.execute({ classId, userId: user.id });
	return row?.class ?? null;
}

async function requireTaught(teacher: PublicUser, classId: number): Promise<Class> {
	const found = await getTaught(teacher, classId);
	if (!found) throw new ClassNotFoundError();
	return found;
}

/** Checks the class is the teacher's and changes it, in one transaction. */
function changeTaught(
	teacher: PublicUser,
	classId: number,
	change: Partial<Pick<Class, 'name' | 'archivedAt' | 'joinCode'>>
): Promise<void> {
	return transaction(async (tx) => {
		await requireTaught(teacher, classId);
		await tx.update(classes).set(change).where(eq(classes.id, classId));
	});
}

export function rename(teacher: PublicUser, classId: number, name: string): Promise<void> {
	return changeTaught(teacher, classId, { name });
}

export function setArchived(
	teacher: PublicUser,
	classId: number,
	archived: boolean
): Promise<void> {
	return changeTaught(teacher, classId, { archivedAt: archived ? Date.now() : null });
}

export function regenerateJoinCode(teacher: PublicUser, classId: number): Promise<string> {
	return transaction(async () => {
		const joinCode = await uniqueJoinCode(isCodeTaken);
		await changeTaught(teacher, classId, { joinCode });
		return joinCode;
	});
}

const summaryColumns = () => ({
	id: classes.id,
	name: classes.name,
	joinCode: classes.joinCode,
	archivedAt: classes.archivedAt,
	teacherName: users.displayName
});

async function withCounts(rows: Omit<ClassSummary, 'studentCount'>[]): Promise<ClassSummary[]> {
	if (rows.length === 0) return [];
	const counted = await db()
		.select({ classId: enrollments.classId, n: count() })
		.from(enrollments)
		.where(
			inArray(
				enrollments.classId,
				rows.map((row) => row.id)
			)
		)
		.groupBy(enrollments.classId);
	const counts = new Map(counted.map((row) => [row.classId, Number(row.n)]));
	return rows.map((row) => ({ ...row, studentCount: counts.get(row.id) ?? 0 }));
}

export async function listTaught(teacher: PublicUser): Promise<ClassSummary[]> {
	const rows = await db()
		.select(summaryColumns())
		.from(classes)
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(eq(classes.teacherId, teacher.id))
		.orderBy(asc(classes.name));
	return withCounts(rows);
}

/** A student's classes; archived ones drop off their home. */
export async function listJoined(student: PublicUser): Promise<ClassSummary[]> {
	const rows = await db()
		.select(summaryColumns())
		.from(enrollments)
		.innerJoin(classes, eq(classes.id, enrollments.classId))
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(and(eq(enrollments.userId, student.id), isNull(classes.archivedAt)))
		.orderBy(asc(classes.name));
	return withCounts(rows);
}

export type JoinResult =
	| { ok: true; class: Class; alreadyMember: boolean }
	| { ok: false; reason: 'unknown-code' | 'archived' | 'not-a-student' };

export async function join(student: PublicUser, code: string): Promise<JoinResult> {
	if (student.role !== 'student') return { ok: false, reason: 'not-a-student' };
	return transaction(async (tx) => {
		const [found] = await tx.select().from(classes).where(eq(classes.joinCode, code));
		if (!found) return { ok: false, reason: 'unknown-code' };
		if (found.archivedAt !== null) return { ok: false, reason: 'archived' };
		const inserted = await tx
			.insert(enrollments)
			.values({ classId: found.id, userId: student.id, joinedAt: Date.now() })
			.onConflictDoNothing()
			.returning({ userId: enrollments.userId });
		return { ok: true, class: found, alreadyMember: inserted.length === 0 };
	});
}

export async function roster(teacher: PublicUser, classId: number): Promise<RosterEntry[]> {
	await requireTaught(teacher, classId);
	return db()
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			joinedAt: enrollments.joinedAt
		})
		.from(enrollments)
		.innerJoin(users, eq(users.id, enrollments.userId))
		.where(eq(enrollments.classId, classId))
		.orderBy(asc(users.displayName));
}

/** True when `studentId` is enrolled in a class `teacher` teaches. */
export async function teachesStudent(
	teacher: PublicUser,
	classId: number,
	studentId: number
): Promise<boolean> {
	await requireTaught(teacher, classId);
	const [row] = await db()
		.select({ userId: enrollments.userId })
		.from(enrollments)
		.where(and(eq(enrollments.classId, classId), eq(enrollments.userId, studentId)));
	return row !== undefined;
}

export function removeStudent(
	teacher: PublicUser,
	classId: number,
	studentId: number
): Promise<boolean> {
	return transaction(async (tx) => {
		await requireTaught(teacher, classId);
		const removed = await tx
			.delete(enrollments)
			.where(and(eq(enrollments.classId, classId), eq(enrollments.userId, studentId)))
			.returning({ userId: enrollments.userId });
		return removed.length > 0;
	});
}

export async function enrol(classId: number, studentId: number): Promise<void> {
	await transaction(async (tx) => {
		await tx
			.insert(enrollments)
			.values({ classId, userId: studentId, joinedAt: Date.now() })
			.onConflictDoNothing();
	});
}
