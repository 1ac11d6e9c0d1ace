import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as attempts from './attempts';
import { db } from '../db';
import { questions, quizzes as quizTable } from '../db/tables';
import * as generation from './quiz-generation';
import * as quizzes from './quizzes';
import {
	assignQuiz,
	makeArticle,
	makeClassWithArticle,
	makePublishedQuiz,
	makeQuiz,
	makeUser
} from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import type { PublicUser } from '../auth/public-user';

useTestDatabase();

const quizCount = async (teacher: PublicUser) =>
	(await db().select().from(quizTable).where(eq(quizTable.ownerId, teacher.id))).length;

const live = quizzes.liveQuestions;

describe('generate with a mix', () => {
	it('keeps only the skills asked for, at most as many as asked, and stores the skill', async () => {
		const teacher = await makeUser('teacher');
		const { article } = await makeClassWithArticle(teacher, []);
		const outcome = await generation.generate(teacher, article.id, { mix: { 'key-details': 2 } });
		if (!outcome.ok) throw new Error(outcome.reason);
		const list = await live(outcome.quiz.id);
		expect(list).toHaveLength(2);
		expect(list.map((q) => q.skill)).toEqual(['key-details', 'key-details']);
	});

	it('says why it wrote fewer than asked, and keeps the notes on the quiz', async () => {
		const teacher = await makeUser('teacher');
		const { article } = await makeClassWithArticle(teacher, []);
		const outcome = await generation.generate(teacher, article.id, { mix: { 'key-details': 10 } });
		if (!outcome.ok) throw new Error(outcome.reason);
		expect((await live(outcome.quiz.id)).length).toBeLessThan(10);
		expect(outcome.notes.length).toBeGreaterThan(0);
		expect((await quizzes.getOwned(teacher, outcome.quiz.id))?.generationNotes).toEqual(
			outcome.notes
		);
	});

	it('saves no quiz when the article has nothing of the skills asked for', async () => {
		const teacher = await makeUser('teacher');
		const article = await makeArticle(teacher, 'Short note\n\nThe hall was quiet today.', {
			title: 'Note'
		});
		const outcome = await generation.generate(teacher, article.id, { mix: { 'point-of-view': 3 } });
		expect(outcome).toMatchObject({ ok: false, code: 'no-questions' });
		expect(!outcome.ok && outcome.reason).toMatch(/^No questions could be written/);
		expect(await quizCount(teacher)).toBe(0);
	});

	it('refuses an article that is not in English in one sentence, and saves nothing', async () => {
		const teacher = await makeUser('teacher');
		const raw =
			'El consejo aprueba carriles bus\n\nEl consejo votó el martes para añadir carriles de autobús en la calle Mayor, dijo la alcaldesa Ana Ruiz.\n\nLos carriles costarán cuatro millones y se abrirán en marzo, según la oficina de transporte.\n\n«Los autobuses serán más rápidos para doce mil viajeros», dijo Ruiz.';
		const article = await makeArticle(teacher, raw, { title: 'Carriles' });
		const outcome = await generation.generate(teacher, article.id);
		expect(outcome).toMatchObject({ ok: false, code: 'refused' });
		expect(!outcome.ok && outcome.reason).toMatch(/English/);
		expect(await quizCount(teacher)).toBe(0);
	});

	it('refuses another teacher’s article as not found', async () => {
		const owner = await makeUser('teacher');
		const other = await makeUser('teacher');
		const { article } = await makeClassWithArticle(owner, []);
		await expect(generation.generate(other, article.id)).rejects.toThrow('Article not found');
	});
});

