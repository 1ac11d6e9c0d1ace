import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { AssignmentSettings } from '../../quizzes/types';
import * as classes from '../classes/classes';
import { db, transaction } from '../db';
import type { Assignment, Attempt } from '../db/schema';
import {
	accommodations,
	articleClasses,
	assignments,
	attempts,
	classes as classesTable,
	enrollments,
	excusals,
	quizzes
} from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import * as quizzesDomain from './quizzes';
import { NotFoundError } from '../http/not-found';
import type { AssignmentState, ClassAssignment, StudentAssignment } from '../../quizzes/views';

export type { AssignmentState, ClassAssignment, StudentAssignment } from '../../quizzes/views';

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
export async function create(teacher: PublicUser, input: NewAssignment): Promise<Assignment> {
	if (!(await classes.getTaught(teacher, input.classId))) throw new classes.ClassNotFoundError();
	const quiz = await quizzesDomain.getOwned(teacher, input.quizId);
	if (!quiz || quiz.status !== 'published') throw new quizzesDomain.QuizNotFoundError();
	return transaction(async (tx) => {
		await tx
			.insert(articleClasses)
			.values({ articleId: quiz.articleId, classId: input.classId, sharedAt: Date.now() })
			.onConflictDoNothing();
		const [created] = await tx.insert(assignments).values(input).returning();
		return created!;
	});
}

export async function getForTeacher(
	teacher: PublicUser,
	assignmentId: number
): Promise<Assignment | null> {
	const [row] = await db()
		.select({ assignment: assignments })
		.from(assignments)
		.innerJoin(classesTable, eq(classesTable.id, assignments.classId))
		.where(and(eq(assignments.id, assignmentId), eq(classesTable.teacherId, teacher.id)));
	return row?.assignment ?? null;
}

/** The assignment, when the student is in its class and it has opened. */
export async function getForStudent(student: PublicUser, assignmentId: number, now = Date.now()) {
	const [row] = await db()
		.select({ assignment: assignments, quizTitle: quizzes.title, articleId: quizzes.articleId })
		.from(assignments)
		.innerJoin(enrollments, eq(enrollments.classId, assignments.classId))
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(and(eq(assignments.id, assignmentId), eq(enrollments.userId, student.id)));
	if (!row || row.assignment.opensAt > now) return null;
	return row;
}

/** Whether the teacher has this assignment and the student is in its class. */
async function teachesOn(teacher: PublicUser, assignmentId: number, studentId: number) {
	const assignment = await getForTeacher(teacher, assignmentId);
	return (
		assignment !== null && (await classes.teachesStudent(teacher, assignment.classId, studentId))
	);
}

export async function setExtraTime(
	teacher: PublicUser,
	assignmentId: number,
	studentId: number,
	multiplier: number
): Promise<void> {
	if (!(await teachesOn(teacher, assignmentId, studentId))) throw new AssignmentNotFoundError();
	await transaction((tx) =>
		tx
			.insert(accommodations)
			.values({ assignmentId, userId: studentId, timeMultiplier: multiplier })
			.onConflictDoUpdate({
				target: [accommodations.assignmentId, accommodations.userId],
				set: { timeMultiplier: multiplier }
			})
	);
}

export async function timeMultiplier(assignmentId: number, studentId: number): Promise<number> {
	const [row] = await db()
		.select({ m: accommodations.timeMultiplier })
		.from(accommodations)
		.where(
			and(eq(accommodations.assignmentId, assignmentId), eq(accommodations.userId, studentId))
		);
	return row?.m ?? 1;
}

export async function listForClass(user: PublicUser, classId: number): Promise<ClassAssignment[]> {
	if (!(await classes.getVisible(user, classId))) throw new classes.ClassNotFoundError();
	const now = Date.now();
	const rows = await db()
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
		.orderBy(desc(assignments.opensAt));
	return rows.filter((a) => user.role === 'teacher' || a.opensAt <= now);
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

export async function listForStudent(
	student: PublicUser,
	now = Date.now()
): Promise<StudentAssignment[]> {
	const joined = await db()
		.select({ assignment: assignments, quizTitle: quizzes.title, className: classesTable.name })
		.from(assignments)
		.innerJoin(enrollments, eq(enrollments.classId, assignments.classId))
		.innerJoin(classesTable, eq(classesTable.id, assignments.classId))
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(and(eq(enrollments.userId, student.id), isNull(classesTable.archivedAt)))
		.orderBy(asc(assignments.dueAt), asc(assignments.id));
	const rows = joined.filter((row) => row.assignment.opensAt <= now);
	const ids = rows.map((r) => r.assignment.id);
	const own = ids.length
		? await db()
				.select()
				.from(attempts)
				.where(and(eq(attempts.userId, student.id), inArray(attempts.assignmentId, ids)))
		: [];
	const excused = new Set(
		(await listExcusals(ids)).filter((e) => e.userId === student.id).map((e) => e.assignmentId)
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
export async function setExcused(
	teacher: PublicUser,
	assignmentId: number,
	studentId: number,
	excused: boolean
): Promise<void> {
	if (!(await teachesOn(teacher, assignmentId, studentId))) throw new AssignmentNotFoundError();
	const where = and(eq(excusals.assignmentId, assignmentId), eq(excusals.userId, studentId));
	await transaction(async (tx) => {
		if (excused)
			await tx.insert(excusals).values({ assignmentId, userId: studentId }).onConflictDoNothing();
		else await tx.delete(excusals).where(where);
	});
}

export async function listExcusals(
	assignmentIds: number[]
): Promise<{ assignmentId: number; userId: number }[]> {
	if (assignmentIds.length === 0) return [];
	return db()
		.select({ assignmentId: excusals.assignmentId, userId: excusals.userId })
		.from(excusals)
		.where(inArray(excusals.assignmentId, assignmentIds));
}
