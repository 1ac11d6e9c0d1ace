import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AssignmentSettings } from '../../quizzes/types';
import * as classes from '../classes/classes-sync';
import { db } from '../db';
import {
	accommodations,
	articleClasses,
	assignments,
	attempts,
	classes as classesTable,
	enrollments,
	excusals,
	quizzes,
	type Assignment,
	type Attempt
} from '../db/schema';
import type { PublicUser } from '../auth/public-user';
import * as quizzesDomain from './quizzes';
import { NotFoundError } from '../http/not-found';

export class AssignmentNotFoundError extends NotFoundError {
	constructor() {
		super('Assignment not found');
	}
}

export interface NewAssignment {
	classId: number;
	quizId: number;
	opensAt: number;
	dueAt: number | null;
	settings: AssignmentSettings;
}

/** Assigns a published quiz to a class, and lets the class read the quiz's article. */
export function create(teacher: PublicUser, input: NewAssignment): Assignment {
	if (!classes.getTaught(teacher, input.classId)) throw new classes.ClassNotFoundError();
	const quiz = quizzesDomain.getOwned(teacher, input.quizId);
	if (!quiz || quiz.status !== 'published') throw new quizzesDomain.QuizNotFoundError();
	return db().transaction((tx) => {
		tx.insert(articleClasses)
			.values({ articleId: quiz.articleId, classId: input.classId, sharedAt: Date.now() })
			.onConflictDoNothing()
			.run();
		return tx.insert(assignments).values(input).returning().get();
	});
}

export function getForTeacher(teacher: PublicUser, assignmentId: number): Assignment | null {
	const row = db()
		.select({ assignment: assignments })
		.from(assignments)
		.innerJoin(classesTable, eq(classesTable.id, assignments.classId))
		.where(and(eq(assignments.id, assignmentId), eq(classesTable.teacherId, teacher.id)))
		.get();
	return row?.assignment ?? null;
}

/** The assignment, when the student is in its class and it has opened. */
export function getForStudent(student: PublicUser, assignmentId: number, now = Date.now()) {
	const row = db()
		.select({ assignment: assignments, quizTitle: quizzes.title, articleId: quizzes.articleId })
		.from(assignments)
		.innerJoin(enrollments, eq(enrollments.classId, assignments.classId))
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(and(eq(assignments.id, assignmentId), eq(enrollments.userId, student.id)))
		.get();
	if (!row || row.assignment.opensAt > now) return null;
	return row;
}

export function setExtraTime(
	teacher: PublicUser,
	assignmentId: number,
	studentId: number,
	multiplier: number
) {
	const assignment = getForTeacher(teacher, assignmentId);
	if (!assignment || !classes.teachesStudent(teacher, assignment.classId, studentId)) {
		throw new AssignmentNotFoundError();
	}
	db()
		.insert(accommodations)
		.values({ assignmentId, userId: studentId, timeMultiplier: multiplier })
		.onConflictDoUpdate({
			target: [accommodations.assignmentId, accommodations.userId],
			set: { timeMultiplier: multiplier }
		})
		.run();
}

export function timeMultiplier(assignmentId: number, studentId: number): number {
	const row = db()
		.select({ m: accommodations.timeMultiplier })
		.from(accommodations)
		.where(and(eq(accommodations.assignmentId, assignmentId), eq(accommodations.userId, studentId)))
		.get();
	return row?.m ?? 1;
}

export interface ClassAssignment {
	id: number;
	quizTitle: string;
	opensAt: number;
	dueAt: number | null;
	settings: AssignmentSettings;
}

export function listForClass(user: PublicUser, classId: number): ClassAssignment[] {
	if (!classes.getVisible(user, classId)) throw new classes.ClassNotFoundError();
	const now = Date.now();
	return db()
		.select({
			id: assignments.id,
			quizTitle: quizzes.title,
			opensAt: assignments.opensAt,
			dueAt: assignments.dueAt,
			settings: assignments.settings
		})
		.from(assignments)
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(eq(assignments.classId, classId))
		.orderBy(desc(assignments.opensAt))
		.all()
		.filter((a) => user.role === 'teacher' || a.opensAt <= now);
}

