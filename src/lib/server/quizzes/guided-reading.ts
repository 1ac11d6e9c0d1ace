import { listQuestions } from './quizzes';

/**
 * Where each question of a guided-reading quiz is asked: the paragraph its evidence sits in.
 * Only the paragraph, never the span, reaches the student: the answer is still theirs to find.
 */
export function evidenceParagraphs(quizId: number): Record<number, number | null> {
	return Object.fromEntries(listQuestions(quizId).map((q) => [q.id, q.evidenceParagraph]));
}
