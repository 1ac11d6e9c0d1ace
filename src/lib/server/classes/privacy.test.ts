import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../../quizzes/sample-answers';
import * as answers from '../quizzes/answers';
import * as classes from './classes';
import * as phases from '../debates/phases';
import * as debates from '../debates/debates';
import * as posts from '../debates/posts';
import * as privacy from './privacy';
import * as quizzes from '../quizzes/quizzes';
import * as rubric from '../debates/rubric';
import {
	assignQuiz,
	makeClassWithArticle,
	makePublishedQuiz,
	makeUser,
	startAttempt
} from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import { getUserById } from '../auth/users';

useTestDatabase();

const RAW = `Town Council Approves New Bus Lanes\n\nThe council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.\n\nThe lanes will cost $4 million and open in March, according to the transport office.\n\nCritics, led by councillor Tom Berg, argued that shops would lose parking.`;
const FULL = { claim: 4, evidence: '3', reasoning: 3, engagement: 2, civility: 4 };

/** A class with a quiz assignment and a debate; Ana and Ben both answer, post and vote. */
async function classroom() {
	const teacher = await makeUser('teacher');
	const ana = await makeUser('student', { displayName: 'Ana Alvarez', password: 'ana-password' });
	const ben = await makeUser('student', { displayName: 'Ben Brown' });
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben], RAW, 'Civics');
	const quiz = await makePublishedQuiz(teacher, article.id);
	const assignment = await assignQuiz(teacher, klass.id, quiz.id);
	const question = (await quizzes.liveQuestions(quiz.id))[0]!;
	const debate = await debates.create(teacher, {
		articleId: article.id,
		classId: klass.id,
		motion: 'The bus lanes are worth it.',
		sideFor: 'Lanes',
		sideAgainst: 'Parking'
	});
	for (const s of [ana, ben]) {
		const attempt = await startAttempt(s, assignment.id);
		await answers.saveResponse(s, attempt.id, question.id, sampleAnswer(question.content, true));
		await debates.joinDebate(s, debate.id);
		await debates.voteStance(s, debate.id, s === ana ? 2 : 4);
	}
	await phases.advance(teacher, debate.id);
	const claim = (claimText: string) => ({
		kind: 'claim',
		parentId: null,
		claim: claimText,
		paragraph: 0,
		quote: 'voted 7 to 2',
		reasoning: 'A clear majority.'
	});
	const anaPost = await posts.create(ana, debate.id, claim('Ana says lanes help riders.'));
	const benPost = await posts.create(ben, debate.id, claim('Ben says the vote was close enough.'));
	if (!anaPost.ok || !benPost.ok) throw new Error('post refused');
	await rubric.save(teacher, debate.id, ana.id, FULL, 'Ana: strong quotes.');
	await rubric.save(teacher, debate.id, ben.id, FULL, 'Ben: keep going.');
	return { teacher, ana, ben, klass, debate, assignment };
}

describe('privacy export', () => {
	it("holds the student's own data in the class and nobody else's", async () => {
		const c = await classroom();
		const data = await privacy.exportStudentInClass(c.teacher, c.klass.id, c.ana.id);
		expect(data.profile).toMatchObject({ id: c.ana.id, displayName: 'Ana Alvarez' });
		expect(data.enrolment).toHaveLength(1);
		expect(data.attempts).toHaveLength(1);
		expect(data.attempts[0]!.answers).toHaveLength(1);
		expect(data.debates[0]).toMatchObject({ debateId: c.debate.id, stanceBefore: 2 });
		expect(data.posts.map((p) => p.claim)).toEqual(['Ana says lanes help riders.']);
		expect(data.rubric.map((r) => r.comment)).toContain('Ana: strong quotes.');
		const text = JSON.stringify(data);
		expect(text).not.toContain('Ben');
		expect(text).not.toContain('password');
		expect(text).not.toMatch(new RegExp(`"userId":${c.ben.id}\\b`));
	});

	it('refuses another teacher, a student, and a student outside the class', async () => {
		const c = await classroom();
		const stranger = await makeUser('teacher');
		const outsider = await makeUser('student');
		await expect(privacy.exportStudentInClass(stranger, c.klass.id, c.ana.id)).rejects.toThrow(
			classes.ClassNotFoundError
		);
		await expect(privacy.exportStudentInClass(c.ben, c.klass.id, c.ana.id)).rejects.toThrow(
			classes.ClassNotFoundError
		);
		await expect(privacy.exportStudentInClass(c.teacher, c.klass.id, outsider.id)).rejects.toThrow(
			privacy.StudentNotFoundError
		);
		await expect(privacy.deleteStudentFromClass(stranger, c.klass.id, c.ana.id)).rejects.toThrow(
			classes.ClassNotFoundError
		);
	});

	it("exports a user's own data across classes", async () => {
		const c = await classroom();
		const own = await privacy.exportOwnData(c.ana);
		expect(own.posts).toHaveLength(1);
		expect(own.attempts).toHaveLength(1);
		expect(JSON.stringify(own)).not.toContain('Ben');
		const teacherOwn = await privacy.exportOwnData(c.teacher);
		expect(teacherOwn.classesTaught.map((k) => k.name)).toEqual(['Civics']);
		expect(teacherOwn.attempts).toHaveLength(0);
	});
});

describe('privacy deletion', () => {
	it("erases one student's data from the class and leaves the others'", async () => {
		const c = await classroom();
		await privacy.deleteStudentFromClass(c.teacher, c.klass.id, c.ana.id);
		await expect(privacy.exportStudentInClass(c.teacher, c.klass.id, c.ana.id)).rejects.toThrow(
			privacy.StudentNotFoundError
		);
		const own = await privacy.exportOwnData(c.ana);
		expect([own.enrolment, own.attempts, own.debates, own.posts, own.rubric]).toEqual([
			[],
			[],
			[],
			[],
			[]
		]);
		const ben = await privacy.exportStudentInClass(c.teacher, c.klass.id, c.ben.id);
		expect(ben.posts).toHaveLength(1);
		expect(ben.attempts).toHaveLength(1);
		expect(ben.rubric.length).toBeGreaterThan(0);
		expect(await getUserById(c.ana.id)).not.toBeNull();
	});

	it('deletes an account only with the right password', async () => {
		const c = await classroom();
		expect(await privacy.deleteAccount(c.ana, 'wrong-password')).toBe(false);
		expect(await getUserById(c.ana.id)).not.toBeNull();
		expect(await privacy.deleteAccount(c.ana, 'ana-password')).toBe(true);
		expect(await getUserById(c.ana.id)).toBeNull();
		expect(
			(await privacy.exportStudentInClass(c.teacher, c.klass.id, c.ben.id)).posts
		).toHaveLength(1);
	});
});
