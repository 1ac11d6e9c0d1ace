import { describe, expect, it } from 'vitest';
import * as attempts from './attempts';
import { createEmpty } from './quiz-generation';
import * as quizzes from './quizzes';
import { assignQuiz, makeClassWithArticle, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

const statement = (prompt: string): quizzes.QuestionInput => ({
	prompt,
	content: { kind: 'true_false', correct: true },
	explanation: '',
	evidence: null,
	points: 1
});

const prompts = async (quizId: number) =>
	(await quizzes.liveQuestions(quizId)).map((q) => q.prompt);

async function draft() {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	// Written by hand: how many drafts the engine finds is not this file's business.
	const quiz = await createEmpty(teacher, article.id);
	for (const prompt of ['First', 'Second', 'Third']) {
		await quizzes.addQuestion(teacher, quiz.id, statement(prompt));
	}
	return { teacher, student, klass, article, quiz };
}

describe('the quiz editor (both dialects)', () => {
	it('renames, moves and discards for the owner only', async () => {
		const { teacher, quiz } = await draft();
		const stranger = await makeUser('teacher');
		const [a, b, c] = await prompts(quiz.id);
		expect([a, b, c]).toEqual(['First', 'Second', 'Third']);
		await quizzes.rename(teacher, quiz.id, 'Bus lanes check');
		expect((await quizzes.getOwned(teacher, quiz.id))?.title).toBe('Bus lanes check');
		await expect(quizzes.rename(stranger, quiz.id, 'Mine')).rejects.toThrow(
			quizzes.QuizNotFoundError
		);
		expect(await quizzes.getOwned(stranger, quiz.id)).toBeNull();
		const [first] = await quizzes.liveQuestions(quiz.id);
		await quizzes.moveQuestion(teacher, quiz.id, first!.id, 1);
		expect(await prompts(quiz.id)).toEqual([b, a, c]);
		// Already last: nothing moves.
		const last = (await quizzes.liveQuestions(quiz.id)).at(-1)!;
		await quizzes.moveQuestion(teacher, quiz.id, last.id, 1);
		expect(await prompts(quiz.id)).toEqual([b, a, c]);
		await quizzes.discardQuestion(teacher, quiz.id, first!.id);
		expect(await prompts(quiz.id)).toEqual([b, c]);
		await expect(quizzes.discardQuestion(teacher, quiz.id, first!.id)).rejects.toThrow(
			quizzes.QuizNotFoundError
		);
		await expect(quizzes.moveQuestion(stranger, quiz.id, last.id, -1)).rejects.toThrow(
			quizzes.QuizNotFoundError
		);
	});

	it('publishes only a quiz with questions', async () => {
		const { teacher, article } = await draft();
		const empty = await createEmpty(teacher, article.id);
		expect(await quizzes.publish(teacher, empty.id)).toBe(false);
		expect((await quizzes.getOwned(teacher, empty.id))?.status).toBe('draft');
		await quizzes.addQuestion(teacher, empty.id, statement('The council voted for the lanes.'));
		expect(await quizzes.publish(teacher, empty.id)).toBe(true);
		const published = (await quizzes.getOwned(teacher, empty.id))!;
		expect(published.status).toBe('published');
		expect(published.publishedAt).not.toBeNull();
	});

	it('locks a quiz once a student starts it, and a new version copies it as a draft', async () => {
		const { teacher, student, klass, quiz } = await draft();
		const before = await prompts(quiz.id);
		expect(await quizzes.publish(teacher, quiz.id)).toBe(true);
		const assignment = await assignQuiz(teacher, klass.id, quiz.id);
		expect(await quizzes.hasAttempts(quiz.id)).toBe(false);
		expect((await attempts.start(student, assignment.id)).ok).toBe(true);
		expect(await quizzes.hasAttempts(quiz.id)).toBe(true);
		const [first] = await quizzes.liveQuestions(quiz.id);
		const { prompt, content, explanation, points, skill } = first!;
		const input = { prompt, content, explanation, evidence: null, points, skill };
		await expect(
			quizzes.updateQuestion(teacher, quiz.id, first!.id, { ...input, prompt: 'Changed' })
		).rejects.toThrow(quizzes.QuizLockedError);
		await expect(quizzes.addQuestion(teacher, quiz.id, input)).rejects.toThrow(
			quizzes.QuizLockedError
		);
		const copy = await quizzes.newVersion(teacher, quiz.id);
		expect(copy).toMatchObject({ status: 'draft', previousVersionId: quiz.id });
		expect(await prompts(copy.id)).toEqual(before);
		const [copied] = await quizzes.liveQuestions(copy.id);
		await quizzes.updateQuestion(teacher, copy.id, copied!.id, { ...input, prompt: 'Changed' });
		expect((await prompts(copy.id))[0]).toBe('Changed');
		expect(await prompts(quiz.id)).toEqual(before);
	});
});
