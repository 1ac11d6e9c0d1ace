import { describe, expect, it } from 'vitest';
import { PHASE_ORDER } from '../../debate/phases';
import * as classes from './classes';
import { db } from '../db';
import { dataInClassQuery, hasDataInClass } from './privacy';
import {
	makeAssignedQuiz,
	makeClassWithArticle,
	makeUser,
	startAttempt
} from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

/** A debate row and its member, written directly: only their existence is under test. */
function joinDebate(classId: number, articleId: number, userId: number) {
	const sqlite = db().$client;
	const debate = sqlite
		.prepare(
			`INSERT INTO debates (article_id, class_id, motion, side_for, side_against, phase, clock, settings)
			 VALUES (?, ?, 'Motion', 'For', 'Against', ?, '{}', '{}')`
		)
		.run(articleId, classId, PHASE_ORDER[0]).lastInsertRowid;
	sqlite
		.prepare('INSERT INTO debate_members (debate_id, user_id, joined_at) VALUES (?, ?, 0)')
		.run(debate, userId);
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
		joinDebate(klass.id, article.id, debater!.id);
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
