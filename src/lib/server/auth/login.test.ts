import { describe, expect, it } from 'vitest';
import * as roster from '../classes/roster';
import { makeClassWithArticle, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import { logIn } from './login';

useTestDatabase();

const SCHOOL = '203.0.113.7';

describe('login throttle', () => {
	it('counts each attempt before the hash: 40 at once from one place are not all checked', async () => {
		const ana = await makeUser('student', { password: 'ana-password' });
		const outcomes = await Promise.all(
			Array.from({ length: 40 }, () => logIn(ana.username, 'wrong-password', SCHOOL))
		);
		const throttled = outcomes.filter((o) => !o.ok && o.reason === 'throttled').length;
		console.log(`40 concurrent wrong logins: ${throttled} throttled`);
		expect(throttled).toBeGreaterThanOrEqual(37);
	});

	it("one classmate's guessing from another address does not lock the owner out", async () => {
		const ben = await makeUser('student', { password: 'ben-password' });
		for (let i = 0; i < 12; i++) await logIn(ben.username, `guess-${i}`, '198.51.100.9');
		const own = await logIn(ben.username, 'ben-password', '198.51.100.20');
		expect(own.ok).toBe(true);
	});

	it("a teacher's password reset lifts the slow-down at once", async () => {
		const teacher = await makeUser('teacher');
		const cara = await makeUser('student', { password: 'cara-password' });
		const { klass } = await makeClassWithArticle(teacher, [cara]);
		for (let i = 0; i < 12; i++) await logIn(cara.username, `guess-${i}`, SCHOOL);
		const blocked = await logIn(cara.username, 'cara-password', SCHOOL);
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		const fresh = await roster.resetStudentPassword(teacher, klass.id, cara.id);
		expect((await logIn(cara.username, fresh!, SCHOOL)).ok).toBe(true);
	});
});
