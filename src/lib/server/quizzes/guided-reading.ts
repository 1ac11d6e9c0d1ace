import { liveQuestions } from './quizzes';

/**
 * Where each question of a guided-reading quiz is asked: the paragraph its evidence sits in.
 * Only the paragraph, never the span, reaches the student: the answer is still theirs to find.
 */
export async function evidenceParagraphs(quizId: number): Promise<Record<number, number | null>> {
	const list = await liveQuestions(quizId);
	return Object.fromEntries(list.map((q) => [q.id, q.evidenceParagraph]));
}
