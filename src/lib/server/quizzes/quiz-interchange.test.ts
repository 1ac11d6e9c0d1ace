import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../quizzes/interchange';
import { ArticleNotFoundError, paragraphTexts } from '../articles/articles';
import * as interchange from './quiz-interchange';
import * as quizzes from './quizzes';
import { makeClassWithArticle, makeQuiz, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

/** A generated quiz plus the two kinds only teachers write, so every stored path is covered. */
async function quizWithEveryPath() {
	const teacher = await makeUser('teacher');
	const { article } = await makeClassWithArticle(teacher, []);
	const quiz = await makeQuiz(teacher, article.id);
	const evidence = { paragraph: 1, start: 4, end: 11 };
	await quizzes.addQuestion(teacher, quiz.id, {
		prompt: 'Order these & <b>',
		content: {
			kind: 'ordering',
			items: [
				{ id: 'a', text: 'Vote' },
				{ id: 'b', text: 'Lanes open' }
			]
		},
		explanation: 'See {paragraph} 2.',
		evidence,
		points: 2,
		skill: 'sequence'
	});
	await quizzes.addQuestion(teacher, quiz.id, {
		prompt: 'Which are true?',
		content: {
			kind: 'multi_select',
			options: [
				{ id: 'a', text: 'March' },
				{ id: 'b', text: 'Main Street' },
				{ id: 'c', text: 'June' }
			],
			correctOptionIds: ['a', 'b']
		},
		explanation: '',
		evidence: null,
		points: 1,
		skill: null
	});
	return { teacher, article, quiz };
}

/** What must survive a trip: everything but ids, positions and the generator's rule name. */
async function travelling(quizId: number) {
	return (await quizzes.liveQuestions(quizId)).map((q) => ({
		prompt: q.prompt,
		content: q.content,
		explanation: q.explanation,
		points: q.points,
		skill: q.skill,
		evidence: [q.evidenceParagraph, q.evidenceStart, q.evidenceEnd]
	}));
}

describe('quiz interchange', () => {
	it.each(FORMATS)('exports as %s and imports back into an equal draft quiz', async (format) => {
		const { teacher, article, quiz } = await quizWithEveryPath();
		const download = (await interchange.exportQuiz(teacher, quiz.id, format))!;
		expect(download.filename).toMatch(new RegExp(`^quiz-bus-lanes-${quiz.id}\\.`));
		const bytes =
			typeof download.body === 'string' ? new TextEncoder().encode(download.body) : download.body;
		const outcome = await interchange.importQuiz(teacher, article.id, format, bytes);
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome.skipped).toEqual([]);
		expect(outcome.unanchored).toBe(0);
		expect(outcome.quiz).toMatchObject({
			status: 'draft',
			articleId: article.id,
			ownerId: teacher.id
		});
		expect(await travelling(outcome.quiz.id)).toEqual(await travelling(quiz.id));
		// Every kind round-trips in the format tests (interchange/*.test.ts); here, the stored path.
		expect(
			new Set((await travelling(quiz.id)).map((q) => q.content.kind)).size
		).toBeGreaterThanOrEqual(3);
	});

	it('exports only to the owner: another teacher and a student get nothing', async () => {
		const { quiz } = await quizWithEveryPath();
		const other = await makeUser('teacher');
		const student = await makeUser('student');
		expect(await interchange.exportQuiz(other, quiz.id, 'moodle')).toBeNull();
		expect(await interchange.exportQuiz(student, quiz.id, 'gift')).toBeNull();
		expect(await interchange.portable(other, quiz.id)).toBeNull();
	});

	it('imports only onto an article the teacher owns', async () => {
		const { teacher, article, quiz } = await quizWithEveryPath();
		const other = await makeUser('teacher');
		const body = (await interchange.exportQuiz(teacher, quiz.id, 'gift'))!.body as string;
		const bytes = new TextEncoder().encode(body);
		await expect(interchange.importQuiz(other, article.id, 'gift', bytes)).rejects.toThrow(
			ArticleNotFoundError
		);
		expect(await quizzes.listForArticle(other, article.id)).toEqual([]);
	});

	it('saves nothing from a malformed file and says why', async () => {
		const { teacher, article, quiz } = await quizWithEveryPath();
		const before = (await quizzes.listForArticle(teacher, article.id)).length;
		const xml = (await interchange.exportQuiz(teacher, quiz.id, 'moodle'))!.body as string;
		const cut = new TextEncoder().encode(xml.slice(0, xml.length - 20));
		const outcome = await interchange.importQuiz(teacher, article.id, 'moodle', cut);
		expect(outcome).toEqual({
			ok: false,
			reason: expect.stringMatching(/^This is not a readable Moodle XML file: it has .*\.$/)
		});
		const onlyEssays = new TextEncoder().encode(
			'<quiz><question type="essay"><name><text>E</text></name></question></quiz>'
		);
		expect(await interchange.importQuiz(teacher, article.id, 'moodle', onlyEssays)).toEqual({
			ok: false,
			reason:
				'None of the file’s questions can be used here: E (Standpoint has no “essay” questions).'
		});
		expect(await quizzes.listForArticle(teacher, article.id)).toHaveLength(before);
	});

	it('finds evidence again by its words, and counts what this article lacks', async () => {
		const { teacher, article } = await quizWithEveryPath();
		const gift = `::Q::[plain]Where? {=Main Street ####Evidence (paragraph 9)\\: “bus lanes on Main Street”}\n\n::R::[plain]When? {=March ####Evidence (paragraph 1)\\: “words not in the article”}`;
		const outcome = await interchange.importQuiz(
			teacher,
			article.id,
			'gift',
			new TextEncoder().encode(gift)
		);
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome.unanchored).toBe(1);
		const [found, missing] = await quizzes.liveQuestions(outcome.quiz.id);
		const paragraphs = await paragraphTexts(article.id);
		const at = paragraphs.findIndex((p) => p.includes('bus lanes on Main Street'));
		expect(at).toBeGreaterThanOrEqual(0);
		expect(found!.evidenceParagraph).toBe(at);
		expect(paragraphs[at]!.slice(found!.evidenceStart!, found!.evidenceEnd!)).toBe(
			'bus lanes on Main Street'
		);
		expect(missing!.evidenceParagraph).toBeNull();
	});
});