export type AssignmentState =
	'not-started' | 'in-progress' | 'submitted' | 'late' | 'missing' | 'excused';

export interface StudentAssignment extends ClassAssignment {
	classId: number;
	className: string;
	state: AssignmentState;
	/** Milliseconds left on a timed attempt in progress. */
	timeLeftMs: number | null;
	attemptsUsed: number;
}

/** The state a student sees on their home, from their attempts and the due date. */
export function stateOf(
	assignment: Pick<Assignment, 'dueAt'>,
	own: Attempt[],
	now: number
): AssignmentState {
	const submitted = own.filter((a) => a.submittedAt !== null);
	if (own.some((a) => a.submittedAt === null && (a.deadlineAt === null || a.deadlineAt > now))) {
		return 'in-progress';
	}
	if (submitted.length > 0) return submitted.every((a) => a.late) ? 'late' : 'submitted';
	if (assignment.dueAt !== null && assignment.dueAt < now) return 'missing';
	return 'not-started';
}

export function listForStudent(student: PublicUser, now = Date.now()): StudentAssignment[] {
	const rows = db()
		.select({ assignment: assignments, quizTitle: quizzes.title, className: classesTable.name })
		.from(assignments)
		.innerJoin(enrollments, eq(enrollments.classId, assignments.classId))
		.innerJoin(classesTable, eq(classesTable.id, assignments.classId))
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(and(eq(enrollments.userId, student.id), isNull(classesTable.archivedAt)))
		.orderBy(asc(assignments.dueAt), asc(assignments.id))
		.all()
		.filter((row) => row.assignment.opensAt <= now);
	const ids = rows.map((r) => r.assignment.id);
	const own = ids.length
		? db()
				.select()
				.from(attempts)
				.where(and(eq(attempts.userId, student.id), inArray(attempts.assignmentId, ids)))
				.all()
		: [];
	const excused = new Set(
		listExcusals(ids)
			.filter((e) => e.userId === student.id)
			.map((e) => e.assignmentId)
	);
	return rows.map(({ assignment, quizTitle, className }) => {
		const mine = own.filter((a) => a.assignmentId === assignment.id);
		const open = mine.find(
			(a) => a.submittedAt === null && a.deadlineAt !== null && a.deadlineAt > now
		);
		return {
			id: assignment.id,
			quizTitle,
			classId: assignment.classId,
			className,
			opensAt: assignment.opensAt,
			dueAt: assignment.dueAt,
			settings: assignment.settings,
			state: excused.has(assignment.id) ? 'excused' : stateOf(assignment, mine, now),
			timeLeftMs: open?.deadlineAt ? open.deadlineAt - now : null,
			attemptsUsed: mine.length
		};
	});
}

/** Excuses a student of the teacher's class from an assignment, or takes the excuse back. */
export function setExcused(
	teacher: PublicUser,
	assignmentId: number,
	studentId: number,
	excused: boolean
): void {
	const assignment = getForTeacher(teacher, assignmentId);
	if (!assignment || !classes.teachesStudent(teacher, assignment.classId, studentId)) {
		throw new AssignmentNotFoundError();
	}
	const where = and(eq(excusals.assignmentId, assignmentId), eq(excusals.userId, studentId));
	if (excused)
		db().insert(excusals).values({ assignmentId, userId: studentId }).onConflictDoNothing().run();
	else db().delete(excusals).where(where).run();
}

export function listExcusals(assignmentIds: number[]): { assignmentId: number; userId: number }[] {
	if (assignmentIds.length === 0) return [];
	return db()
		.select({ assignmentId: excusals.assignmentId, userId: excusals.userId })
		.from(excusals)
		.where(inArray(excusals.assignmentId, assignmentIds))
		.all();
}
