import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import {
	analyseItems,
	chosenOptions,
	optionsOf,
	type ItemStatsInput,
	type Question,
	type TestStatistics
} from '../../grading';
import { toGradable } from '../../quizzes/convert';
import * as assignments from './assignments';
import { postgresDb, type Db } from '../db';
import { preparedFor } from '../db/prepared';
import { attempts, quizzes } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { liveQuestions } from './quizzes';
import type { AnalysedQuestion } from '../../quizzes/views';

export type { AnalysedQuestion } from '../../quizzes/views';

/**
 * Item analysis of one quiz assignment for its teacher. First attempts by default: later
 * attempts come after feedback, so they measure memory of the key as much as the question.
 */

export type AttemptScope = 'first' | 'all';

/** `?attempts=all` analyses every submitted attempt; anything else, first attempts. */
export const parseScope = (params: URLSearchParams): AttemptScope =>
	params.get('attempts') === 'all' ? 'all' : 'first';

export interface ItemAnalysis {
	assignment: { id: number; classId: number; quizId: number; title: string };
	scope: AttemptScope;
	test: TestStatistics;
	questions: AnalysedQuestion[];
}

function prepare(database: Db) {
	return {
		// Submitted attempts only: an attempt in progress has not been scored.
		submitted: database
			.select({ id: attempts.id, userId: attempts.userId })
			.from(attempts)
			.where(
				and(
					eq(attempts.assignmentId, sql.placeholder('assignmentId')),
					isNotNull(attempts.submittedAt)
				)
			)
			.orderBy(asc(attempts.id))
			.prepare(),
		title: database
			.select({ title: quizzes.title })
			.from(quizzes)
			.where(eq(quizzes.id, sql.placeholder('quizId')))
			.prepare()
	};
}

const prepared = preparedFor(prepare);

type Saved = { answer: unknown; points: number | null };

type RawResponse = [attemptId: number, questionId: number, answer: unknown, points: number | null];

const RESPONSES_SQL = `SELECT r.attempt_id, r.question_id, r.answer, r.points FROM responses r
	 JOIN attempts t ON t.id = r.attempt_id
	 WHERE t.assignment_id = $1 AND t.submitted_at IS NOT NULL`;

/**
 * Every submitted answer of an assignment as plain arrays. Tens of thousands of rows: mapping
 * each through the query builder cost more than the query itself (measured in `npm run bench`).
 * SQLite: a raw statement prepared once per connection (the answer is JSON text, parsed here).
 * PostgreSQL: the driver's array rows (jsonb arrives parsed).
 */
const rawStatement = preparedFor((database) =>
	database.$client.prepare(RESPONSES_SQL.replace('$1', '?')).raw(true)
);

async function rawResponses(assignmentId: number): Promise<RawResponse[]> {
	const postgres = postgresDb();
	if (postgres) {
		// The pool, not a transaction: the report reads committed answers only.
		const result = await postgres.$client.query<RawResponse>({
			text: RESPONSES_SQL,
			values: [assignmentId],
			rowMode: 'array'
		});
		return result.rows;
	}
	const rows = rawStatement().all(assignmentId) as RawResponse[];
	// Parsed in place: a second array per answer costs what the parse does.
	for (const row of rows) row[2] = JSON.parse(row[2] as string);
	return rows;
}

/** The attempts to analyse, each as question id → stored answer and points, in attempt order. */
async function answerSets(
	assignmentId: number,
	scope: AttemptScope
): Promise<Map<number, Saved>[]> {
	const s = prepared();
	const seen = new Set<number>();
	const sets = new Map<number, Map<number, Saved>>();
	for (const attempt of await s.submitted.execute({ assignmentId })) {
		if (scope === 'first' && seen.has(attempt.userId)) continue;
		seen.add(attempt.userId);
		sets.set(attempt.id, new Map());
	}
	for (const [attemptId, questionId, answer, points] of await rawResponses(assignmentId)) {
		sets.get(attemptId)?.set(questionId, { answer, points });
	}
	return [...sets.values()];
}

/**
 * The statistics' input from the points stored when each answer was saved: the same grader's
 * points the scores were totalled from (a quiz's key cannot change once it has attempts), so
 * the analysis and the gradebook agree without grading 10,000 answers again.
 */
function statsInput(questions: { id: number; question: Question }[], sets: Map<number, Saved>[]) {
	const input: ItemStatsInput = {
		items: questions.map(({ question }) => {
			const options = optionsOf(question);
			return { id: question.id, maxPoints: question.points, ...(options ? { options } : {}) };
		}),
		rows: sets.map((set) => ({
			points: questions.map(({ id }) => set.get(id)?.points ?? 0),
			choices: questions.map(({ id, question }) => {
				const saved = set.get(id);
				return saved ? chosenOptions(question, saved.answer) : null;
			})
		}))
	};
	return input;
}

export async function itemAnalysis(
	teacher: PublicUser,
	assignmentId: number,
	scope: AttemptScope = 'first'
): Promise<ItemAnalysis | null> {
	const assignment = await assignments.getForTeacher(teacher, assignmentId);
	if (!assignment) return null;
	// Retired questions are left out: they no longer count towards anyone's score.
	const live = await liveQuestions(assignment.quizId);
	const gradable = live.map((q) => ({ id: q.id, question: toGradable(q.id, q.points, q.content) }));
	const test = analyseItems(statsInput(gradable, await answerSets(assignmentId, scope)));
	const [found] = await prepared().title.execute({ quizId: assignment.quizId });
	const title = found?.title ?? 'Quiz';
	return {
		assignment: {
			id: assignment.id,
			classId: assignment.classId,
			quizId: assignment.quizId,
			title
		},
		scope,
		test,
		questions: live.map((q, i) => ({
			id: q.id,
			position: i + 1,
			prompt: q.prompt,
			kind: q.content.kind,
			skill: q.skill,
			stats: test.items[i]!
		}))
	};
}
