import { describe, expect, it } from 'vitest';
import * as attempts from './attempts';
import * as classes from '../classes/classes';
import * as reports from './question-reports';
import {
	makeAssignedQuiz,
	makeClassWithArticle,
	makeStudents,
	makeUser,
	startAttempt
} from '../testing/factories';
import { useTestDatabaseWith } from '../testing/test-database';

const t = useTestDatabaseWith(setUp);

const NOW = 1_800_000_000_000;

async function setUp() {
	const teacher = await makeUser('teacher');
	const other = await makeUser('teacher');
	const [ana, ben] = await makeStudents(['Ana', 'Ben']);
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben]);
	const target = { classId: klass.id, articleId: article.id };
	const { ids, assignment } = await makeAssignedQuiz(teacher, target, 2, {
		opensAt: NOW - 1000,
		settings: { attemptsAllowed: 2 }
	});
	const [q1, q2] = ids;
	const anaAttempt = await startAttempt(ana, assignment.id, NOW);
	await attempts.submit(ana, anaAttempt.id, NOW + 10);
	const benOpen = await startAttempt(ben, assignment.id, NOW);
	return {
		teacher,
		other,
		klass,
		assignment,
		q1: q1!,
		q2: q2!,
		ana: ana,
		ben: ben,
		anaAttempt,
		benOpen
	};
}

describe('question reports on a real database', () => {
	it('records a report on a submitted attempt, and a second one replaces the first', async () => {
		const input = { questionId: t.q1, reason: 'two-answers' as const, note: 'B fits too' };
		expect(await reports.report(t.ana, t.anaAttempt.id, input, NOW + 20)).toEqual({ ok: true });
		expect(
			await reports.report(
				t.ana,
				t.anaAttempt.id,
				{ ...input, reason: 'unclear', note: '' },
				NOW + 30
			)
		).toEqual({ ok: true });
		const seen = (await reports.forAssignment(t.teacher, t.assignment.id))!;
		expect(seen.get(t.q1)).toEqual([
			{ reason: 'unclear', note: '', student: 'Ana', createdAt: NOW + 30 }
		]);
		expect(seen.has(t.q2)).toBe(false);
		expect(await reports.reportedBy(t.ana, [t.q1, t.q2])).toEqual([t.q1]);
	});

	it('refuses an open attempt, another student’s attempt, and a question of another quiz', async () => {
		const input = { questionId: t.q1, reason: 'wrong-answer' as const, note: '' };
		expect(await reports.report(t.ben, t.benOpen.id, input, NOW + 20)).toEqual({
			ok: false,
			reason: 'not-submitted'
		});
		expect(await reports.report(t.ben, t.anaAttempt.id, input, NOW + 20)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await reports.report(t.ana, t.anaAttempt.id, { ...input, questionId: 999_999 }, NOW + 20)
		).toEqual({ ok: false, reason: 'not-found' });
	});

	it('refuses a student removed from the class, and shows nothing to another teacher', async () => {
		expect(await reports.forAssignment(t.other, t.assignment.id)).toBeNull();
		await classes.removeStudent(t.teacher, t.klass.id, t.ana.id);
		const input = { questionId: t.q2, reason: 'unclear' as const, note: '' };
		expect(await reports.report(t.ana, t.anaAttempt.id, input, NOW + 40)).toEqual({
			ok: false,
			reason: 'not-found'
		});
	});
});
