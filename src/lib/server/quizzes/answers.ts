import { and, eq, isNull, sql } from 'drizzle-orm';
import { gradeResponse, parseResponse } from '../../grading';
import { studentView, toGradable } from '../../quizzes/convert';
import type { StudentQuestion } from '../../quizzes/types';
import { closeIfExpired, DEADLINE_GRACE_MS } from './attempts';
import { dialect, statement, type Db } from '../db';
import type { Attempt } from '../db/schema';
import { preparedAs, preparedFor, typedPlaceholder } from '../db/prepared';
import {
	assignments as assignmentsTable,
	attempts,
	enrollments,
	questions,
	responses
} from '../db/tables';
import type { PublicUser } from '../auth/public-user';

/**
 * Saving one answer: the hot path of a quiz (every change autosaves). Two statements, prepared
 * once per connection, and no transaction around them: one read finds the attempt, its owner's
 * enrolment and the question; after grading, one guarded upsert writes the answer only if the
 * attempt is still open as the write finds it (the attempt row locked FOR SHARE on PostgreSQL,
 * so a submit, which locks it FOR UPDATE first, totals either before or after this answer).
 * On PostgreSQL that is 2 round trips where BEGIN, three statements and COMMIT were 5.
 */

const p = (name: string) => sql.placeholder(name);

function prepare(database: Db) {
	const postgres = dialect() === 'postgres';
	const typed = typedPlaceholder;
	const openAttempt = sql`SELECT ${typed('attemptId', 'integer')}, ${typed('questionId', 'integer')},
		${typed('answer', 'jsonb')}, ${typed('isCorrect', 'boolean')}, ${typed('points', 'double precision')},
		${typed('savedAt', 'bigint')}, 1, ${typed('typedAt', 'bigint')}
		FROM ${attempts}
		WHERE ${attempts.id} = ${typed('attemptId', 'integer')} AND ${attempts.submittedAt} IS NULL
		AND (${attempts.deadlineAt} IS NULL OR ${typed('savedAt', 'bigint')} <= ${attempts.deadlineAt} + ${sql.raw(String(DEADLINE_GRACE_MS))})
		${postgres ? sql`FOR SHARE` : sql``}`;
	return {
		read: preparedAs(
			database
				.select({
					attempt: attempts,
					quizId: assignmentsTable.quizId,
					question: {
						id: questions.id,
						position: questions.position,
						prompt: questions.prompt,
						content: questions.content,
						points: questions.points
					}
				})
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
				.leftJoin(
					questions,
					and(
						eq(questions.id, p('questionId')),
						eq(questions.quizId, assignmentsTable.quizId),
						isNull(questions.retiredAt)
					)
				)
				.where(and(eq(attempts.id, p('attemptId')), eq(attempts.userId, p('userId')))),
			'answer_save_read'
		),
		upsert: preparedAs(
			database
				.insert(responses)
				.select(openAttempt)
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
				.returning({ attemptId: responses.attemptId }),
			'answer_save_upsert'
		),
		/** The parameters as each driver takes them (the raw SELECT skips drizzle's mapping). */
		toDriver: (isCorrect: boolean, answer: unknown) => ({
			answer: JSON.stringify(answer),
			isCorrect: postgres ? isCorrect : Number(isCorrect)
		})
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

/** Why a save found its attempt closed: submitted, or past the deadline (closed here). */
async function closedReason(
	attempt: Attempt,
	now: number
): Promise<{ ok: false; reason: 'submitted' | 'deadline' } | null> {
	if (attempt.submittedAt !== null) return { ok: false, reason: 'submitted' };
	if (attempt.deadlineAt !== null && now > attempt.deadlineAt + DEADLINE_GRACE_MS) {
		await closeIfExpired(attempt, now);
		return { ok: false, reason: 'deadline' };
	}
	return null;
}

async function save(
	student: PublicUser,
	attemptId: number,
	questionId: number,
	answerOf: (question: StudentQuestion) => unknown,
	now: number,
	assignmentId?: number,
	typedAt: number | null = null
): Promise<SaveResult> {
	const [row] = await prepared().read.execute({ attemptId, userId: student.id, questionId });
	if (!row || (assignmentId !== undefined && row.attempt.assignmentId !== assignmentId)) {
		return { ok: false, reason: 'not-found' };
	}
	const closed = await closedReason(row.attempt, now);
	if (closed) return closed;
	const question = row.question;
	if (!question) return { ok: false, reason: 'not-found' };
	const value = answerOf(studentView(question, null));
	if (value === undefined) return { ok: true };
	const answer = parseResponse(question.content.kind, value);
	if (answer === null) return { ok: false, reason: 'invalid' };
	const grade = gradeResponse(toGradable(question.id, question.points, question.content), answer);
	const written = await statement(() => {
		const s = prepared();
		const params = s.toDriver(grade.correct, answer);
		return s.upsert.execute({
			attemptId,
			questionId,
			...params,
			points: grade.points,
			savedAt: now,
			typedAt
		});
	});
	if (written.length > 0) return { ok: true };
	// Nothing written: the attempt closed since the read, or a save typed later is already in.
	const [again] = await prepared().read.execute({ attemptId, userId: student.id, questionId });
	return (again && (await closedReason(again.attempt, now))) ?? { ok: true };
}
