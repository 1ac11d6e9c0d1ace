import { describe, expect, it } from 'vitest';
import * as classes from './classes';
import { db } from '../db';
import * as debates from '../debates/debates';
import type { PublicUser } from '../auth/public-user';
import { dataInClassQuery, hasDataInClass } from './privacy';
import {
	makeAssignedQuiz,
	makeClassWithArticle,
	makeDebate,
	makeUser,
	startAttempt
} from '../testing/factories';

type DebateTarget = { classId: number; articleId: number };
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

/** A debate on the class's article, which the student joins. */
async function joinDebate(teacher: PublicUser, target: DebateTarget, student: PublicUser) {
	const debate = await makeDebate(teacher, target);
	await debates.joinDebate(student, debate.id);
}

describe('whether a student has data in a class', () => {
	it('is true while enrolled, and after removal while an attempt or a debate remains', async () => {
		const teacher = await makeUser('teacher');
		const [idle, taker, debater, outsider] = await Promise.all(
			['idle', 'taker', 'debater', 'outsider'].map(() => makeUser('student'))
		);
		const { klass, article } = await makeClassWithArticle(teacher, [idle!, taker!, debater!]);
		const { klass: other } = await makeClassWithArticle(teacher, [outsider!], undefined, 'Other');
		const { assignment } = await makeAssignedQuiz(
			teacher,
			{ classId: klass.id, articleId: article.id },
			1
		);
		await startAttempt(taker!, assignment.id);
		await joinDebate(teacher, { classId: klass.id, articleId: article.id }, debater!);
		for (const s of [taker!, debater!]) await classes.removeStudent(teacher, klass.id, s.id);

		expect(await hasDataInClass(idle!.id, klass.id)).toBe(true);
		expect(await hasDataInClass(taker!.id, klass.id)).toBe(true);
		expect(await hasDataInClass(debater!.id, klass.id)).toBe(true);
		expect(await hasDataInClass(outsider!.id, klass.id)).toBe(false);
		expect(await hasDataInClass(outsider!.id, other.id)).toBe(true);
		expect(await hasDataInClass(taker!.id, other.id)).toBe(false);

		await classes.removeStudent(teacher, klass.id, idle!.id);
		expect(await hasDataInClass(idle!.id, klass.id)).toBe(false);
	});

	it('looks rows up through indexes, never scanning a table', () => {
		const query = dataInClassQuery(1, 1).toSQL();
		const plan = db()
			.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
			.all(...query.params) as { detail: string }[];
		const details = plan.map((row) => row.detail);
		expect(details.some((d) => d.startsWith('SEARCH'))).toBe(true);
		expect(details.filter((d) => d.startsWith('SCAN'))).toEqual([]);
	});
});
