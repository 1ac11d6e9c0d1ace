import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReportReason } from '../../quizzes/question-reports';
import * as assignments from './assignments';
import * as attempts from './attempts';
import { db, transaction } from '../db';
import { attempts as attemptsTable, questionReports, users } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { liveQuestions } from './quizzes';
import type { QuestionReportView, ReportableQuestion } from '../../quizzes/views';

export type { QuestionReportView, ReportableQuestion } from '../../quizzes/views';

/**
 * Students report a problem with a question once they have submitted; the teacher reads the
 * reports beside the item statistics and retires or fixes the question from there.
 */

export type ReportRefusal = 'not-found' | 'not-submitted';

export interface ReportInput {
	questionId: number;
	reason: ReportReason;
	note: string;
}

/** Records (or replaces) the student's report on one question of their submitted attempt. */
export async function report(
	student: PublicUser,
	attemptId: number,
	input: ReportInput,
	now = Date.now()
): Promise<{ ok: true } | { ok: false; reason: ReportRefusal }> {
	const attempt = await attempts.getOwn(student, attemptId, now);
	// Still in the class, and the question is a live part of this attempt's quiz.
	const assignment = attempt
		? await assignments.getForStudent(student, attempt.assignmentId, now)
		: null;
	if (!attempt || !assignment) return { ok: false, reason: 'not-found' };
	if (attempt.submittedAt === null) return { ok: false, reason: 'not-submitted' };
	const inQuiz = (await liveQuestions(assignment.assignment.quizId)).some(
		(q) => q.id === input.questionId
	);
	if (!inQuiz) return { ok: false, reason: 'not-found' };
	const values = { reason: input.reason, note: input.note, attemptId, createdAt: now };
	await transaction((tx) =>
		tx
			.insert(questionReports)
			.values({ ...values, questionId: input.questionId, userId: student.id })
			.onConflictDoUpdate({
				target: [questionReports.questionId, questionReports.userId],
				set: values
			})
	);
	return { ok: true };
}

/** The question ids this student has reported, for "Reported" beside them. */
export async function reportedBy(student: PublicUser, questionIds: number[]): Promise<number[]> {
	if (questionIds.length === 0) return [];
	const rows = await db()
		.select({ questionId: questionReports.questionId })
		.from(questionReports)
		.where(
			and(eq(questionReports.userId, student.id), inArray(questionReports.questionId, questionIds))
		);
	return rows.map((r) => r.questionId);
}

/** Reports on the assignment's questions from its students' attempts, by question id. */
export async function forAssignment(
	teacher: PublicUser,
	assignmentId: number
): Promise<Map<number, QuestionReportView[]> | null> {
	const assignment = await assignments.getForTeacher(teacher, assignmentId);
	if (!assignment) return null;
	const rows = await db()
		.select({
			questionId: questionReports.questionId,
			reason: questionReports.reason,
			note: questionReports.note,
			student: users.displayName,
			createdAt: questionReports.createdAt
		})
		.from(questionReports)
		.innerJoin(attemptsTable, eq(attemptsTable.id, questionReports.attemptId))
		.innerJoin(users, eq(users.id, questionReports.userId))
		.where(eq(attemptsTable.assignmentId, assignmentId))
		.orderBy(asc(questionReports.createdAt), asc(questionReports.id));
	const byQuestion = new Map<number, QuestionReportView[]>();
	for (const { questionId, ...view } of rows) {
		const list = byQuestion.get(questionId);
		if (list) list.push(view);
		else byQuestion.set(questionId, [view]);
	}
	return byQuestion;
}

/** The questions of a submitted attempt's quiz a student may report (prompts only, no keys). */
export async function reportable(
	student: PublicUser,
	quizId: number
): Promise<ReportableQuestion[]> {
	const list = await liveQuestions(quizId);
	const reported = new Set(
		await reportedBy(
			student,
			list.map((q) => q.id)
		)
	);
	return list.map((q, i) => ({
		id: q.id,
		position: i + 1,
		prompt: q.prompt,
		reported: reported.has(q.id)
	}));
}
