import { beforeAll, describe, expect, it } from 'vitest';
import * as attempts from './attempts';
import { generatorPenalties } from './generator-feedback';
import { itemAnalysis } from './item-analysis';
import { LastQuestionError, retireQuestion } from './retired-questions';
import { makeAssignedQuiz, makeClassWithArticle, makeUser, takeQuiz } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

const NOW = 1_800_000_000_000;
const evidence = { paragraph: 0, start: 0, end: 10 };

/**
 * Three students on three true/false questions (the generator's `fact-swap` wrote the third),
 * on both engines: the stored answers are read raw (JSON text on SQLite, jsonb on PostgreSQL).
 */
async function setUp() {
	const teacher = await makeUser('teacher');
	const other = await makeUser('teacher');
	const students = await Promise.all([1, 2, 3].map(() => makeUser('student')));
	const { klass, article } = await makeClassWithArticle(teacher, students);
	const { quiz, ids, assignment } = await makeAssignedQuiz(
		teacher,
		{ classId: klass.id, articleId: article.id },
		['fact-restated', 'fact-restated', 'fact-swap'].map((rule) => ({ rule, evidence })),
		{ opensAt: NOW - 1000, settings: { attemptsAllowed: 2 } }
	);
	const [ana, ben, cleo] = students;
	const taken = [
		await takeQuiz(ana!, assignment.id, ids, [1, 1, 1], NOW),
		await takeQuiz(ben!, assignment.id, ids, [1, 1, 0], NOW + 10_000),
		await takeQuiz(cleo!, assignment.id, ids, [1, 0, 0], NOW + 20_000),
		// A second attempt: only `all` counts it.
		await takeQuiz(cleo!, assignment.id, ids, [0, 0, 0], NOW + 30_000)
	];
	return { teacher, other, quiz, ids, assignment, ben: ben!, benAttempt: taken[1]! };
}

let t: Awaited<ReturnType<typeof setUp>>;
beforeAll(async () => {
	t = await setUp();
});

describe('item analysis, retiring and the generator’s penalties (both dialects)', () => {
	it('analyses first attempts from the stored answers, and every attempt on request', async () => {
		const first = (await itemAnalysis(t.teacher, t.assignment.id))!;
		expect(first.assignment.title).toBe('True or false');
		expect(first.test.attempts).toBe(3);
		expect(first.test.items.map((i) => i.difficulty)).toEqual([1, 2 / 3, 1 / 3]);
		// The saved answers themselves reach the options: True chosen by 3, 2 and 1 students.
		expect(first.test.items.map((i) => i.options.map((o) => o.count))).toEqual([
			[3, 0],
			[2, 1],
			[1, 2]
		]);
		expect((await itemAnalysis(t.teacher, t.assignment.id, 'all'))!.test.attempts).toBe(4);
		expect(await itemAnalysis(t.other, t.assignment.id)).toBeNull();
	});

	it('retires a question: submitted scores recomputed, analysis and penalties follow', async () => {
		await retireQuestion(t.teacher, t.quiz.id, t.ids[2]!);
		const ben = (await attempts.getOwn(t.ben, t.benAttempt.id))!;
		expect([ben.score, ben.maxScore]).toEqual([2, 2]);
		expect((await itemAnalysis(t.teacher, t.assignment.id))!.questions).toHaveLength(2);
		const penalties = await generatorPenalties(t.teacher);
		expect(penalties.rules).toEqual({ 'fact-swap': 1 });
		expect(penalties.sentences).toHaveLength(1);
		expect(await generatorPenalties(t.other)).toEqual({ rules: {}, sentences: [] });
	});

	it('refuses another teacher, and the last question', async () => {
		await expect(retireQuestion(t.other, t.quiz.id, t.ids[0]!)).rejects.toThrow('Quiz not found');
		await retireQuestion(t.teacher, t.quiz.id, t.ids[1]!);
		await expect(retireQuestion(t.teacher, t.quiz.id, t.ids[0]!)).rejects.toThrow(
			LastQuestionError
		);
	});
});
