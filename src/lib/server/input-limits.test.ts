import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAnswer } from '../quizzes/sample-answers';
import { CHANGE_NOTE_MAX } from '../debate/stance';
import { parseForm, classForm } from '../validation';
import * as attempts from './quizzes/attempts';
import * as answers from './quizzes/answers';
import * as classes from './classes/classes';
import * as phases from './debates/phases';
import * as debates from './debates/debates';
import * as posts from './debates/posts';
import { POST_BURST } from './debates/posts';
import {
	assignQuiz,
	makeClassWithArticle,
	makePublishedQuiz,
	makeUser,
	startAttempt
} from './testing/factories';
import { useTempDatabase } from './testing/temp-db';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

async function room() {
	const teacher = await makeUser('teacher');
	const ana = await makeUser('student');
	const ben = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben]);
	const debate = await debates.create(teacher, {
		articleId: article.id,
		classId: klass.id,
		motion: 'The bus lanes are worth it.',
		sideFor: 'Lanes',
		sideAgainst: 'Parking'
	});
	await debates.joinDebate(ana, debate.id);
	await debates.joinDebate(ben, debate.id);
	await phases.advance(teacher, debate.id);
	return { teacher, ana, ben, klass, article, debate };
}

const claim = (text: string) => ({
	kind: 'claim',
	parentId: null,
	claim: text,
	paragraph: 0,
	quote: 'voted 7 to 2',
	reasoning: 'A clear majority.'
});

describe('posting limits', () => {
	it('refuses a burst of posts with a sentence saying when to post again', async () => {
		const c = await room();
		const t0 = 10_000_000;
		const results = [];
		for (let i = 0; i < 40; i++) {
			await results.push(
				await posts.create(c.ana, c.debate.id, claim(`Claim number ${i}.`), t0 + i * 50)
			);
		}
		const accepted = (await results.filter((r) => r.ok)).length;
		console.log(`40 posts in 2 s by one student: ${accepted} accepted`);
		expect(accepted).toBeLessThanOrEqual(POST_BURST + 1);
		const refused = await results.find((r) => !r.ok);
		expect(refused).toMatchObject({
			ok: false,
			errors: { form: expect.stringMatching(/Wait \d+ seconds?/) }
		});
		// A classmate is not held back, and the student can post again later.
		expect((await posts.create(c.ben, c.debate.id, claim('Ben joins in.'), t0 + 1_000)).ok).toBe(
			true
		);
		expect((await posts.create(c.ana, c.debate.id, claim('Later.'), t0 + 120_000)).ok).toBe(true);
	});

	it('stores no NUL characters', async () => {
		const c = await room();
		const made = await posts.create(c.ana, c.debate.id, claim('Lanes\u0000 help.'));
		if (!made.ok) throw new Error(JSON.stringify(made));
		expect(made.post.claim).toBe('Lanes help.');
		const parsed = parseForm(classForm, formOf({ name: 'Civics\u0000 A' }));
		expect(parsed.ok && parsed.data.name).toBe('Civics A');
	});
});

describe('reflect note', () => {
	it('is refused over its limit on the server, whatever the page allowed', async () => {
		const c = await room();
		while ((await debates.find(c.debate.id))!.phase !== 'reflect')
			await phases.advance(c.teacher, c.debate.id);
		await expect(debates.voteStance(c.ana, c.debate.id, 3, 'x'.repeat(100_000))).rejects.toThrow(
			debates.DebateRefusal
		);
		await debates.voteStance(c.ana, c.debate.id, 3, 'y'.repeat(CHANGE_NOTE_MAX));
		expect((await debates.getMember(c.debate.id, c.ana.id))?.changeNote).toHaveLength(
			CHANGE_NOTE_MAX
		);
	});
});

describe('a student removed from the class', () => {
	it('can no longer save or submit an open attempt', async () => {
		const c = await room();
		const quiz = await makePublishedQuiz(c.teacher, c.article.id);
		const quizzes = await import('./quizzes/quizzes');
		const assignment = await assignQuiz(c.teacher, c.klass.id, quiz.id);
		const question = (await quizzes.liveQuestions(quiz.id))[0]!;
		const attempt = await startAttempt(c.ana, assignment.id);
		expect(await classes.removeStudent(c.teacher, c.klass.id, c.ana.id)).toBe(true);
		const answer = sampleAnswer(question.content, true);
		expect(await answers.saveResponse(c.ana, attempt.id, question.id, answer)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await attempts.submit(c.ana, attempt.id)).toBeNull();
		expect((await attempts.getOwn(c.ana, attempt.id))?.submittedAt).toBeNull();
	});
});

function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	return form;
}

describe('autosave order', () => {
	it('keeps the answer typed last when an older save arrives after a newer one', async () => {
		const c = await room();
		const quizzes = await import('./quizzes/quizzes');
		const quiz = await makePublishedQuiz(c.teacher, c.article.id);
		const assignment = await assignQuiz(c.teacher, c.klass.id, quiz.id);
		const question = (await quizzes.liveQuestions(quiz.id))[0]!;
		const attempt = await startAttempt(c.ben, assignment.id);
		const right = sampleAnswer(question.content, true);
		const wrong = sampleAnswer(question.content, false);
		const id = attempt.id;
		// Tab B typed the right answer at t=2000; tab A's older save (t=1000) arrives late.
		expect((await answers.saveResponse(c.ben, id, question.id, right, Date.now(), 2_000)).ok).toBe(
			true
		);
		expect((await answers.saveResponse(c.ben, id, question.id, wrong, Date.now(), 1_000)).ok).toBe(
			true
		);
		expect((await attempts.savedAnswers(id)).get(question.id)).toEqual(right);
		expect((await answers.saveResponse(c.ben, id, question.id, wrong, Date.now(), 3_000)).ok).toBe(
			true
		);
		expect((await attempts.savedAnswers(id)).get(question.id)).toEqual(wrong);
	});
});
