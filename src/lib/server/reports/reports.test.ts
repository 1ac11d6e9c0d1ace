import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AssignmentSettings } from '../../quizzes/types';
import { acceptProposal, saveImport } from '../articles/article-import';
import * as assignments from '../quizzes/assignments';
import { attemptDetailRows, studentDetail } from './attempt-details';
import * as attempts from '../quizzes/attempts';
import * as answers from '../quizzes/answers';
import * as classes from '../classes';
import { db } from '../db';
import { questions, quizzes } from '../db/schema';
import { generatorPenalties } from '../quizzes/generator-feedback';
import { itemAnalysis } from '../quizzes/item-analysis';
import type { PublicUser } from '../public-user';
import { gradebook } from './reports';
import { LastQuestionError, retireQuestion } from '../quizzes/retired-questions';
import { makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';

let cleanup: () => void;
let t: Awaited<ReturnType<typeof setUp>>;
beforeAll(async () => {
	cleanup = useTempDatabase();
	t = await setUp();
});
afterAll(() => cleanup());

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const RAW = `Town Council Approves New Bus Lanes\n\nThe council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.\n\nThe lanes will cost $4 million and open in March, according to the transport office.`;

/** A published quiz of three true/false questions (answer True), so every number is by hand. */
function threeQuestionQuiz(teacher: PublicUser) {
	const article = saveImport(teacher, RAW, {
		keep: acceptProposal(RAW).keep,
		details: {
			title: 'Bus lanes',
			standfirst: null,
			byline: null,
			source: null,
			publishedOn: null
		},
		classIds: []
	})!;
	const quiz = db()
		.insert(quizzes)
		.values({ articleId: article.id, ownerId: teacher.id, title: 'Bus lanes check' })
		.returning()
		.get();
	const ids = [0, 1, 2].map(
		(position) =>
			db()
				.insert(questions)
				.values({
					quizId: quiz.id,
					position,
					prompt: `Statement ${position + 1}`,
					content: { kind: 'true_false', correct: true },
					points: 1,
					source: 'rule',
					rule: position === 2 ? 'fact-swap' : 'fact-restated',
					evidenceParagraph: 0,
					evidenceStart: 0,
					evidenceEnd: 10
				})
				.returning()
				.get().id
	);
	db()
		.update(quizzes)
		.set({ status: 'published', publishedAt: Date.now() - DAY })
		.where(eq(quizzes.id, quiz.id))
		.run();
	return { quiz, ids };
}

async function setUp() {
	const teacher = await makeUser('teacher');
	const other = await makeUser('teacher');
	const names = ['Ana', 'Ben', 'Chloé', 'Diego', 'Emma'];
	const students = await Promise.all(
		names.map((displayName) => makeUser('student', { displayName }))
	);
	const klass = classes.create(teacher, 'Civics');
	for (const s of students) classes.enrol(klass.id, s.id);
	const { quiz, ids } = threeQuestionQuiz(teacher);
	const assign = (settings: Partial<AssignmentSettings>, dueAt: number) =>
		assignments.create(teacher, {
			classId: klass.id,
			quizId: quiz.id,
			opensAt: NOW - 5 * DAY,
			dueAt,
			settings: { ...DEFAULT_SETTINGS, attemptsAllowed: 2, ...settings }
		});
	const first = assign({ counts: 'best' }, NOW + DAY);
	const second = assign({ counts: 'last' }, NOW - DAY);
	/** Answers the three questions right (1) or wrong (0) and submits at `at`. */
	const take = (student: PublicUser, assignmentId: number, marks: number[], at: number) => {
		const started = attempts.start(student, assignmentId, at - 1000);
		if (!started.ok) throw new Error(started.reason);
		marks.forEach((m, j) =>
			answers.saveResponse(student, started.attempt.id, ids[j]!, m === 1, at - 500)
		);
		return attempts.submit(student, started.attempt.id, at)!;
	};
	const [ana, ben, chloe, diego, emma] = students as [PublicUser, ...PublicUser[]];
	take(ana, first.id, [1, 1, 1], NOW - 4 * DAY);
	take(ben!, first.id, [1, 1, 0], NOW - 4 * DAY);
	take(ben!, first.id, [1, 0, 0], NOW - 3 * DAY);
	take(chloe!, first.id, [1, 0, 0], NOW - 4 * DAY);
	take(diego!, first.id, [0, 0, 0], NOW - 4 * DAY);
	attempts.start(emma!, first.id, NOW - 1000);
	take(ana, second.id, [1, 0, 0], NOW - 2 * DAY);
	take(ana, second.id, [1, 1, 0], NOW - DAY / 2);
	return { teacher, other, klass, quiz, ids, first, second, ana, ben: ben!, emma: emma! };
}

describe('gradebook, detail and item analysis on a real database', () => {
	it('counts best or last per settings, with states in words and class averages', () => {
		const book = gradebook(t.teacher, t.klass.id, NOW)!;
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

	it('answers null to another teacher', () => {
		expect(gradebook(t.other, t.klass.id, NOW)).toBeNull();
		expect(studentDetail(t.other, t.klass.id, t.ana.id, NOW)).toBeNull();
		expect(attemptDetailRows(t.other, t.klass.id, NOW)).toBeNull();
		expect(itemAnalysis(t.other, t.first.id)).toBeNull();
	});

	it("opens a student's attempts and answers", () => {
		const detail = studentDetail(t.teacher, t.klass.id, t.ben.id, NOW)!;
		const [attempt1, attempt2] = detail.assignments[0]!.attempts;
		expect(attempt1!.answers.map((a) => [a.answer, a.correct])).toEqual([
			['True', true],
			['True', true],
			['False', false]
		]);
		expect(attempt2!.score).toBe(1);
		expect(studentDetail(t.teacher, t.klass.id, t.other.id, NOW)).toBeNull();
	});

	it('writes one detail row per answer of every attempt', () => {
		const rows = attemptDetailRows(t.teacher, t.klass.id, NOW)!;
		// 7 attempts with 3 questions each (Emma's open attempt lists 3 unanswered ones).
		expect(rows).toHaveLength(1 + 8 * 3);
		expect(rows[0]![0]).toBe('Student');
	});

	it('computes p, corrected point-biserial, SD and KR-20 over first attempts', () => {
		const { test } = itemAnalysis(t.teacher, t.first.id)!;
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

	it('takes every attempt on request', () => {
		expect(itemAnalysis(t.teacher, t.first.id, 'all')!.test.attempts).toBe(5);
	});

	it('retires a question: scores recomputed, analysis and generator updated', () => {
		retireQuestion(t.teacher, t.quiz.id, t.ids[2]!);
		const book = gradebook(t.teacher, t.klass.id, NOW)!;
		const ben = book.rows.find((r) => r.student.displayName === 'Ben')!;
		expect(ben.cells[0]!.percent).toBe(100);
		expect(itemAnalysis(t.teacher, t.first.id)!.questions).toHaveLength(2);
		const penalties = generatorPenalties(t.teacher);
		expect(penalties.rules).toEqual({ 'fact-swap': 1 });
		expect(penalties.sentences).toHaveLength(1);
		expect(generatorPenalties(t.other)).toEqual({ rules: {}, sentences: [] });
	});

	it('refuses to retire the last question', () => {
		retireQuestion(t.teacher, t.quiz.id, t.ids[1]!);
		expect(() => retireQuestion(t.teacher, t.quiz.id, t.ids[0]!)).toThrow(LastQuestionError);
	});
});
