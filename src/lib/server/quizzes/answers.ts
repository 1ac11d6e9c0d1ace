import { gradeResponse, parseResponse } from '../../grading';
import { studentView, toGradable } from '../../quizzes/convert';
import type { StudentQuestion } from '../../quizzes/types';
import { answerStatements as prepared, type SavedQuestion } from './answer-statements';
import { closeIfExpired, DEADLINE_GRACE_MS } from './attempts';
import { statement } from '../db';
import type { Attempt } from '../db/schema';
import type { PublicUser } from '../auth/public-user';

/**
 * Saving one answer: the hot path of a quiz (every change autosaves). No transaction: one read
 * finds the attempt, its owner's enrolment and the question; after grading, one guarded upsert
 * writes the answer only if the attempt is still open as the write finds it (answer-statements.ts
 * says how a submit and a save order). On PostgreSQL a question saved before is graded from
 * memory and written in one statement that checks all of it: 1 round trip, else 2.
 */

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

interface SaveTarget {
	student: PublicUser;
	attemptId: number;
	questionId: number;
	assignmentId?: number;
	typedAt: number | null;
}

/** An answer graded, in the parameters both upserts take. */
function graded(target: SaveTarget, question: SavedQuestion, answer: unknown, now: number) {
	const grade = gradeResponse(toGradable(question.id, question.points, question.content), answer);
	return {
		attemptId: target.attemptId,
		questionId: target.questionId,
		...prepared().toDriver(grade.correct, answer),
		points: grade.points,
		savedAt: now,
		typedAt: target.typedAt
	};
}

/**
 * The one-statement save (PostgreSQL, a question read before): true when written. False sends
 * the save down the reading path, which finds why (closed, gone, changed, typed later) or
 * writes it there; an answer that is empty or unreadable for the remembered shape goes that way
 * too, so its refusal comes after the ownership checks as it always did.
 */
async function saveKnown(
	target: SaveTarget,
	answerOf: (question: StudentQuestion) => unknown,
	now: number
): Promise<boolean> {
	const s = prepared();
	const question = s.questions?.get(target.questionId);
	if (!s.upsertKnown || !question) return false;
	const value = answerOf(studentView(question, null));
	const answer = value === undefined ? null : parseResponse(question.content.kind, value);
	if (answer === null) return false;
	const params = {
		...graded(target, question, answer, now),
		userId: target.student.id,
		assignmentId: target.assignmentId ?? null,
		content: JSON.stringify(question.content),
		questionPoints: question.points
	};
	const written = await statement(() => s.upsertKnown!.execute(params));
	return written.length > 0;
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
	const target = { student, attemptId, questionId, assignmentId, typedAt };
	if (await saveKnown(target, answerOf, now)) return { ok: true };
	const [row] = await prepared().read.execute({ attemptId, userId: student.id, questionId });
	if (!row || (assignmentId !== undefined && row.attempt.assignmentId !== assignmentId)) {
		return { ok: false, reason: 'not-found' };
	}
	const closed = await closedReason(row.attempt, now);
	if (closed) return closed;
	const question = row.question;
	if (!question) return { ok: false, reason: 'not-found' };
	prepared().questions?.remember(question);
	const value = answerOf(studentView(question, null));
	if (value === undefined) return { ok: true };
	const answer = parseResponse(question.content.kind, value);
	if (answer === null) return { ok: false, reason: 'invalid' };
	const written = await statement(() =>
		prepared().upsert.execute(graded(target, question, answer, now))
	);
	if (written.length > 0) return { ok: true };
	// Nothing written: the attempt closed since the read, or a save typed later is already in.
	const [again] = await prepared().read.execute({ attemptId, userId: student.id, questionId });
	return (again && (await closedReason(again.attempt, now))) ?? { ok: true };
}
