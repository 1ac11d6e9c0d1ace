import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssignForm } from '../../quizzes/assign-form';
import { DEFAULT_SETTINGS } from '../../quizzes/types';
import * as assignments from './assignments';
import * as attempts from './attempts';
import * as answers from './answers';
import { db } from '../db';
import { questions, quizzes, responses } from '../db/schema';
import { evidenceParagraphs } from './guided-reading';
import { makeClassWithArticle, makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

async function guidedQuiz() {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = makeClassWithArticle(teacher, [student]);
	const quiz = db()
		.insert(quizzes)
		.values({ articleId: article.id, ownerId: teacher.id, title: 'Guided', status: 'published' })
		.returning()
		.get();
	const ids = [2, 0, null].map(
		(paragraph, position) =>
			db()
				.insert(questions)
				.values({
					quizId: quiz.id,
					position,
					prompt: `Statement ${position + 1}`,
					content: { kind: 'true_false', correct: true },
					source: 'rule',
					evidenceParagraph: paragraph,
					evidenceStart: paragraph === null ? null : 0,
					evidenceEnd: paragraph === null ? null : 5
				})
				.returning()
				.get().id
	);
	const assignment = assignments.create(teacher, {
		classId: klass.id,
		quizId: quiz.id,
		opensAt: 0,
		dueAt: null,
		settings: { ...DEFAULT_SETTINGS, guidedReading: true }
	});
	return { quizId: quiz.id, student, assignment, ids };
}

describe('guided reading on a real database', () => {
	it('places each question at its evidence paragraph, and nothing more of the evidence', async () => {
		const { quizId, ids } = await guidedQuiz();
		expect(evidenceParagraphs(quizId)).toEqual({ [ids[0]!]: 2, [ids[1]!]: 0, [ids[2]!]: null });
	});

	it('counts a try for each different answer saved, not for saving the same one again', async () => {
		const { student, assignment, ids } = await guidedQuiz();
		const started = attempts.start(student, assignment.id);
		if (!started.ok) throw new Error(started.reason);
		const id = started.attempt.id;
		const tries = () =>
			db()
				.select({ tries: responses.tries })
				.from(responses)
				.where(and(eq(responses.attemptId, id), eq(responses.questionId, ids[1]!)))
				.get()?.tries;
		answers.saveResponse(student, id, ids[1]!, false);
		expect(tries()).toBe(1);
		answers.saveResponse(student, id, ids[1]!, false);
		expect(tries()).toBe(1);
		answers.saveResponse(student, id, ids[1]!, true);
		expect(tries()).toBe(2);
	});

	it('is an assignment setting the form reads as a checkbox', () => {
		const form = new FormData();
		for (const [k, v] of Object.entries({
			classId: '1',
			attemptsAllowed: '1',
			counts: 'best',
			feedback: 'after_submit',
			guidedReading: 'on'
		}))
			form.set(k, v);
		const parsed = parseAssignForm(form, 0, 'UTC');
		expect(parsed.ok && parsed.assignment.settings.guidedReading).toBe(true);
		form.delete('guidedReading');
		const plain = parseAssignForm(form, 0, 'UTC');
		expect(plain.ok && plain.assignment.settings.guidedReading).toBe(false);
	});
});
