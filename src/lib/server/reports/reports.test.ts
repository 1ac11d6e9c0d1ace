import { describe, expect, it } from 'vitest';
import type { AssignmentSettings } from '../../quizzes/types';
import { attemptDetailRows, studentDetail } from './attempt-details';
import * as attempts from '../quizzes/attempts';
import { generatorPenalties } from '../quizzes/generator-feedback';
import { itemAnalysis } from '../quizzes/item-analysis';
import type { PublicUser } from '../auth/public-user';
import { gradebook } from './reports';
import { LastQuestionError, retireQuestion } from '../quizzes/retired-questions';
import {
	assignQuiz,
	makeClassWithArticle,
	makeStudents,
	makeTrueFalseQuiz,
	makeUser,
	takeQuiz
} from '../testing/factories';
import { useTestDatabaseWith } from '../testing/test-database';

const t = useTestDatabaseWith(setUp);

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const evidence = { paragraph: 0, start: 0, end: 10 };
/** Three true/false questions (answer True); the generator's `fact-swap` wrote the third. */
const QUESTIONS = ['fact-restated', 'fact-restated', 'fact-swap'].map((rule) => ({
	rule,
	evidence
}));

async function setUp() {
	const teacher = await makeUser('teacher');
	const other = await makeUser('teacher');
	const students = await makeStudents(['Ana', 'Ben', 'Chloé', 'Diego', 'Emma']);
	const { klass, article } = await makeClassWithArticle(teacher, students);
	const { quiz, ids } = await makeTrueFalseQuiz(teacher, article.id, QUESTIONS);
	const assign = (counts: AssignmentSettings['counts'], dueAt: number) =>
		assignQuiz(teacher, klass.id, quiz.id, {
			opensAt: NOW - 5 * DAY,
			dueAt,
			settings: { attemptsAllowed: 2, counts }
		});
	const first = await assign('best', NOW + DAY);
	const second = await assign('last', NOW - DAY);
	const take = (student: PublicUser, assignmentId: number, marks: (0 | 1)[], at: number) =>
		takeQuiz(student, assignmentId, ids, marks, at);
	const [ana, ben, chloe, diego, emma] = students;
	await take(ana, first.id, [1, 1, 1], NOW - 4 * DAY);
	await take(ben, first.id, [1, 1, 0], NOW - 4 * DAY);
	await take(ben, first.id, [1, 0, 0], NOW - 3 * DAY);
	await take(chloe, first.id, [1, 0, 0], NOW - 4 * DAY);
	await take(diego, first.id, [0, 0, 0], NOW - 4 * DAY);
	await attempts.start(emma, first.id, NOW - 1000);
	await take(ana, second.id, [1, 0, 0], NOW - 2 * DAY);
	await take(ana, second.id, [1, 1, 0], NOW - DAY / 2);
	return { teacher, other, klass, quiz, ids, first, second, ana, ben: ben, emma: emma };
}

