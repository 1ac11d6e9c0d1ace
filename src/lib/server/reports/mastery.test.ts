import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Skill } from '../../quizgen/skills';
import type { SkillResult } from '../../reports/mastery';
import type { FeedbackPolicy } from '../../quizzes/types';
import * as attempts from '../quizzes/attempts';
import * as classes from '../classes/classes';
import { transaction } from '../db';
import { questions } from '../db/tables';
import * as mastery from './mastery';
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

async function setUp() {
	const teacher = await makeUser('teacher');
	const other = await makeUser('teacher');
	const [ana, ben, cleo] = await makeStudents(['Ana', 'Ben', 'Cleo']);
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben, cleo]);
	const skills: (Skill | null)[] = ['central-idea', 'central-idea', 'word-meaning', null];
	const { quiz, ids } = await makeTrueFalseQuiz(
		teacher,
		article.id,
		skills.map((skill) => ({ skill }))
	);
	const assign = (feedback: FeedbackPolicy) =>
		assignQuiz(teacher, klass.id, quiz.id, {
			opensAt: NOW - 5 * DAY,
			dueAt: NOW + DAY,
			settings: { feedback }
		});
	const open = await assign('after_submit');
	const hidden = await assign('never');
	await takeQuiz(ana, open.id, ids, [1, 0, 0, 1], NOW - 3 * DAY);
	await takeQuiz(ben, open.id, ids, [0, 0, 1, 0], NOW - 3 * DAY);
	await takeQuiz(ana, hidden.id, ids, [0, 0, 0, 0], NOW - 2 * DAY);
	// Cleo starts but never submits: nothing of hers is scored yet.
	await attempts.start(cleo, open.id, NOW - DAY);
	return { teacher, other, klass, ids, ana: ana, ben: ben, cleo: cleo };
}

const result = (results: SkillResult[] | undefined, skill: Skill) =>
	results?.find((r) => r.skill === skill);

describe('mastery by skill on a real database', () => {
	it('counts every submitted answer on a question with a skill, for the class', async () => {
		const found = (await mastery.forClass(t.teacher, t.klass.id))!;
		// Central idea: Ana 1+0 then 0+0, Ben 0+0 → 1 of 6. Word meaning: 0, 1, 0 → 1 of 3.
		expect(result(found.skills, 'central-idea')).toMatchObject({ answered: 6 });
		expect(result(found.skills, 'central-idea')?.share).toBeCloseTo(1 / 6);
		expect(result(found.skills, 'word-meaning')?.share).toBeCloseTo(1 / 3);
		expect(result(found.skills, 'key-details')?.answered).toBe(0);
		const ana = found.students.find((s) => s.student.id === t.ana.id)!;
		expect(result(ana.skills, 'central-idea')).toMatchObject({ answered: 4, share: 0.25 });
		const cleo = found.students.find((s) => s.student.id === t.cleo.id)!;
		expect(cleo.skills.every((r) => r.answered === 0)).toBe(true);
	});

	it('leaves out retired questions', async () => {
		await transaction((tx) =>
			tx.update(questions).set({ retiredAt: NOW }).where(eq(questions.id, t.ids[2]!))
		);
		const found = (await mastery.forClass(t.teacher, t.klass.id))!;
		expect(result(found.skills, 'word-meaning')?.answered).toBe(0);
		await transaction((tx) =>
			tx.update(questions).set({ retiredAt: null }).where(eq(questions.id, t.ids[2]!))
		);
	});

	it('shows a student only answers whose feedback the assignment shows', async () => {
		const own = (await mastery.forStudent(t.ana, t.klass.id, NOW))!;
		// The "never" assignment's answers stay out: 1 of 2 on central idea, not 1 of 4.
		expect(result(own, 'central-idea')).toMatchObject({ answered: 2, share: 0.5 });
	});

	it('answers null to another teacher, a student of another class, or a removed student', async () => {
		expect(await mastery.forClass(t.other, t.klass.id)).toBeNull();
		expect(await mastery.forClass(t.ana, t.klass.id)).toBeNull();
		const outsider = await makeUser('student');
		expect(await mastery.forStudent(outsider, t.klass.id, NOW)).toBeNull();
		await classes.removeStudent(t.teacher, t.klass.id, t.ben.id);
		const found = (await mastery.forClass(t.teacher, t.klass.id))!;
		expect(found.students.some((s) => s.student.id === t.ben.id)).toBe(false);
		expect(result(found.skills, 'word-meaning')?.answered).toBe(2);
	});
});
