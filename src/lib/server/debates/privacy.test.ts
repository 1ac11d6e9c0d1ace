import { describe, expect, it } from 'vitest';
import { pseudonym } from '../../debate/pseudonyms';
import type { PublicUser } from '../auth/public-user';
import * as phases from './phases';
import * as results from './results';
import * as debates from './debates';
import * as room from './room';
import { makeClassWithArticle, makeDebate, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

/** A class of six in one named and one anonymous debate, both at Reflect. */
async function twoDebates() {
	const teacher = await makeUser('teacher');
	const students: PublicUser[] = [];
	for (let i = 0; i < 6; i++) students.push(await makeUser('student'));
	const { klass, article } = await makeClassWithArticle(teacher, students);
	const open = async (anonymous: boolean) => {
		const debate = await makeDebate(
			teacher,
			{ classId: klass.id, articleId: article.id },
			{ anonymous }
		);
		for (const s of students) await debates.joinDebate(s, debate.id);
		while ((await debates.find(debate.id))!.phase !== 'reflect')
			await phases.advance(teacher, debate.id);
		return debate;
	};
	return { teacher, students, named: await open(false), anonymous: await open(true) };
}

describe('anonymous debates', () => {
	it('give pseudonyms nobody can compute from the debate and user ids', async () => {
		const c = await twoDebates();
		const viewer = c.students[0]!;
		const shown = await results.results(viewer, c.anonymous.id);
		if (!shown.open) throw new Error('results closed');
		const names = shown.students.map((s) => s.name);
		const unkeyed = c.students.map((s) =>
			s === viewer ? 'You' : pseudonym(String(c.anonymous.id), s.id)
		);
		const matches = names.filter((name) => unkeyed.includes(name)).length;
		expect(matches).toBeLessThan(3);
	});

	it('expose no user ids to students: results and room', async () => {
		const c = await twoDebates();
		const viewer = c.students[1]!;
		for (const debate of [c.anonymous, c.named]) {
			const text = JSON.stringify([
				await results.results(viewer, debate.id),
				await room.view(viewer, debate.id)
			]);
			expect(text).not.toMatch(/"(studentId|userId|authorId)"/);
		}
		const forTeacher = await results.results(c.teacher, c.anonymous.id);
		if (!forTeacher.open) throw new Error('results closed');
		expect(forTeacher.students.map((s) => s.name)).toContain(c.students[2]!.displayName);
	});
});

describe('stance vote privacy', () => {
	it('shows no per-side breakdown for sides of fewer than five students', async () => {
		const c = await twoDebates();
		const shown = await results.results(c.students[0]!, c.named.id);
		if (!shown.open) throw new Error('results closed');
		// Six students, balanced: three a side.
		expect(shown.swing.bySide).toEqual({ for: null, against: null });
		expect(shown.swing.room.members).toBe(6);
		expect(shown.swing.minGroup).toBe(5);
	});
});