describe('gradebook, detail and item analysis on a real database', () => {
	it('counts best or last per settings, with states in words and class averages', async () => {
		const book = (await gradebook(t.teacher, t.klass.id, NOW))!;
		expect(book.columns.map((c) => (c.kind === 'quiz' ? c.counts : null))).toEqual([
			'best',
			'last'
		]);
		const byName = Object.fromEntries(book.rows.map((r) => [r.student.displayName, r]));
		// Ben: 2/3 then 1/3, best counts. Ana's second: 1/3 then 2/3 late, last counts.
		expect(byName.Ben!.cells[0]).toMatchObject({ state: 'submitted', attempts: 2 });
		expect(byName.Ben!.cells[0]!.percent).toBeCloseTo(66.667, 2);
		expect(byName.Ana!.cells[1]).toMatchObject({ state: 'late', attempts: 2 });
		expect(byName.Ana!.cells[1]!.percent).toBeCloseTo(66.667, 2);
		expect(byName.Emma!.cells[0]).toMatchObject({ state: 'in-progress', percent: null });
		expect(byName.Ben!.cells[1]).toMatchObject({ state: 'missing', percent: null });
		// (100 + 66.67 + 33.33 + 0) / 4 = 50; the second column has only Ana.
		expect(book.averages[0]).toBeCloseTo(50, 6);
		expect(book.averages[1]).toBeCloseTo(66.667, 2);
		expect(byName.Ana!.average).toBeCloseTo((100 + 66.667) / 2, 2);
	});

	it('answers null to another teacher', async () => {
		expect(await gradebook(t.other, t.klass.id, NOW)).toBeNull();
		expect(await studentDetail(t.other, t.klass.id, t.ana.id, NOW)).toBeNull();
		expect(await attemptDetailRows(t.other, t.klass.id, NOW)).toBeNull();
		expect(await itemAnalysis(t.other, t.first.id)).toBeNull();
	});

	it("opens a student's attempts and answers", async () => {
		const detail = (await studentDetail(t.teacher, t.klass.id, t.ben.id, NOW))!;
		const [attempt1, attempt2] = detail.assignments[0]!.attempts;
		expect(attempt1!.answers.map((a) => [a.answer, a.correct])).toEqual([
			['True', true],
			['True', true],
			['False', false]
		]);
		expect(attempt2!.score).toBe(1);
		expect(await studentDetail(t.teacher, t.klass.id, t.other.id, NOW)).toBeNull();
	});

	it('writes one detail row per answer of every attempt', async () => {
		const rows = (await attemptDetailRows(t.teacher, t.klass.id, NOW))!;
		// 7 attempts with 3 questions each (Emma's open attempt lists 3 unanswered ones).
		expect(rows).toHaveLength(1 + 8 * 3);
		expect(rows[0]![0]).toBe('Student');
	});

	it('computes p, corrected point-biserial, SD and KR-20 over first attempts', async () => {
		const { test } = (await itemAnalysis(t.teacher, t.first.id))!;
		// Rows [1,1,1], [1,1,0], [1,0,0], [0,0,0]: p = .75, .5, .25; totals 3, 2, 1, 0.
		expect(test.attempts).toBe(4);
		expect(test.items.map((i) => i.difficulty)).toEqual([0.75, 0.5, 0.25]);
		expect(test.mean).toBe(1.5);
		expect(test.standardDeviation).toBeCloseTo(Math.sqrt(1.25), 10);
		// KR-20 = 3/2 · (1 − (.1875 + .25 + .1875) / 1.25) = 0.75.
		expect(test.reliability).toEqual({ method: 'KR-20', value: expect.closeTo(0.75, 10) });
		// Item 1 against the rest [2,1,0,0]: r = .75 / √(.75 · 2.75) = 0.5222.
		expect(test.items[0]!.discrimination).toBeCloseTo(0.52223, 4);
		expect(test.items[1]!.discrimination).toBeCloseTo(Math.SQRT1_2, 10);
		expect(test.items[0]!.options.map((o) => o.count)).toEqual([3, 1]);
	});

	it('takes every attempt on request', async () => {
		expect((await itemAnalysis(t.teacher, t.first.id, 'all'))!.test.attempts).toBe(5);
	});

	it('retires a question: scores recomputed, analysis and generator updated', async () => {
		await retireQuestion(t.teacher, t.quiz.id, t.ids[2]!);
		const book = (await gradebook(t.teacher, t.klass.id, NOW))!;
		const ben = book.rows.find((r) => r.student.displayName === 'Ben')!;
		expect(ben.cells[0]!.percent).toBe(100);
		expect((await itemAnalysis(t.teacher, t.first.id))!.questions).toHaveLength(2);
		const penalties = await generatorPenalties(t.teacher);
		expect(penalties.rules).toEqual({ 'fact-swap': 1 });
		expect(penalties.sentences).toHaveLength(1);
		expect(await generatorPenalties(t.other)).toEqual({ rules: {}, sentences: [] });
	});

	it('refuses to retire the last question', async () => {
		await retireQuestion(t.teacher, t.quiz.id, t.ids[1]!);
		await expect(retireQuestion(t.teacher, t.quiz.id, t.ids[0]!)).rejects.toThrow(
			LastQuestionError
		);
	});
});
