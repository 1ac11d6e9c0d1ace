import { eq } from 'drizzle-orm';
import { formatDue } from '../../dates';
import { answerText, responseText } from '../../quizzes/convert';
import { feedbackOpen } from '../../quizzes/feedback';
import type { FeedbackPolicy } from '../../quizzes/types';
import { savedAnswers } from './attempts';
import { config } from '../app/config';
import { db } from '../db';
import type { Attempt } from '../db/schema';
import { assignments, quizzes, responses } from '../db/tables';
import { liveQuestions } from './quizzes';
import { paths } from '../../paths';
import type { AttemptResults, QuestionResult } from '../../quizzes/views';

export type { AttemptResults, QuestionResult } from '../../quizzes/views';

function feedbackVisible(policy: FeedbackPolicy, dueAt: number | null, now: number) {
	if (policy === 'after_submit') return { visible: true as const };
	if (policy === 'never')
		return { visible: false as const, reason: 'Your teacher does not show answers for this quiz.' };
	if (dueAt === null || now >= dueAt) return { visible: true as const };
	const when = formatDue(dueAt, config().timeZone);
	return {
		visible: false as const,
		reason: `Answers and explanations appear after the due date (${when}).`
	};
}

/**
 * Whether the student may see correctness (marks, score, key) for this attempt now: only once
 * it is submitted and the feedback policy allows. Every path that shows a student a mark asks.
 */
export function marksVisible(
	attempt: Pick<Attempt, 'submittedAt'>,
	assignment: { dueAt: number | null; settings: { feedback: FeedbackPolicy } },
	now = Date.now()
): boolean {
	if (attempt.submittedAt === null) return false;
	return feedbackOpen(assignment.settings.feedback, assignment.dueAt, now);
}

/** A submitted attempt's results, as far as the assignment's feedback policy allows. */
export async function resultsOf(attempt: Attempt, now = Date.now()): Promise<AttemptResults> {
	const [found] = await db()
		.select({ assignment: assignments, articleId: quizzes.articleId })
		.from(assignments)
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(eq(assignments.id, attempt.assignmentId));
	const row = found!;
	const gate = feedbackVisible(row.assignment.settings.feedback, row.assignment.dueAt, now);
	if (attempt.submittedAt === null) {
		return { visible: false, reason: 'This attempt is not submitted yet.' };
	}
	if (!gate.visible) return gate;
	const saved = await savedAnswers(attempt.id);
	const stored = new Map(
		(await liveQuestions(row.assignment.quizId)).map((q) => [q.id, q] as const)
	);
	const graded = await db().select().from(responses).where(eq(responses.attemptId, attempt.id));
	const points = new Map(graded.map((r) => [r.questionId, r]));
	const questions = [...stored.values()].map((q, i): QuestionResult => {
		const response = points.get(q.id);
		const evidence =
			q.evidenceParagraph !== null && q.evidenceStart !== null && q.evidenceEnd !== null;
		return {
			id: q.id,
			position: i + 1,
			prompt: q.prompt,
			yourAnswer: responseText(q.content, saved.get(q.id)),
			correctAnswer: answerText(q.content),
			correct: response?.isCorrect === true,
			points: response?.points ?? 0,
			maxPoints: q.points,
			explanation: q.explanation,
			evidenceHref: evidence
				? `${paths.article(row.articleId)}?hl=${q.evidenceParagraph}:${q.evidenceStart}-${q.evidenceEnd}#p${q.evidenceParagraph! + 1}`
				: null
		};
	});
	return { visible: true, score: attempt.score ?? 0, maxScore: attempt.maxScore ?? 0, questions };
}
