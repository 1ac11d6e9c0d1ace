import { and, eq, isNotNull } from 'drizzle-orm';
import { gradeResponse } from '../../grading';
import { toGradable } from '../../quizzes/convert';
import { transaction } from '../db';
import { assignments, attempts, questions, responses } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { selectAttemptsWithAssignment } from './attempt-joins';
import { liveQuestions, requireOwned, requireQuestion } from './quizzes';

/** Retiring the only question left would leave nothing to score. */
export class LastQuestionError extends Error {
	constructor() {
		super('This is the only question left in the quiz, so it cannot be retired.');
	}
}

/**
 * Retires a question from a quiz that may already have been answered: it stops counting, and
 * every submitted attempt is scored again without it, with the same grader as on submission
 * (attempts still in progress are scored without it when they are submitted). One transaction:
 * a submit cannot total its answers between the retirement and the new scores.
 */
export function retireQuestion(owner: PublicUser, quizId: number, questionId: number) {
	return transaction(async (tx) => {
		await requireOwned(owner, quizId);
		await requireQuestion(quizId, questionId);
		if ((await liveQuestions(quizId)).length <= 1) throw new LastQuestionError();
		await tx.update(questions).set({ retiredAt: Date.now() }).where(eq(questions.id, questionId));
		const live = (await liveQuestions(quizId)).map((q) => toGradable(q.id, q.points, q.content));
		const ofQuiz = and(eq(assignments.quizId, quizId), isNotNull(attempts.submittedAt));
		const saved = new Map<number, Map<string, unknown>>();
		const submitted = await selectAttemptsWithAssignment(tx, { id: attempts.id }).where(ofQuiz);
		for (const { id } of submitted) saved.set(id, new Map());
		const rows = await tx
			.select({
				attemptId: responses.attemptId,
				questionId: responses.questionId,
				answer: responses.answer
			})
			.from(responses)
			.innerJoin(attempts, eq(attempts.id, responses.attemptId))
			.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
			.where(ofQuiz);
		for (const r of rows) saved.get(r.attemptId)?.set(String(r.questionId), r.answer);
		for (const [attemptId, answers] of saved) {
			const grades = live.map((q) => gradeResponse(q, answers.get(q.id)));
			const score = grades.reduce((total, g) => total + g.points, 0);
			const maxScore = grades.reduce((total, g) => total + g.maxPoints, 0);
			await tx.update(attempts).set({ score, maxScore }).where(eq(attempts.id, attemptId));
		}
	});
}
