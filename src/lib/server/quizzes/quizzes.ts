import { and, asc, count, eq, isNull, max } from 'drizzle-orm';
import type { Skill } from '../../quizgen/skills';
import type { QuestionContent } from '../../quizzes/types';
import { db } from '../db';
import {
	attempts,
	assignments,
	questions,
	quizzes,
	type QuestionRow,
	type Quiz
} from '../db/schema';
import { questions as liveTable } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { NotFoundError } from '../http/not-found';

export class QuizNotFoundError extends NotFoundError {
	constructor() {
		super('Quiz not found');
	}
}

/** Refused edits say why, so the teacher knows to make a new version instead. */
export class QuizLockedError extends Error {
	constructor() {
		super('Students have already answered this quiz. Make a new version to change it.');
	}
}

export interface Evidence {
	paragraph: number;
	start: number;
	end: number;
}

export interface QuestionInput {
	prompt: string;
	content: QuestionContent;
	explanation: string;
	evidence: Evidence | null;
	points: number;
	skill?: Skill | null;
}

export function getOwned(owner: PublicUser, quizId: number): Quiz | null {
	const found = db()
		.select()
		.from(quizzes)
		.where(and(eq(quizzes.id, quizId), eq(quizzes.ownerId, owner.id)))
		.get();
	return found ?? null;
}

export function requireOwned(owner: PublicUser, quizId: number): Quiz {
	const quiz = getOwned(owner, quizId);
	if (!quiz) throw new QuizNotFoundError();
	return quiz;
}

export function hasAttempts(quizId: number): boolean {
	const row = db()
		.select({ n: count() })
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.where(eq(assignments.quizId, quizId))
		.get();
	return (row?.n ?? 0) > 0;
}

/** The quiz, when its owner may still change it. */
export function requireEditable(owner: PublicUser, quizId: number): Quiz {
	const quiz = requireOwned(owner, quizId);
	if (hasAttempts(quizId)) throw new QuizLockedError();
	return quiz;
}

/** The one way a question row is written (generator, editor and import share it); returns its id. */
export function insertQuestion(
	quizId: number,
	position: number,
	input: QuestionInput,
	rule: string | null
): number {
	const row = db()
		.insert(questions)
		.values({
			quizId,
			position,
			prompt: input.prompt,
			content: input.content,
			explanation: input.explanation,
			evidenceParagraph: input.evidence?.paragraph ?? null,
			evidenceStart: input.evidence?.start ?? null,
			evidenceEnd: input.evidence?.end ?? null,
			points: input.points,
			source: rule ? 'rule' : 'teacher',
			rule,
			skill: input.skill ?? null
		})
		.returning({ id: questions.id })
		.get();
	return row.id;
}

export function listForArticle(owner: PublicUser, articleId: number): Quiz[] {
	return db()
		.select()
		.from(quizzes)
		.where(and(eq(quizzes.articleId, articleId), eq(quizzes.ownerId, owner.id)))
		.orderBy(asc(quizzes.id))
		.all();
}

/** Live (not discarded) questions in order. */
export function listQuestions(quizId: number): QuestionRow[] {
	return db()
		.select()
		.from(questions)
		.where(and(eq(questions.quizId, quizId), isNull(questions.retiredAt)))
		.orderBy(asc(questions.position), asc(questions.id))
		.all();
}

/**
 * `listQuestions` awaited, on either database: the read of the domains already converted to the
 * async API (issue 18). It replaces `listQuestions` once this module's edits are converted.
 */
export function liveQuestions(quizId: number): Promise<QuestionRow[]> {
	return db()
		.select()
		.from(liveTable)
		.where(and(eq(liveTable.quizId, quizId), isNull(liveTable.retiredAt)))
		.orderBy(asc(liveTable.position), asc(liveTable.id));
}

export function requireQuestion(quizId: number, questionId: number): QuestionRow {
	const found = listQuestions(quizId).find((q) => q.id === questionId);
	if (!found) throw new QuizNotFoundError();
	return found;
}

export function updateQuestion(
	owner: PublicUser,
	quizId: number,
	questionId: number,
	input: QuestionInput
) {
	requireEditable(owner, quizId);
	requireQuestion(quizId, questionId);
	db()
		.update(questions)
		.set({
			prompt: input.prompt,
			content: input.content,
			explanation: input.explanation,
			evidenceParagraph: input.evidence?.paragraph ?? null,
			evidenceStart: input.evidence?.start ?? null,
			evidenceEnd: input.evidence?.end ?? null,
			points: input.points,
			skill: input.skill ?? null
		})
		.where(eq(questions.id, questionId))
		.run();
}

export function discardQuestion(owner: PublicUser, quizId: number, questionId: number) {
	requireEditable(owner, quizId);
	requireQuestion(quizId, questionId);
	db().update(questions).set({ retiredAt: Date.now() }).where(eq(questions.id, questionId)).run();
}

export function addQuestion(owner: PublicUser, quizId: number, input: QuestionInput) {
	requireEditable(owner, quizId);
	const row = db()
		.select({ last: max(questions.position) })
		.from(questions)
		.where(eq(questions.quizId, quizId))
		.get();
	insertQuestion(quizId, (row?.last ?? -1) + 1, input, null);
}

/** Moves a question one place up (-1) or down (+1) among the live ones. */
export function moveQuestion(owner: PublicUser, quizId: number, questionId: number, by: -1 | 1) {
	requireEditable(owner, quizId);
	const list = listQuestions(quizId);
	const from = list.findIndex((q) => q.id === questionId);
	const to = from + by;
	if (from < 0 || to < 0 || to >= list.length) return;
	[list[from], list[to]] = [list[to]!, list[from]!];
	db().transaction((tx) => {
		list.forEach((q, position) =>
			tx.update(questions).set({ position }).where(eq(questions.id, q.id)).run()
		);
	});
}

export function rename(owner: PublicUser, quizId: number, title: string) {
	requireOwned(owner, quizId);
	db().update(quizzes).set({ title }).where(eq(quizzes.id, quizId)).run();
}

export function publish(owner: PublicUser, quizId: number): boolean {
	requireOwned(owner, quizId);
	if (listQuestions(quizId).length === 0) return false;
	db()
		.update(quizzes)
		.set({ status: 'published', publishedAt: Date.now() })
		.where(eq(quizzes.id, quizId))
		.run();
	return true;
}

/** A draft copy of a graded quiz: what was graded stays as it was. */
export function newVersion(owner: PublicUser, quizId: number): Quiz {
	const quiz = requireOwned(owner, quizId);
	return db().transaction(() => {
		const copy = db()
			.insert(quizzes)
			.values({
				articleId: quiz.articleId,
				ownerId: owner.id,
				title: quiz.title,
				previousVersionId: quiz.id
			})
			.returning()
			.get();
		listQuestions(quizId).forEach((q, position) => {
			const { id: _id, quizId: _quiz, ...rest } = q;
			void _id;
			void _quiz;
			db()
				.insert(questions)
				.values({ ...rest, quizId: copy.id, position })
				.run();
		});
		return copy;
	});
}
