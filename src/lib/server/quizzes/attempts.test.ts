import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../../quizzes/sample-answers';
import type { AssignmentSettings } from '../../quizzes/types';
import * as assignments from './assignments';
import * as attempts from './attempts';
import * as answers from './answers';
import * as quizzes from './quizzes';
import { resultsOf } from './results';
import {
	assignQuiz,
	makeClassWithArticle,
	makePublishedQuiz,
	makeUser,
	startAttempt
} from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import type { PublicUser } from '../auth/public-user';
import type { QuestionRow } from '../db/schema';
import { MINUTE_MS as MINUTE } from '../../time';

useTestDatabase();

async function classroom(settings: Partial<AssignmentSettings>, dueAt: number | null = null) {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const other = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student, other]);
	const quiz = await makePublishedQuiz(teacher, article.id);
	const assignment = await assignQuiz(teacher, klass.id, quiz.id, { dueAt, settings });
	return { teacher, student, other, assignment, questions: await quizzes.liveQuestions(quiz.id) };
}

async function answerAll(
	student: PublicUser,
	attemptId: number,
	list: QuestionRow[],
	right: boolean,
	now: number
) {
	const results = [];
	for (const q of list) {
		results.push(
			await answers.saveResponse(student, attemptId, q.id, sampleAnswer(q.content, right), now)
		);
	}
	return results;
}

/** The question's right answer, saved at `now`. */
function answerRight(student: PublicUser, attemptId: number, question: QuestionRow, now: number) {
	return answers.saveResponse(
		student,
		attemptId,
		question.id,
		sampleAnswer(question.content, true),
		now
	);
}

describe('attempts', () => {
	it('saves, overwrites and grades answers, and submits with the score', async () => {
		const { student, assignment, questions } = await classroom({});
		const attempt = await startAttempt(student, assignment.id);
		await answerAll(student, attempt.id, questions, false, Date.now());
		await answerAll(student, attempt.id, questions, true, Date.now());
		expect((await attempts.savedAnswers(attempt.id)).size).toBe(questions.length);
		const done = (await attempts.submit(student, attempt.id))!;
		expect(done.score).toBe(questions.length);
		expect(done.maxScore).toBe(questions.length);
		const results = await resultsOf(done);
		expect(results.visible && results.questions.every((q) => q.correct)).toBe(true);
		expect(await attempts.start(student, assignment.id)).toEqual({
			ok: false,
			reason: 'no-attempts-left'
		});
	});

	it('keeps each student to their own attempt', async () => {
		const { student, other, assignment, questions } = await classroom({});
		const attempt = await startAttempt(student, assignment.id);
		expect(await attempts.getOwn(other, attempt.id)).toBeNull();
		const q = questions[0]!;
		expect(
			await answers.saveResponse(other, attempt.id, q.id, sampleAnswer(q.content, true))
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});

	it('keeps a minute a minute whatever the environment says (no STANDPOINT_MINUTE_MS)', async () => {
		const { student, assignment } = await classroom({ timeLimitMinutes: 10 });
		process.env.STANDPOINT_MINUTE_MS = '2000';
		try {
			const attempt = await startAttempt(student, assignment.id, 5_000);
			expect(attempt.deadlineAt).toBe(5_000 + 10 * MINUTE);
		} finally {
			delete process.env.STANDPOINT_MINUTE_MS;
		}
	});

	it('refuses answers after the deadline and submits what was saved, with extra time honoured', async () => {
		const { teacher, student, other, assignment, questions } = await classroom({
			timeLimitMinutes: 10
		});
		await assignments.setExtraTime(teacher, assignment.id, other.id, 1.5);
		const t0 = 1_000_000;
		const mine = await attempts.start(student, assignment.id, t0);
		const theirs = await attempts.start(other, assignment.id, t0);
		if (!mine.ok || !theirs.ok) throw new Error('not started');
		expect(mine.attempt.deadlineAt).toBe(t0 + 10 * MINUTE);
		expect(theirs.attempt.deadlineAt).toBe(t0 + 15 * MINUTE);
		const [first, second] = questions;
		expect(await answerRight(student, mine.attempt.id, first!, t0 + 9 * MINUTE)).toEqual({
			ok: true
		});
		const late = await answerRight(student, mine.attempt.id, second!, t0 + 11 * MINUTE);
		expect(late).toEqual({ ok: false, reason: 'deadline' });
		const closed = (await attempts.getOwn(student, mine.attempt.id, t0 + 11 * MINUTE))!;
		expect(closed.submittedAt).toBe(t0 + 10 * MINUTE);
		expect(closed.score).toBe(first!.points);
		expect(await answerRight(other, theirs.attempt.id, second!, t0 + 14 * MINUTE)).toEqual({
			ok: true
		});
	});

	it('marks late work, or refuses to start it when late work is not accepted', async () => {
		const due = Date.now() - MINUTE;
		const lenient = await classroom({}, due);
		const attempt = await startAttempt(lenient.student, lenient.assignment.id);
		expect((await attempts.submit(lenient.student, attempt.id))?.late).toBe(true);
		expect((await assignments.listForStudent(lenient.student))[0]?.state).toBe('late');
		const strict = await classroom({ acceptLate: false }, due);
		expect(await attempts.start(strict.student, strict.assignment.id)).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect((await assignments.listForStudent(strict.student))[0]?.state).toBe('missing');
	});

	it('holds back answers until the due date when feedback waits for it', async () => {
		const { student, assignment } = await classroom(
			{ feedback: 'after_due' },
			Date.now() + 60 * MINUTE
		);
		const attempt = await startAttempt(student, assignment.id);
		const done = (await attempts.submit(student, attempt.id))!;
		expect((await resultsOf(done)).visible).toBe(false);
		expect((await resultsOf(done, Date.now() + 61 * MINUTE)).visible).toBe(true);
	});

	it('shows an excused student as excused, and only their teacher can excuse them', async () => {
		const { teacher, student, assignment } = await classroom({});
		const stranger = await makeUser('teacher');
		await expect(assignments.setExcused(stranger, assignment.id, student.id, true)).rejects.toThrow(
			assignments.AssignmentNotFoundError
		);
		await assignments.setExcused(teacher, assignment.id, student.id, true);
		expect((await assignments.listForStudent(student))[0]?.state).toBe('excused');
		await assignments.setExcused(teacher, assignment.id, student.id, false);
		expect((await assignments.listForStudent(student))[0]?.state).toBe('not-started');
	});
});
