import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import {
	classMastery,
	skillResults,
	type ClassMastery,
	type SkillAnswer,
	type SkillResult
} from '../../reports/mastery';
import { feedbackOpen } from '../../quizzes/feedback';
import * as classes from '../classes/classes';
import { db } from '../db';
import { assignments, attempts, enrollments, questions, responses, users } from '../db/tables';
import type { PublicUser } from '../auth/public-user';

/**
 * Mastery by reading skill over every quiz of a class: the scored answers of submitted
 * attempts, on questions that name a skill and were not retired. Teachers see the class;
 * a student sees their own, and only answers whose feedback the assignment already shows.
 */

function answerRows(classId: number, studentId?: number) {
	return db()
		.select({
			studentId: attempts.userId,
			assignmentId: attempts.assignmentId,
			skill: questions.skill,
			points: responses.points,
			maxPoints: questions.points,
			submittedAt: attempts.submittedAt
		})
		.from(responses)
		.innerJoin(attempts, eq(attempts.id, responses.attemptId))
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.innerJoin(questions, eq(questions.id, responses.questionId))
		.innerJoin(
			enrollments,
			and(eq(enrollments.classId, assignments.classId), eq(enrollments.userId, attempts.userId))
		)
		.where(
			and(
				eq(assignments.classId, classId),
				isNotNull(attempts.submittedAt),
				isNotNull(questions.skill),
				isNull(questions.retiredAt),
				studentId === undefined ? undefined : eq(attempts.userId, studentId)
			)
		);
}

type AnswerRow = Awaited<ReturnType<typeof answerRows>>[number];

function toAnswer(row: AnswerRow): SkillAnswer {
	return {
		studentId: row.studentId,
		assignmentId: row.assignmentId,
		skill: row.skill!,
		points: row.points ?? 0,
		maxPoints: row.maxPoints,
		submittedAt: row.submittedAt!
	};
}

/** The class's mastery by skill, per student, and suggested groups; null unless its teacher. */
export async function forClass(teacher: PublicUser, classId: number): Promise<ClassMastery | null> {
	if (!(await classes.getTaught(teacher, classId))) return null;
	const students = await db()
		.select({ id: users.id, displayName: users.displayName, username: users.username })
		.from(enrollments)
		.innerJoin(users, eq(users.id, enrollments.userId))
		.where(eq(enrollments.classId, classId))
		.orderBy(asc(users.displayName), asc(users.id));
	return classMastery(students, (await answerRows(classId)).map(toAnswer));
}

/** A student's own skills in one class, from answers whose feedback is already shown. */
export async function forStudent(
	student: PublicUser,
	classId: number,
	now = Date.now()
): Promise<SkillResult[] | null> {
	if (student.role !== 'student' || !(await classes.getVisible(student, classId))) return null;
	// Few assignments per class: their policies are read once, not joined into every answer.
	const policies = await db()
		.select({ id: assignments.id, settings: assignments.settings, dueAt: assignments.dueAt })
		.from(assignments)
		.where(eq(assignments.classId, classId));
	const open = new Set(
		policies.filter((a) => feedbackOpen(a.settings.feedback, a.dueAt, now)).map((a) => a.id)
	);
	const answers = await answerRows(classId, student.id);
	const shown = answers.filter((row) => open.has(row.assignmentId));
	return skillResults(shown.map(toAnswer));
}
