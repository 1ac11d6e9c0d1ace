/**
 * The checks of classes.ts as they were before issue 18 made them async, for the domains not yet
 * converted (debates, reports) whose synchronous functions call them. SQLite only: better-sqlite3
 * answers these reads at once, PostgreSQL cannot. Each caller moves to classes.ts as its domain
 * is converted; delete this file when none is left.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import type { Class } from '../db/schema';
import { classes, enrollments, users } from '../db/tables';
import type { PublicUser, RosterEntry } from '../../types';
import { ClassNotFoundError } from './classes';

export { ClassNotFoundError };

export function getTaught(teacher: PublicUser, classId: number): Class | null {
	if (teacher.role !== 'teacher') return null;
	const found = db()
		.select()
		.from(classes)
		.where(and(eq(classes.id, classId), eq(classes.teacherId, teacher.id)))
		.get();
	return found ?? null;
}

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

export function teachesStudent(teacher: PublicUser, classId: number, studentId: number): boolean {
	requireTaught(teacher, classId);
	const row = db()
		.select({ userId: enrollments.userId })
		.from(enrollments)
		.where(and(eq(enrollments.classId, classId), eq(enrollments.userId, studentId)))
		.get();
	return row !== undefined;
}
