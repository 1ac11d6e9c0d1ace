import { asc, eq, sql } from 'drizzle-orm';
import {
	buildGradebook,
	debateCell,
	quizCell,
	type Gradebook,
	type GradebookColumn,
	type GradebookStudent
} from '../../reports/gradebook';
import type { AssignmentSettings } from '../../quizzes/types';
import { closeIfExpired } from '../quizzes/attempts';
import * as classes from '../classes/classes';
import { debateGrades } from '../debates/grades';
import type { Db } from '../db';
import { preparedFor } from '../db/prepared';
import type { Attempt } from '../db/schema';
import { assignments, attempts, enrollments, excusals, quizzes, users } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { selectAttemptsWithAssignment } from '../quizzes/attempt-joins';

/**
 * Teacher reports over a class: the gradebook (students × assignments). Each function checks
 * that the teacher teaches the class and answers null otherwise, which routes turn into 404.
 */

// The gradebook is read often and over whole classes: statements prepared once per connection.

function prepare(database: Db) {
	const classId = sql.placeholder('classId');
	return {
		students: database
			.select({ id: users.id, displayName: users.displayName, username: users.username })
			.from(enrollments)
			.innerJoin(users, eq(users.id, enrollments.userId))
			.where(eq(enrollments.classId, classId))
			.orderBy(asc(users.displayName), asc(users.id))
			.prepare(),
		quizColumns: database
			.select({
				id: assignments.id,
				title: quizzes.title,
				dueAt: assignments.dueAt,
				settings: assignments.settings,
				quizId: assignments.quizId
			})
			.from(assignments)
			.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
			.where(eq(assignments.classId, classId))
			.orderBy(asc(assignments.opensAt), asc(assignments.id))
			.prepare(),
		attempts: selectAttemptsWithAssignment(database, { attempt: attempts })
			.where(eq(assignments.classId, classId))
			.orderBy(asc(attempts.id))
			.prepare(),
		excusals: database
			.select({ assignmentId: excusals.assignmentId, userId: excusals.userId })
			.from(excusals)
			.innerJoin(assignments, eq(assignments.id, excusals.assignmentId))
			.where(eq(assignments.classId, classId))
			.prepare()
	};
}

export const prepared = preparedFor(prepare);

export interface QuizAssignmentColumn {
	id: number;
	title: string;
	dueAt: number | null;
	settings: AssignmentSettings;
	quizId: number;
}

/** The class's students, its quiz assignments and every attempt, keyed "assignment:student". */
export async function classData(classId: number, now: number) {
	const s = prepared();
	const [students, quizColumns, stored, excusalRows]: [
		GradebookStudent[],
		QuizAssignmentColumn[],
		{ attempt: Attempt }[],
		{ assignmentId: number; userId: number }[]
	] = await Promise.all([
		s.students.execute({ classId }),
		s.quizColumns.execute({ classId }),
		s.attempts.execute({ classId }),
		s.excusals.execute({ classId })
	]);
	const byCell = new Map<string, Attempt[]>();
	for (const { attempt: row } of stored) {
		// A timed attempt left open past its deadline is closed here as it would be on the
		// student's next visit, so the gradebook shows its score rather than nothing.
		const attempt =
			row.submittedAt === null && row.deadlineAt !== null && row.deadlineAt < now
				? await closeIfExpired(row, now)
				: row;
		const key = `${attempt.assignmentId}:${attempt.userId}`;
		const list = byCell.get(key);
		if (list) list.push(attempt);
		else byCell.set(key, [attempt]);
	}
	const excused = new Set(excusalRows.map((e) => `${e.assignmentId}:${e.userId}`));
	return { students, quizColumns, byCell, excused };
}

/** Students × assignments with the counted score and state of each cell. */
export async function gradebook(
	teacher: PublicUser,
	classId: number,
	now = Date.now()
): Promise<Gradebook | null> {
	if (!(await classes.getTaught(teacher, classId))) return null;
	const [{ students, quizColumns, byCell, excused }, debatesOfClass] = await Promise.all([
		classData(classId, now),
		debateGrades(classId)
	]);
	const columns: GradebookColumn[] = [
		...quizColumns.map((a): GradebookColumn => ({
			kind: 'quiz',
			id: a.id,
			title: a.title,
			dueAt: a.dueAt,
			counts: a.settings.counts
		})),
		...debatesOfClass.columns.map((d): GradebookColumn => ({
			kind: 'debate',
			id: d.id,
			title: `Debate: ${d.motion}`
		}))
	];
	return buildGradebook(columns, students, (student, column) => {
		const key = `${column.id}:${student.id}`;
		if (column.kind === 'debate') {
			const counts = debatesOfClass.posts.get(key) ?? { posts: 0, rebuttals: 0 };
			return debateCell(counts.posts, counts.rebuttals, debatesOfClass.rubric.get(key) ?? null);
		}
		return quizCell(column, byCell.get(key) ?? [], now, excused.has(key));
	});
}