describe('replaceQuestion', () => {
	async function draftQuiz() {
		const teacher = await makeUser('teacher');
		const { klass, article } = await makeClassWithArticle(teacher, []);
		// Recall drafts: the kind any article has enough of to replace one.
		const quiz = await makeQuiz(teacher, article.id, { mix: { 'key-details': 3 } });
		return { teacher, klass, quiz, before: await live(quiz.id) };
	}

	it('puts a new draft of the same skill in the same place and retires the old one', async () => {
		const { teacher, quiz, before } = await draftQuiz();
		const target = before[1]!;
		const outcome = await generation.replaceQuestion(teacher, quiz.id, target.id);
		if (!outcome.ok) throw new Error(outcome.reason);
		const after = await live(quiz.id);
		expect(after.map((q) => q.id)).toEqual([
			before[0]!.id,
			outcome.questionId,
			...before.slice(2).map((q) => q.id)
		]);
		const fresh = after[1]!;
		expect(fresh.skill).toBe(target.skill);
		expect(fresh.source).toBe('rule');
		expect(before.map((q) => q.prompt)).not.toContain(fresh.prompt);
		const [old] = await db().select().from(questions).where(eq(questions.id, target.id));
		expect(old?.retiredAt).not.toBeNull();
	});

	it('never brings back a prompt the quiz has held, and says so when none is left', async () => {
		const { teacher, quiz, before } = await draftQuiz();
		const seen = new Set(before.map((q) => q.prompt));
		let id = before[0]!.id;
		let last: generation.ReplaceOutcome | undefined;
		for (let i = 0; i < 60; i++) {
			last = await generation.replaceQuestion(teacher, quiz.id, id);
			if (!last.ok) break;
			id = last.questionId;
			const prompt = (await live(quiz.id))[0]!.prompt;
			expect(seen.has(prompt)).toBe(false);
			seen.add(prompt);
		}
		expect(last).toEqual({
			ok: false,
			code: 'none-left',
			reason: 'No other question of this skill in this article.'
		});
		expect(await live(quiz.id)).toHaveLength(before.length);
	});

	it('refuses another teacher, another quiz’s question and an unknown id', async () => {
		const { teacher, quiz, before } = await draftQuiz();
		const stranger = await makeUser('teacher');
		await expect(generation.replaceQuestion(stranger, quiz.id, before[0]!.id)).rejects.toThrow(
			quizzes.QuizNotFoundError
		);
		const second = await draftQuiz();
		await expect(
			generation.replaceQuestion(teacher, quiz.id, second.before[0]!.id)
		).rejects.toThrow(generation.QuestionNotInQuizError);
		await expect(generation.replaceQuestion(teacher, quiz.id, 999_999)).rejects.toThrow(
			generation.QuestionNotInQuizError
		);
		expect((await live(quiz.id)).map((q) => q.id)).toEqual(before.map((q) => q.id));
	});

	it('is refused once a student has started the quiz', async () => {
		const teacher = await makeUser('teacher');
		const student = await makeUser('student');
		const { klass, article } = await makeClassWithArticle(teacher, [student]);
		const quiz = await makePublishedQuiz(teacher, article.id, { count: 3 });
		const assignment = await assignQuiz(teacher, klass.id, quiz.id);
		expect((await attempts.start(student, assignment.id)).ok).toBe(true);
		const first = (await live(quiz.id))[0]!;
		await expect(generation.replaceQuestion(teacher, quiz.id, first.id)).rejects.toThrow(
			quizzes.QuizLockedError
		);
		expect((await live(quiz.id))[0]!.id).toBe(first.id);
	});
});

describe('a teacher’s own question', () => {
	it('stores the skill chosen, and an edit can change it', async () => {
		const { teacher, quiz } = await (async () => {
			const t = await makeUser('teacher');
			const { article } = await makeClassWithArticle(t, []);
			return { teacher: t, quiz: await makeQuiz(t, article.id, { count: 2 }) };
		})();
		const input = {
			kind: 'true_false' as const,
			prompt: 'The council voted for the lanes.',
			content: { kind: 'true_false' as const, correct: true },
			explanation: '',
			evidence: null,
			points: 1,
			skill: 'inference' as const
		};
		await quizzes.addQuestion(teacher, quiz.id, input);
		const added = (await live(quiz.id)).at(-1)!;
		expect(added.skill).toBe('inference');
		await quizzes.updateQuestion(teacher, quiz.id, added.id, { ...input, skill: null });
		expect((await live(quiz.id)).at(-1)!.skill).toBeNull();
	});
});
