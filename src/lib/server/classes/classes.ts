import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { uniqueJoinCode } from '../../classes/join-code';
import { db } from '../db';
import { classes, enrollments, users, type Class } from '../db/schema';
import type { ClassSummary, PublicUser, RosterEntry } from '../../types';
import { NotFoundError } from '../http/not-found';

export type { ClassSummary, RosterEntry };

/** Thrown when a user reaches for a class that is not theirs; routes answer 404, not 403. */
export class ClassNotFoundError extends NotFoundError {
	constructor() {
		super('Class not found');
	}
}

function isCodeTaken(code: string): boolean {
	return (
		db().select({ id: classes.id }).from(classes).where(eq(classes.joinCode, code)).get() !==
		undefined
	);
}

export function create(teacher: PublicUser, name: string): Class {
	if (teacher.role !== 'teacher') throw new ClassNotFoundError();
	const joinCode = uniqueJoinCode(isCodeTaken);
	return db().insert(classes).values({ name, teacherId: teacher.id, joinCode }).returning().get();
}

/** The class, when `teacher` teaches it; otherwise null, whether it exists or not. */
export function getTaught(teacher: PublicUser, classId: number): Class | null {
	if (teacher.role !== 'teacher') return null;
	const found = db()
		.select()
		.from(classes)
		.where(and(eq(classes.id, classId), eq(classes.teacherId, teacher.id)))
		.get();
	return found ?? null;
}

/** Whether every id is a class the teacher teaches, in one query (the list is capped by the form). */
export function teachesAll(teacher: PublicUser, classIds: number[]): boolean {
	if (classIds.length === 0) return true;
	if (teacher.role !== 'teacher') return false;
	const found = db()
		.select({ id: classes.id })
		.from(classes)
		.where(and(eq(classes.teacherId, teacher.id), inArray(classes.id, classIds)))
		.all();
	return found.length === new Set(classIds).size;
}

/** The class, when `user` teaches it or is enrolled in it. */
export function getVisible(user: PublicUser, classId: number): Class | null {
	if (user.role === 'teacher') return getTaught(user, classId);
	const row = db()
		.select({ class: classes })
		.from(classes)
		.innerJoin(enrollments, eq(enrollments.classId, classes.id))
		.where(and(eq(classes.id, classId), eq(enrollments.userId, user.id)))
		.get();
	return row?.class ?? null;
}

function requireTaught(teacher: PublicUser, classId: number): Class {
	const found = getTaught(teacher, classId);
	if (!found) throw new ClassNotFoundError();
	return found;
}

export function rename(teacher: PublicUser, classId: number, name: string): void {
	requireTaught(teacher, classId);
	db().update(classes).set({ name }).where(eq(classes.id, classId)).run();
}

export function setArchived(teacher: PublicUser, classId: number, archived: boolean): void {
	requireTaught(teacher, classId);
	const archivedAt = archived ? Date.now() : null;
	db().update(classes).set({ archivedAt }).where(eq(classes.id, classId)).run();
}

export function regenerateJoinCode(teacher: PublicUser, classId: number): string {
	requireTaught(teacher, classId);
	const joinCode = uniqueJoinCode(isCodeTaken);
	db().update(classes).set({ joinCode }).where(eq(classes.id, classId)).run();
	return joinCode;
}

const summaryColumns = {
	id: classes.id,
	name: classes.name,
	joinCode: classes.joinCode,
	archivedAt: classes.archivedAt,
	teacherName: users.displayName
};

function withCounts(rows: Omit<ClassSummary, 'studentCount'>[]): ClassSummary[] {
	const counts = new Map(
		db()
			.select({ classId: enrollments.classId, n: count() })
			.from(enrollments)
			.groupBy(enrollments.classId)
			.all()
			.map((row) => [row.classId, row.n])
	);
	return rows.map((row) => ({ ...row, studentCount: counts.get(row.id) ?? 0 }));
}

export function listTaught(teacher: PublicUser): ClassSummary[] {
	const rows = db()
		.select(summaryColumns)
		.from(classes)
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(eq(classes.teacherId, teacher.id))
		.orderBy(asc(classes.name))
		.all();
	return withCounts(rows);
}

/** A student's classes; archived ones drop off their home. */
export function listJoined(student: PublicUser): ClassSummary[] {
	const rows = db()
		.select(summaryColumns)
		.from(enrollments)
		.innerJoin(classes, eq(classes.id, enrollments.classId))
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(and(eq(enrollments.userId, student.id), isNull(classes.archivedAt)))
		.orderBy(asc(classes.name))
		.all();
	return withCounts(rows);
}

export type JoinResult =
	| { ok: true; class: Class; alreadyMember: boolean }
	| { ok: false; reason: 'unknown-code' | 'archived' | 'not-a-student' };

export function join(student: PublicUser, code: string): JoinResult {
	if (student.role !== 'student') return { ok: false, reason: 'not-a-student' };
	const found = db().select().from(classes).where(eq(classes.joinCode, code)).get();
	if (!found) return { ok: false, reason: 'unknown-code' };
	if (found.archivedAt !== null) return { ok: false, reason: 'archived' };
	const inserted = db()
		.insert(enrollments)
		.values({ classId: found.id, userId: student.id, joinedAt: Date.now() })
		.onConflictDoNothing()
		.run();
	return { ok: true, class: found, alreadyMember: inserted.changes === 0 };
}

export function roster(teacher: PublicUser, classId: number): RosterEntry[] {
	requireTaught(teacher, classId);
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
		.orderBy(asc(users.displayName))
		.all();
}

/** True when `studentId` is enrolled in a class `teacher` teaches. */
export function teachesStudent(teacher: PublicUser, classId: number, studentId: number): boolean {
	requireTaught(teacher, classId);
	const row = db()
		.select({ userId: enrollments.userId })
		.from(enrollments)
		.where(and(eq(enrollments.classId, classId), eq(enrollments.userId, studentId)))
		.get();
	return row !== undefined;
}

export function removeStudent(teacher: PublicUser, classId: number, studentId: number): boolean {
	requireTaught(teacher, classId);
	const result = db()
		.delete(enrollments)
		.where(and(eq(enrollments.classId, classId), eq(enrollments.userId, studentId)))
		.run();
	return result.changes > 0;
}

export function enrol(classId: number, studentId: number): void {
	db()
		.insert(enrollments)
		.values({ classId, userId: studentId, joinedAt: Date.now() })
		.onConflictDoNothing()
		.run();
}
