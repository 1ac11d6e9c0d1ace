import { and, asc, eq, isNull } from 'drizzle-orm';
import { gradeResponse } from '../../grading';
import { studentView, toGradable } from '../../quizzes/convert';
import type { StudentQuestion } from '../../quizzes/types';
import { MINUTE_MS } from '../../time';
import * as assignments from './assignments';
import { db } from '../db';
import {
	assignments as assignmentsTable,
	attempts,
	enrollments,
	responses,
	type Attempt
} from '../db/schema';
import type { PublicUser } from '../auth/public-user';
import { listQuestions } from './quizzes';

/** A save that arrives this long after the deadline is still taken: network latency, not cheating. */
export const DEADLINE_GRACE_MS = 2_000;
/**
 * One minute of a time limit. Fixed: no setting may shorten every limit in production; tests
 * pass `now` here, and the end-to-end test moves a stored deadline instead.
 */

export type StartResult =
	| { ok: true; attempt: Attempt }
	| { ok: false; reason: 'not-found' | 'no-attempts-left' | 'closed' };

export function start(student: PublicUser, assignmentId: number, now = Date.now()): StartResult {
	const found = assignments.getForStudent(student, assignmentId, now);
	if (!found) return { ok: false, reason: 'not-found' };
	const { assignment } = found;
	const mine = listOwn(student, assignmentId).map((a) => closeIfExpired(a, now));
	const open = mine.find((a) => a.submittedAt === null);
	if (open) return { ok: true, attempt: open };
	const { attemptsAllowed, timeLimitMinutes, acceptLate } = assignment.settings;
	if (attemptsAllowed !== null && mine.length >= attemptsAllowed)
		return { ok: false, reason: 'no-attempts-left' };
	const pastDue = assignment.dueAt !== null && now > assignment.dueAt;
	if (pastDue && !acceptLate) return { ok: false, reason: 'closed' };
	let deadlineAt: number | null = null;
	if (timeLimitMinutes !== null) {
		deadlineAt =
			now + timeLimitMinutes * MINUTE_MS * assignments.timeMultiplier(assignmentId, student.id);
	}
	// Without late work, the due date also ends an attempt begun just before it.
	if (!acceptLate && assignment.dueAt !== null)
		deadlineAt = Math.min(deadlineAt ?? assignment.dueAt, assignment.dueAt);
	const attempt = db()
		.insert(attempts)
		.values({ assignmentId, userId: student.id, startedAt: now, deadlineAt })
		.returning()
		.get();
	return { ok: true, attempt };
}

export function listOwn(student: PublicUser, assignmentId: number): Attempt[] {
	return db()
		.select()
		.from(attempts)
		.where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, student.id)))
		.orderBy(asc(attempts.id))
		.all();
}

/** The student's own attempt; another student's id is null (the route answers 404). */
export function getOwn(student: PublicUser, attemptId: number, now = Date.now()): Attempt | null {
	const found = db()
		.select()
		.from(attempts)
		.where(and(eq(attempts.id, attemptId), eq(attempts.userId, student.id)))
		.get();
	return found ? closeIfExpired(found, now) : null;
}

/** Whether the student is still enrolled in the class the attempt's assignment belongs to. */
function onRoster(student: PublicUser, attempt: Attempt): boolean {
	const row = db()
		.select({ userId: enrollments.userId })
		.from(assignmentsTable)
		.innerJoin(
			enrollments,
			and(eq(enrollments.classId, assignmentsTable.classId), eq(enrollments.userId, student.id))
		)
		.where(eq(assignmentsTable.id, attempt.assignmentId))
		.get();
	return row !== undefined;
}

/** The server, not the browser, ends a timed attempt: past its deadline it is submitted as saved. */
export function closeIfExpired(attempt: Attempt, now = Date.now()): Attempt {
	if (attempt.submittedAt !== null || attempt.deadlineAt === null) return attempt;
	if (now <= attempt.deadlineAt + DEADLINE_GRACE_MS) return attempt;
	return finish(attempt, attempt.deadlineAt);
}

function quizIdOf(attempt: Attempt): number {
	const row = db()
		.select({ quizId: assignmentsTable.quizId })
		.from(assignmentsTable)
		.where(eq(assignmentsTable.id, attempt.assignmentId))
		.get();
	return row!.quizId;
}

/** The questions as the student may see them during the attempt: no key, shuffled if set. */
export function questionsFor(attempt: Attempt): StudentQuestion[] {
	const assignment = db()
		.select()
		.from(assignmentsTable)
		.where(eq(assignmentsTable.id, attempt.assignmentId))
		.get()!;
	const { shuffleQuestions, shuffleOptions } = assignment.settings;
	const seed = shuffleOptions ? attempt.id * 7919 : null;
	const list = listQuestions(assignment.quizId).map((q) => studentView(q, seed));
	if (!shuffleQuestions) return list;
	return list
		.map((q, i) => ({ q, key: (q.id * 2654435761 + attempt.id * 40503) % 2 ** 32, i }))
		.sort((a, b) => a.key - b.key || a.i - b.i)
		.map(({ q }) => q);
}

export function savedAnswers(attemptId: number): Map<number, unknown> {
	const rows = db()
		.select({ questionId: responses.questionId, answer: responses.answer })
		.from(responses)
		.where(eq(responses.attemptId, attemptId))
		.all();
	return new Map(rows.map((r) => [r.questionId, r.answer]));
}

/** Totals the graded answers and closes the attempt; marks it late after the due date. */
function finish(attempt: Attempt, at: number): Attempt {
	const quizId = quizIdOf(attempt);
	const list = listQuestions(quizId);
	const saved = savedAnswers(attempt.id);
	let score = 0;
	let maxScore = 0;
	for (const q of list) {
		const grade = gradeResponse(toGradable(q.id, q.points, q.content), saved.get(q.id));
		score += grade.points;
		maxScore += grade.maxPoints;
	}
	const assignment = db()
		.select()
		.from(assignmentsTable)
		.where(eq(assignmentsTable.id, attempt.assignmentId))
		.get()!;
	const late = assignment.dueAt !== null && at > assignment.dueAt;
	return (
		db()
			.update(attempts)
			.set({ submittedAt: at, score, maxScore, late })
			.where(and(eq(attempts.id, attempt.id), isNull(attempts.submittedAt)))
			.returning()
			.get() ?? attempt
	);
}

/** Submits the student's own open attempt; null when it is not theirs or they left the class. */
export function submit(student: PublicUser, attemptId: number, now = Date.now()): Attempt | null {
	const attempt = getOwn(student, attemptId, now);
	if (!attempt || !onRoster(student, attempt)) return null;
	return attempt.submittedAt === null ? finish(attempt, now) : attempt;
}
