import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../../quizzes/sample-answers';
import type { FeedbackPolicy } from '../../quizzes/types';
import * as attempts from '../quizzes/attempts';
import * as answers from '../quizzes/answers';
import * as privacy from './privacy';
import * as quizzes from '../quizzes/quizzes';
import {
	assignQuiz,
	makeClassWithArticle,
	makePublishedQuiz,
	makeUser,
	startAttempt
} from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

/** A student with one saved answer on an assignment with the given feedback policy. */
async function savedAnswer(feedback: FeedbackPolicy) {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	const quiz = await makePublishedQuiz(teacher, article.id);
	const assignment = await assignQuiz(teacher, klass.id, quiz.id, { settings: { feedback } });
	const question = (await quizzes.liveQuestions(quiz.id))[0]!;
	const attempt = await startAttempt(student, assignment.id);
	await answers.saveResponse(
		student,
		attempt.id,
		question.id,
		sampleAnswer(question.content, true)
	);
	return { student, attempt, teacher, klass };
}

const CORRECTNESS = ['isCorrect', 'points', 'score', 'maxScore'];

function keysOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(keysOf);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
	return [];
}

describe('own export and the answer key', () => {
	it('holds no correctness for an answer saved in an open attempt', async () => {
		const { student } = await savedAnswer('after_submit');
		const data = await privacy.exportOwnData(student);
		expect(data.attempts[0]!.answers).toHaveLength(1);
		expect(keysOf(data.attempts).filter((k) => CORRECTNESS.includes(k))).toEqual([]);
	});

	it('holds none after submitting when the policy is "never"', async () => {
		const { student, attempt } = await savedAnswer('never');
		await attempts.submit(student, attempt.id);
		const data = await privacy.exportOwnData(student);
		expect(keysOf(data.attempts).filter((k) => CORRECTNESS.includes(k))).toEqual([]);
	});

	it('holds the marks once the policy shows them, and always for the teacher', async () => {
		const { student, attempt } = await savedAnswer('after_submit');
		await attempts.submit(student, attempt.id);
		expect((await privacy.exportOwnData(student)).attempts[0]!.answers[0]).toHaveProperty(
			'isCorrect',
			true
		);
		const open = await savedAnswer('never');
		const forTeacher = await privacy.exportStudentInClass(
			open.teacher,
			open.klass.id,
			open.student.id
		);
		expect(forTeacher.attempts[0]!.answers[0]).toHaveProperty('isCorrect', true);
	});
});
