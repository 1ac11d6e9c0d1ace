import { and, eq, isNull, sql } from 'drizzle-orm';
import { gradeResponse, parseResponse } from '../../grading';
import { studentView, toGradable } from '../../quizzes/convert';
import type { StudentQuestion } from '../../quizzes/types';
import { closeIfExpired, DEADLINE_GRACE_MS } from './attempts';
import { transaction, type Db } from '../db';
import { preparedFor } from '../db/prepared';
import {
	assignments as assignmentsTable,
	attempts,
	enrollments,
	questions,
	responses
} from '../db/tables';
import type { PublicUser } from '../auth/public-user';

/**
 * Saving one answer: the hot path of a quiz (every change autosaves). Ownership, the deadline,
 * grading and the write go through statements prepared once per connection.
 */

// Saving an answer is the hottest write: statements prepared once per connection.

function prepare(database: Db) {
	return {
		attempt: database
			.select({ attempt: attempts, quizId: assignmentsTable.quizId })
			.from(attempts)
			.innerJoin(assignmentsTable, eq(assignmentsTable.id, attempts.assignmentId))
			// Still on the roster: a student removed from the class can no longer change answers.
			.innerJoin(
				enrollments,
				and(
					eq(enrollments.classId, assignmentsTable.classId),
					eq(enrollments.userId, attempts.userId)
				)
			)
			.where(
				and(
					eq(attempts.id, sql.placeholder('attemptId')),
					eq(attempts.userId, sql.placeholder('userId'))
				)
			)
			.prepare(),
		question: database
			.select({
				id: questions.id,
				position: questions.position,
				prompt: questions.prompt,
				content: questions.content,
				points: questions.points
			})
			.from(questions)
			.where(
				and(
					eq(questions.id, sql.placeholder('questionId')),
					eq(questions.quizId, sql.placeholder('quizId')),
					isNull(questions.retiredAt)
				)
			)
			.prepare(),
		upsert: database
			.insert(responses)
			.values({
				attemptId: sql.placeholder('attemptId'),
				questionId: sql.placeholder('questionId'),
				answer: sql.placeholder('answer'),
				isCorrect: sql.placeholder('isCorrect'),
				points: sql.placeholder('points'),
				savedAt: sql.placeholder('savedAt'),
				typedAt: sql.placeholder('typedAt')
			})
			.onConflictDoUpdate({
				target: [responses.attemptId, responses.questionId],
				set: {
					answer: sql`excluded.answer`,
					isCorrect: sql`excluded.is_correct`,
					points: sql`excluded.points`,
					savedAt: sql`excluded.saved_at`,
					typedAt: sql`excluded.typed_at`,
					// A try is a different answer saved: guided reading shows teachers how many.
					// CAST: SQLite adds a comparison as 0/1, PostgreSQL needs the boolean made an integer.
					tries: sql`${responses.tries} + CAST((excluded.answer IS DISTINCT FROM ${responses.answer}) AS INTEGER)`
				},
				// Two tabs, a slow network: a save typed earlier never overwrites one typed later.
				// A save without a time (the no-script form) is the person's latest word.
				setWhere: sql`excluded.typed_at IS NULL OR ${responses.typedAt} IS NULL OR excluded.typed_at >= ${responses.typedAt}`
			})
			.prepare()
	};
}

const prepared = preparedFor(prepare);

export type SaveResult =
	{ ok: true } | { ok: false; reason: 'not-found' | 'submitted' | 'deadline' | 'invalid' };

/** Checks ownership and the deadline, grades, and stores one answer (saving again overwrites). */
export function saveResponse(
	student: PublicUser,
	attemptId: number,
	questionId: number,
	value: unknown,
	now = Date.now(),
	typedAt: number | null = null
): Promise<SaveResult> {
	return save(student, attemptId, questionId, () => value, now, undefined, typedAt);
}

/**
 * The autosave path: reads one question's answer from the submitted form, with the question's
 * shape (blanks, items) taken from the same lookup that checks it belongs to the attempt.
 */
export async function saveFromForm(
	student: PublicUser,
	target: { assignmentId: number; attemptId: number; questionId: number; typedAt: number | null },
	read: (question: StudentQuestion) => unknown,
	now = Date.now()
): Promise<SaveResult | { ok: false; reason: 'empty' }> {
	let empty = false;
	const result = await save(
		student,
		target.attemptId,
		target.questionId,
		(question) => {
			const value = read(question);
			empty = value === undefined;
			return value;
		},
		now,
		target.assignmentId,
		target.typedAt
	);
	return empty ? { ok: false, reason: 'empty' } : result;
}

/**
 * In one transaction: the checks read the attempt as the write will find it (a submit or a
 * deadline cannot land between them), and the close of an expired attempt commits with it.
 */
function save(...args: Parameters<typeof saveIn>): Promise<SaveResult> {
	return transaction(() => saveIn(...args));
}

async function saveIn(
	student: PublicUser,
	attemptId: number,
	questionId: number,
	answerOf: (question: StudentQuestion) => unknown,
	now: number,
	assignmentId?: number,
	typedAt: number | null = null
): Promise<SaveResult> {
	const s = prepared();
	const [row] = await s.attempt.execute({ attemptId, userId: student.id });
	if (!row || (assignmentId !== undefined && row.attempt.assignmentId !== assignmentId)) {
		return { ok: false, reason: 'not-found' };
	}
	if (row.attempt.submittedAt !== null) return { ok: false, reason: 'submitted' };
	if (row.attempt.deadlineAt !== null && now > row.attempt.deadlineAt + DEADLINE_GRACE_MS) {
		await closeIfExpired(row.attempt, now);
		return { ok: false, reason: 'deadline' };
	}
	const [question] = await s.question.execute({ questionId, quizId: row.quizId });
	if (!question) return { ok: false, reason: 'not-found' };
	const value = answerOf(studentView(question, null));
	if (value === undefined) return { ok: true };
	const answer = parseResponse(question.content.kind, value);
	if (answer === null) return { ok: false, reason: 'invalid' };
	const grade = gradeResponse(toGradable(question.id, question.points, question.content), answer);
	await s.upsert.execute({
		attemptId,
		questionId,
		answer,
		// The column encodes it: 0/1 in SQLite, a boolean in PostgreSQL.
		isCorrect: grade.correct,
		points: grade.points,
		savedAt: now,
		typedAt
	});
	return { ok: true };
}
