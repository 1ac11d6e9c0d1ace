import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseAssignForm } from '../../quizzes/assign-form';
import * as answers from './answers';
import { db } from '../db';
import { responses } from '../db/tables';
import { evidenceParagraphs } from './guided-reading';
import {
	makeAssignedQuiz,
	makeClassWithArticle,
	makeUser,
	startAttempt
} from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

async function guidedQuiz() {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	const at = (paragraph: number | null) => ({
		evidence: paragraph === null ? null : { paragraph, start: 0, end: 5 }
	});
	const { quiz, ids, assignment } = await makeAssignedQuiz(
		teacher,
		{ classId: klass.id, articleId: article.id },
		[at(2), at(0), at(null)],
		{ settings: { guidedReading: true } }
	);
	return { quizId: quiz.id, student, assignment, ids };
}

describe('guided reading on a real database', () => {
	it('places each question at its evidence paragraph, and nothing more of the evidence', async () => {
		const { quizId, ids } = await guidedQuiz();
		expect(await evidenceParagraphs(quizId)).toEqual({
			[ids[0]!]: 2,
			[ids[1]!]: 0,
			[ids[2]!]: null
		});
	});

	it('counts a try for each different answer saved, not for saving the same one again', async () => {
		const { student, assignment, ids } = await guidedQuiz();
		const id = (await startAttempt(student, assignment.id)).id;
		const tries = async () => {
			const [row] = await db()
				.select({ tries: responses.tries })
				.from(responses)
				.where(and(eq(responses.attemptId, id), eq(responses.questionId, ids[1]!)));
			return row?.tries;
		};
		await answers.saveResponse(student, id, ids[1]!, false);
		expect(await tries()).toBe(1);
		await answers.saveResponse(student, id, ids[1]!, false);
		expect(await tries()).toBe(1);
		await answers.saveResponse(student, id, ids[1]!, true);
		expect(await tries()).toBe(2);
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
