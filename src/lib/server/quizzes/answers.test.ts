import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../quizzes/types';
import * as attempts from './attempts';
import * as answers from './answers';
import { resultsOf } from './results';
import { and, eq } from 'drizzle-orm';
import { db, transaction } from '../db';
import { enrollments, questions, responses } from '../db/tables';
import { makeAssignedQuiz, makeClassWithArticle, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import { MINUTE_MS as MINUTE } from '../../time';

useTestDatabase();

/** A two-question true/false quiz, assigned with a 10-minute limit to a class of one student. */
async function timedClassroom(settings: Partial<typeof DEFAULT_SETTINGS> = {}) {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	const target = { classId: klass.id, articleId: article.id };
	const { ids, assignment } = await makeAssignedQuiz(teacher, target, 2, {
		settings: { timeLimitMinutes: 10, ...settings }
	});
	return { student, classId: klass.id, assignmentId: assignment.id, questionIds: ids };
}

describe('saving answers (both dialects)', () => {
	it('saves before the deadline; after it, refuses and submits the attempt with what was saved', async () => {
		const { student, assignmentId, questionIds } = await timedClassroom();
		const t0 = Date.now();
		const started = await attempts.start(student, assignmentId, t0);
		if (!started.ok) throw new Error(started.reason);
		const [q1, q2] = questionIds;
		const id = started.attempt.id;
		expect(await answers.saveResponse(student, id, q1!, true, t0 + MINUTE)).toEqual({ ok: true });
		// Past the deadline: the save is refused and closes the attempt in the same transaction.
		expect(await answers.saveResponse(student, id, q2!, true, t0 + 11 * MINUTE)).toEqual({
			ok: false,
			reason: 'deadline'
		});
		const closed = (await attempts.getOwn(student, id, t0 + 11 * MINUTE))!;
		expect(closed.submittedAt).toBe(started.attempt.deadlineAt);
		expect([closed.score, closed.maxScore]).toEqual([1, 2]);
		expect((await attempts.savedAnswers(id)).size).toBe(1);
		const results = await resultsOf(closed);
		expect(results.visible && results.questions.map((q) => q.correct)).toEqual([true, false]);
	});

	it('a submit racing saves totals exactly the answers it let in', async () => {
		const { student, assignmentId, questionIds } = await timedClassroom({ attemptsAllowed: null });
		for (let round = 0; round < 15; round++) {
			const started = await attempts.start(student, assignmentId);
			if (!started.ok) throw new Error(started.reason);
			const id = started.attempt.id;
			// Saves and the submit in flight together, on separate connections on PostgreSQL.
			const saves = questionIds.map((q) => answers.saveResponse(student, id, q, true));
			await attempts.submit(student, id);
			const accepted = (await Promise.all(saves)).filter((r) => r.ok).length;
			const stored = (await attempts.savedAnswers(id)).size;
			expect(stored).toBe(accepted);
			expect((await attempts.getOwn(student, id))!.score).toBe(stored);
		}
	});

	// On PostgreSQL a question saved before is graded from memory and written in one statement
	// (answer-statements.ts): that statement must refuse everything the reading path refuses.
	it('a second save of a question is checked as the first: key, owner, roster, retiring, deadline', async () => {
		const { student, classId, assignmentId, questionIds } = await timedClassroom();
		const other = await makeUser('student');
		const t0 = Date.now();
		const started = await attempts.start(student, assignmentId, t0);
		if (!started.ok) throw new Error(started.reason);
		const id = started.attempt.id;
		const [q1, q2] = questionIds as [number, number];
		const save = (q: number, at = t0 + MINUTE, who = student) =>
			answers.saveResponse(who, id, q, true, at);
		const stored = async (q: number) =>
			(await db().select().from(responses).where(eq(responses.attemptId, id))).find(
				(r) => r.questionId === q
			);
		expect([await save(q1), await save(q2)]).toEqual([{ ok: true }, { ok: true }]);
		// The teacher corrects the key: the next save is graded by the new one.
		await transaction((tx) =>
			tx
				.update(questions)
				.set({ content: { kind: 'true_false', correct: false } })
				.where(eq(questions.id, q1))
		);
		expect(await save(q1)).toEqual({ ok: true });
		expect((await stored(q1))?.isCorrect).toBe(false);
		expect(await save(q1, t0 + MINUTE, other)).toEqual({ ok: false, reason: 'not-found' });
		const wrongAssignment = await answers.saveFromForm(
			student,
			{ assignmentId: assignmentId + 1, attemptId: id, questionId: q2, typedAt: null },
			() => true
		);
		expect(wrongAssignment).toEqual({ ok: false, reason: 'not-found' });
		await transaction((tx) =>
			tx.update(questions).set({ retiredAt: t0 }).where(eq(questions.id, q1))
		);
		expect(await save(q1)).toEqual({ ok: false, reason: 'not-found' });
		expect(await save(q2, t0 + 11 * MINUTE)).toEqual({ ok: false, reason: 'deadline' });
		expect((await attempts.getOwn(student, id, t0 + 11 * MINUTE))!.submittedAt).not.toBeNull();
		expect(await save(q2)).toEqual({ ok: false, reason: 'submitted' });
		await transaction((tx) =>
			tx
				.delete(enrollments)
				.where(and(eq(enrollments.classId, classId), eq(enrollments.userId, student.id)))
		);
		expect(await save(q2)).toEqual({ ok: false, reason: 'not-found' });
	});
});
