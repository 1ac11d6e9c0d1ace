import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import {
	analyseItems,
	buildItemStatsInput,
	type ItemStatistics,
	type TestStatistics
} from '../grading';
import { toGradable } from '../quizzes/convert';
import * as assignments from './assignments';
import { db, type Db } from './db';
import { attempts, quizzes, responses } from './db/schema';
import type { PublicUser } from './public-user';
import { listQuestions } from './quizzes';

/**
 * Item analysis of one quiz assignment for its teacher. First attempts by default: later
 * attempts come after feedback, so they measure memory of the key as much as the question.
 */

export type AttemptScope = 'first' | 'all';

/** `?attempts=all` analyses every submitted attempt; anything else, first attempts. */
export const parseScope = (params: URLSearchParams): AttemptScope =>
	params.get('attempts') === 'all' ? 'all' : 'first';

export interface AnalysedQuestion {
	id: number;
	position: number;
	prompt: string;
	kind: string;
	stats: ItemStatistics;
}

export interface ItemAnalysis {
	assignment: { id: number; classId: number; quizId: number; title: string };
	scope: AttemptScope;
	test: TestStatistics;
	questions: AnalysedQuestion[];
}

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(database: Db) {
	return {
		// Submitted attempts only: an attempt in progress has not been scored.
		responses: database
			.select({
				attemptId: responses.attemptId,
				userId: attempts.userId,
				questionId: responses.questionId,
				answer: responses.answer
			})
			.from(responses)
			.innerJoin(attempts, eq(attempts.id, responses.attemptId))
			.where(
				and(
					eq(attempts.assignmentId, sql.placeholder('assignmentId')),
					isNotNull(attempts.submittedAt)
				)
			)
			.prepare(),
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

function prepared() {
	const database = db();
	let found = statements.get(database);
	if (!found) statements.set(database, (found = prepare(database)));
	return found;
}

/** The attempts to analyse, each as question id → stored answer, in attempt order. */
function answerSets(assignmentId: number, scope: AttemptScope): Record<string, unknown>[] {
	const s = prepared();
	const seen = new Set<number>();
	const sets = new Map<number, Record<string, unknown>>();
	for (const attempt of s.submitted.all({ assignmentId })) {
		if (scope === 'first' && seen.has(attempt.userId)) continue;
		seen.add(attempt.userId);
		sets.set(attempt.id, {});
	}
	for (const row of s.responses.all({ assignmentId })) {
		const set = sets.get(row.attemptId);
		if (set) set[String(row.questionId)] = row.answer;
	}
	return [...sets.values()];
}

export function itemAnalysis(
	teacher: PublicUser,
	assignmentId: number,
	scope: AttemptScope = 'first'
): ItemAnalysis | null {
	const assignment = assignments.getForTeacher(teacher, assignmentId);
	if (!assignment) return null;
	// Retired questions are left out: they no longer count towards anyone's score.
	const live = listQuestions(assignment.quizId);
	const gradable = live.map((q) => toGradable(q.id, q.points, q.content));
	const test = analyseItems(buildItemStatsInput(gradable, answerSets(assignmentId, scope)));
	const title = prepared().title.get({ quizId: assignment.quizId })?.title ?? 'Quiz';
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
			kind: q.kind,
			stats: test.items[i]!
		}))
	};
}
