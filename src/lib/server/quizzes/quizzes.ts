import { and, asc, count, eq, isNull, max } from 'drizzle-orm';
import type { QuestionInput } from '../../quizzes/types';
import { db, transaction } from '../db';
import type { QuestionRow, Quiz } from '../db/schema';
import { assignments, questions, quizzes } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { selectAttemptsWithAssignment } from './attempt-joins';
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

// What a question is made of lives with the pure types, so the editor's form can name it too.
export type { Evidence, QuestionInput } from '../../quizzes/types';

export async function getOwned(owner: PublicUser, quizId: number): Promise<Quiz | null> {
	const [found] = await db()
		.select()
		.from(quizzes)
		.where(and(eq(quizzes.id, quizId), eq(quizzes.ownerId, owner.id)));
	return found ?? null;
}

export async function requireOwned(owner: PublicUser, quizId: number): Promise<Quiz> {
	const quiz = await getOwned(owner, quizId);
	if (!quiz) throw new QuizNotFoundError();
	return quiz;
}

export async function hasAttempts(quizId: number): Promise<boolean> {
	const [row] = await selectAttemptsWithAssignment(db(), { n: count() }).where(
		eq(assignments.quizId, quizId)
	);
	return (row?.n ?? 0) > 0;
}

/** The quiz, when its owner may still change it. */
export async function requireEditable(owner: PublicUser, quizId: number): Promise<Quiz> {
	const quiz = await requireOwned(owner, quizId);
	if (await hasAttempts(quizId)) throw new QuizLockedError();
	return quiz;
}

/** One question to write: where it goes, what it asks, and the generator rule that wrote it. */
/** A question's columns as the editor and the generator write them alike. */
function storedFields(input: QuestionInput) {
	return {
		prompt: input.prompt,
		content: input.content,
		explanation: input.explanation,
		evidenceParagraph: input.evidence?.paragraph ?? null,
		evidenceStart: input.evidence?.start ?? null,
		evidenceEnd: input.evidence?.end ?? null,
		points: input.points,
		skill: input.skill ?? null
	};
}

export interface NewQuestion {
	position: number;
	input: QuestionInput;
	rule: string | null;
}

/**
 * The one way question rows are written (generator, editor, import and test factories share
 * it), in one statement; returns their ids in the order given.
 */
export async function insertQuestions(quizId: number, list: NewQuestion[]): Promise<number[]> {
	if (list.length === 0) return [];
	const rows = await transaction((tx) =>
		tx
			.insert(questions)
			.values(
				list.map(({ position, input, rule }) => ({
					quizId,
					position,
					...storedFields(input),
					source: rule ? ('rule' as const) : ('teacher' as const),
					rule
				}))
			)
			.returning({ id: questions.id })
	);
	// Neither engine promises RETURNING's order; ids are assigned in VALUES order on both.
	return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** One question row written; returns its id. */
export async function insertQuestion(
	quizId: number,
	position: number,
	input: QuestionInput,
	rule: string | null
): Promise<number> {
	const [id] = await insertQuestions(quizId, [{ position, input, rule }]);
	return id!;
}

export function listForArticle(owner: PublicUser, articleId: number): Promise<Quiz[]> {
	return db()
		.select()
		.from(quizzes)
		.where(and(eq(quizzes.articleId, articleId), eq(quizzes.ownerId, owner.id)))
		.orderBy(asc(quizzes.id));
}

/** Live (not discarded) questions in order. */
export function liveQuestions(quizId: number): Promise<QuestionRow[]> {
	return db()
		.select()
		.from(questions)
		.where(and(eq(questions.quizId, quizId), isNull(questions.retiredAt)))
		.orderBy(asc(questions.position), asc(questions.id));
}

export async function requireQuestion(quizId: number, questionId: number): Promise<QuestionRow> {
	const found = (await liveQuestions(quizId)).find((q) => q.id === questionId);
	if (!found) throw new QuizNotFoundError();
	return found;
}

/*
 * Each edit runs its checks and its write in one transaction: a student's first answer cannot
 * land between "nobody has answered" and the change.
 */

export function updateQuestion(
	owner: PublicUser,
	quizId: number,
	questionId: number,
	input: QuestionInput
): Promise<void> {
	return transaction(async (tx) => {
		await requireEditable(owner, quizId);
		await requireQuestion(quizId, questionId);
		await tx.update(questions).set(storedFields(input)).where(eq(questions.id, questionId));
	});
}

export function discardQuestion(owner: PublicUser, quizId: number, questionId: number) {
	return transaction(async (tx) => {
		await requireEditable(owner, quizId);
		await requireQuestion(quizId, questionId);
		await tx.update(questions).set({ retiredAt: Date.now() }).where(eq(questions.id, questionId));
	});
}

export function addQuestion(owner: PublicUser, quizId: number, input: QuestionInput) {
	return transaction(async (tx) => {
		await requireEditable(owner, quizId);
		const [row] = await tx
			.select({ last: max(questions.position) })
			.from(questions)
			.where(eq(questions.quizId, quizId));
		await insertQuestion(quizId, (row?.last ?? -1) + 1, input, null);
	});
}

/** Moves a question one place up (-1) or down (+1) among the live ones. */
export function moveQuestion(owner: PublicUser, quizId: number, questionId: number, by: -1 | 1) {
	return transaction(async (tx) => {
		await requireEditable(owner, quizId);
		const list = await liveQuestions(quizId);
		const from = list.findIndex((q) => q.id === questionId);
		const to = from + by;
		if (from < 0 || to < 0 || to >= list.length) return;
		[list[from], list[to]] = [list[to]!, list[from]!];
		for (const [position, q] of list.entries()) {
			await tx.update(questions).set({ position }).where(eq(questions.id, q.id));
		}
	});
}

export function rename(owner: PublicUser, quizId: number, title: string) {
	return transaction(async (tx) => {
		await requireOwned(owner, quizId);
		await tx.update(quizzes).set({ title }).where(eq(quizzes.id, quizId));
	});
}

/** Publishes the quiz; false (and nothing changes) when it has no live question. */
export function publish(owner: PublicUser, quizId: number): Promise<boolean> {
	return transaction(async (tx) => {
		await requireOwned(owner, quizId);
		if ((await liveQuestions(quizId)).length === 0) return false;
		await tx
			.update(quizzes)
			.set({ status: 'published', publishedAt: Date.now() })
			.where(eq(quizzes.id, quizId));
		return true;
	});
}

/** A draft copy of a graded quiz: what was graded stays as it was. */
export function newVersion(owner: PublicUser, quizId: number): Promise<Quiz> {
	return transaction(async (tx) => {
		const quiz = await requireOwned(owner, quizId);
		const [copy] = await tx
			.insert(quizzes)
			.values({
				articleId: quiz.articleId,
				ownerId: owner.id,
				title: quiz.title,
				previousVersionId: quiz.id
			})
			.returning();
		const rows = (await liveQuestions(quizId)).map((q, position) => {
			const { id: _id, quizId: _quiz, ...rest } = q;
			void _id;
			void _quiz;
			return { ...rest, quizId: copy!.id, position };
		});
		if (rows.length > 0) await tx.insert(questions).values(rows);
		return copy!;
	});
}
