/**
 * The statements of an answer save (answers.ts), prepared once per connection, and on PostgreSQL
 * the questions they last read, so a save of a question already seen is one statement.
 *
 * - `read` finds the attempt, its owner's enrolment and the question (ownership, open, shape).
 * - `upsert` writes the graded answer only if the attempt is still open as the write finds it
 *   (the attempt row locked FOR SHARE on PostgreSQL, so a submit, which locks it FOR UPDATE
 *   first, totals either before or after this answer).
 * - `upsertKnown` (PostgreSQL) is both in one statement: the answer was graded against a
 *   question remembered from an earlier read, and it is written only if the attempt is the
 *   student's, still open and on the roster, and the question is still that one (same quiz, not
 *   retired, same content and points), all as the write finds them. Writing nothing sends the
 *   save down the read-then-upsert path, which tells why. One round trip where that is two.
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { QuestionContent } from '../../quizzes/types';
import { DEADLINE_GRACE_MS } from './attempts';
import { dialect, type Db } from '../db';
import { preparedAs, preparedFor, typedPlaceholder as typed } from '../db/prepared';
import {
	assignments as assignmentsTable,
	attempts,
	enrollments,
	questions,
	responses
} from '../db/tables';

const p = (name: string) => sql.placeholder(name);

/** What a save needs of a question: its shape for the form, its key and points for grading. */
export interface SavedQuestion {
	id: number;
	position: number;
	prompt: string;
	content: QuestionContent;
	points: number;
}

/**
 * Questions remembered per database: enough for every question open in a district's quizzes
 * at once (a few KB each), the least recently saved dropped past that. A stale entry costs one
 * extra read, never a wrong grade: `upsertKnown` checks the content it was graded against.
 */
const REMEMBERED_QUESTIONS = 5000;

class QuestionMemory {
	private readonly byId = new Map<number, SavedQuestion>();

	get(id: number): SavedQuestion | undefined {
		const found = this.byId.get(id);
		if (found) {
			// Map order is insertion order: re-inserting makes it the most recently used.
			this.byId.delete(id);
			this.byId.set(id, found);
		}
		return found;
	}

	remember(question: SavedQuestion): void {
		this.byId.delete(question.id);
		this.byId.set(question.id, question);
		if (this.byId.size > REMEMBERED_QUESTIONS) {
			this.byId.delete(this.byId.keys().next().value!);
		}
	}
}

/**
 * The answer's columns in `responses` order, from parameters (the raw SELECT skips mapping).
 * Functions, not constants: a typed placeholder asks the dialect, which opens the database, and
 * at import time that would be SQLite's default file before start-up chose PostgreSQL.
 */
const answerColumns = () => sql`${typed('attemptId', 'integer')}, ${typed('questionId', 'integer')},
	${typed('answer', 'jsonb')}, ${typed('isCorrect', 'boolean')}, ${typed('points', 'double precision')},
	${typed('savedAt', 'bigint')}, 1, ${typed('typedAt', 'bigint')}`;

/** The attempt is still open at the save's time (not submitted, not past deadline and grace). */
const stillOpen = () => sql`${attempts.submittedAt} IS NULL
	AND (${attempts.deadlineAt} IS NULL OR ${typed('savedAt', 'bigint')} <= ${attempts.deadlineAt} + ${sql.raw(String(DEADLINE_GRACE_MS))})`;

function upsertFrom(database: Db, select: SQL) {
	return database
		.insert(responses)
		.select(select)
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
		.returning({ attemptId: responses.attemptId });
}

/** Attempt, owner still enrolled, and the remembered question unchanged: locked as written. */
function knownAttempt(): SQL {
	return sql`SELECT ${answerColumns()}
		FROM ${attempts}
		JOIN ${assignmentsTable} ON ${assignmentsTable.id} = ${attempts.assignmentId}
		JOIN ${enrollments} ON ${enrollments.classId} = ${assignmentsTable.classId}
			AND ${enrollments.userId} = ${attempts.userId}
		JOIN ${questions} ON ${questions.id} = ${typed('questionId', 'integer')}
			AND ${questions.quizId} = ${assignmentsTable.quizId} AND ${questions.retiredAt} IS NULL
			AND ${questions.content} = ${typed('content', 'jsonb')}
			AND ${questions.points} = ${typed('questionPoints', 'integer')}
		WHERE ${attempts.id} = ${typed('attemptId', 'integer')}
			AND ${attempts.userId} = ${typed('userId', 'integer')}
			AND (${typed('assignmentId', 'integer')} IS NULL
				OR ${attempts.assignmentId} = ${typed('assignmentId', 'integer')})
			AND ${stillOpen()}
		FOR SHARE OF ${attempts}`;
}

function prepare(database: Db) {
	const postgres = dialect() === 'postgres';
	const openAttempt = sql`SELECT ${answerColumns()} FROM ${attempts}
		WHERE ${attempts.id} = ${typed('attemptId', 'integer')} AND ${stillOpen()}
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
		upsert: preparedAs(upsertFrom(database, openAttempt), 'answer_save_upsert'),
		upsertKnown: postgres
			? preparedAs(upsertFrom(database, knownAttempt()), 'answer_save_known')
			: null,
		/** PostgreSQL only: SQLite's statements cost no round trip, so it always reads. */
		questions: postgres ? new QuestionMemory() : null,
		/** The parameters as each driver takes them (the raw SELECT skips drizzle's mapping). */
		toDriver: (isCorrect: boolean, answer: unknown) => ({
			answer: JSON.stringify(answer),
			isCorrect: postgres ? isCorrect : Number(isCorrect)
		})
	};
}

export const answerStatements = preparedFor(prepare);
