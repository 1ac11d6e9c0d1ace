import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { gradeResponse } from '../../grading';
import { studentView, toGradable } from '../../quizzes/convert';
import type { StudentQuestion } from '../../quizzes/types';
import { MINUTE_MS } from '../../time';
import * as assignments from './assignments';
import { appDatabase, db, dialect, transaction } from '../db';
import type { Attempt } from '../db/schema';
import { assignments as assignmentsTable, attempts, enrollments, responses } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { liveQuestions } from './quizzes';

/** A save that arrives this long after the deadline is still taken: network latency, not cheating. */
export const DEADLINE_GRACE_MS = 2_000;
/**
 * One minute of a time limit. Fixed: no setting may shorten every limit in production; tests
 * pass `now` here, and the end-to-end test moves a stored deadline instead.
 */

export type StartResult =
	| { ok: true; attempt: Attempt }
	| { ok: false; reason: 'not-found' | 'no-attempts-left' | 'closed' };

export async function start(
	student: PublicUser,
	assignmentId: number,
	now = Date.now()
): Promise<StartResult> {
	const found = await assignments.getForStudent(student, assignmentId, now);
	if (!found) return { ok: false, reason: 'not-found' };
	const { assignment } = found;
	const mine = await closeAllExpired(await listOwn(student, assignmentId), now);
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
			now +
			timeLimitMinutes * MINUTE_MS * (await assignments.timeMultiplier(assignmentId, student.id));
	}
	// Without late work, the due date also ends an attempt begun just before it.
	if (!acceptLate && assignment.dueAt !== null)
		deadlineAt = Math.min(deadlineAt ?? assignment.dueAt, assignment.dueAt);
	const [attempt] = await transaction((tx) =>
		tx
			.insert(attempts)
			.values({ assignmentId, userId: student.id, startedAt: now, deadlineAt })
			.returning()
	);
	return { ok: true, attempt: attempt! };
}

export function listOwn(student: PublicUser, assignmentId: number): Promise<Attempt[]> {
	return db()
		.select()
		.from(attempts)
		.where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, student.id)))
		.orderBy(asc(attempts.id));
}

/** Each attempt as `closeIfExpired` leaves it, in order (one at a time: each may write). */
export async function closeAllExpired(list: Attempt[], now = Date.now()): Promise<Attempt[]> {
	const closed: Attempt[] = [];
	for (const attempt of list) closed.push(await closeIfExpired(attempt, now));
	return closed;
}

/** The student's own attempt; another student's id is null (the route answers 404). */
export async function getOwn(
	student: PublicUser,
	attemptId: number,
	now = Date.now()
): Promise<Attempt | null> {
	const [found] = await db()
		.select()
		.from(attempts)
		.where(and(eq(attempts.id, attemptId), eq(attempts.userId, student.id)));
	return found ? closeIfExpired(found, now) : null;
}

/** Whether the student is still enrolled in the class the attempt's assignment belongs to. */
async function onRoster(student: PublicUser, attempt: Attempt): Promise<boolean> {
	const [row] = await db()
		.select({ userId: enrollments.userId })
		.from(assignmentsTable)
		.innerJoin(
			enrollments,
			and(eq(enrollments.classId, assignmentsTable.classId), eq(enrollments.userId, student.id))
		)
		.where(eq(assignmentsTable.id, attempt.assignmentId));
	return row !== undefined;
}

/** The server, not the browser, ends a timed attempt: past its deadline it is submitted as saved. */
export async function closeIfExpired(attempt: Attempt, now = Date.now()): Promise<Attempt> {
	if (attempt.submittedAt !== null || attempt.deadlineAt === null) return attempt;
	if (now <= attempt.deadlineAt + DEADLINE_GRACE_MS) return attempt;
	return finish(attempt, attempt.deadlineAt);
}

async function assignmentOf(attempt: Attempt) {
	const [row] = await db()
		.select()
		.from(assignmentsTable)
		.where(eq(assignmentsTable.id, attempt.assignmentId));
	return row!;
}

/** The questions as the student may see them during the attempt: no key, shuffled if set. */
export async function questionsFor(attempt: Attempt): Promise<StudentQuestion[]> {
	const assignment = await assignmentOf(attempt);
	const { shuffleQuestions, shuffleOptions } = assignment.settings;
	const seed = shuffleOptions ? attempt.id * 7919 : null;
	const list = (await liveQuestions(assignment.quizId)).map((q) => studentView(q, seed));
	if (!shuffleQuestions) return list;
	return list
		.map((q, i) => ({ q, key: (q.id * 2654435761 + attempt.id * 40503) % 2 ** 32, i }))
		.sort((a, b) => a.key - b.key || a.i - b.i)
		.map(({ q }) => q);
}

export async function savedAnswers(attemptId: number): Promise<Map<number, unknown>> {
	const rows = await db()
		.select({ questionId: responses.questionId, answer: responses.answer })
		.from(responses)
		.where(eq(responses.attemptId, attemptId));
	return new Map(rows.map((r) => [r.questionId, r.answer]));
}

/**
 * Totals the graded answers and closes the attempt; marks it late after the due date. One
 * transaction: the total is of the answers as the close finds them (no save lands in between).
 */
function finish(attempt: Attempt, at: number): Promise<Attempt> {
	return transaction(() => finishIn(attempt, at));
}

async function finishIn(attempt: Attempt, at: number): Promise<Attempt> {
	// PostgreSQL: the attempt row first, FOR UPDATE. A save locks it FOR SHARE in its guarded
	// write, so one in flight commits before the total reads the answers, and one after waits,
	// then finds the attempt submitted (SQLite's single writer orders them already).
	if (dialect() === 'postgres') {
		await appDatabase().execute(
			sql`SELECT 1 FROM ${attempts} WHERE ${attempts.id} = ${attempt.id} FOR UPDATE`
		);
	}
	const assignment = await assignmentOf(attempt);
	const list = await liveQuestions(assignment.quizId);
	const saved = await savedAnswers(attempt.id);
	let score = 0;
	let maxScore = 0;
	for (const q of list) {
		const grade = gradeResponse(toGradable(q.id, q.points, q.content), saved.get(q.id));
		score += grade.points;
		maxScore += grade.maxPoints;
	}
	const late = assignment.dueAt !== null && at > assignment.dueAt;
	const [closed] = await db()
		.update(attempts)
		.set({ submittedAt: at, score, maxScore, late })
		.where(and(eq(attempts.id, attempt.id), isNull(attempts.submittedAt)))
		.returning();
	return closed ?? attempt;
}

/** Submits the student's own open attempt; null when it is not theirs or they left the class. */
export async function submit(
	student: PublicUser,
	attemptId: number,
	now = Date.now()
): Promise<Attempt | null> {
	const attempt = await getOwn(student, attemptId, now);
	if (!attempt || !(await onRoster(student, attempt))) return null;
	return attempt.submittedAt === null ? finish(attempt, now) : attempt;
}
