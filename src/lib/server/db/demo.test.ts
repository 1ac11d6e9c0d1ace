import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as articles from '../articles/articles';
import * as classes from '../classes/classes';
import { seedDemo } from './seed';
import * as demo from './demo';
import { makeUser } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { authenticate, getUserById } from '../auth/users';

// A fresh database for each test: the demo is seeded once per database.
let remove: () => Promise<void>;
beforeEach(async () => {
	remove = await openTestDatabase();
});
afterEach(() => remove());

describe('the demo accounts', () => {
	it('do not open with the password the README used to print', async () => {
		await seedDemo();
		expect(await authenticate('teacher', 'standpoint-demo')).toBeNull();
		expect(await authenticate('student1', 'standpoint-demo')).toBeNull();
	});

	it('open with the password generated for this database, shown again on request', async () => {
		await seedDemo();
		const password = demo.password();
		expect(password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
		expect(await authenticate('student3', password!)).not.toBeNull();
		await remove();
		remove = await openTestDatabase();
		await seedDemo();
		expect(demo.password()).not.toBe(password);
	});

	it('take a chosen password (tests set STANDPOINT_DEMO_PASSWORD)', async () => {
		await seedDemo('chosen-for-tests');
		expect(demo.password()).toBe('chosen-for-tests');
		expect(await authenticate('teacher', 'chosen-for-tests')).not.toBeNull();
	});

	it('are removed whole by a teacher who confirms, and nothing else is', async () => {
		await seedDemo('chosen-for-tests');
		const realTeacher = await makeUser('teacher', { username: 'real-teacher' });
		const own = await classes.create(realTeacher, 'Real class');
		const demoTeacher = (await authenticate('teacher', 'chosen-for-tests'))!;
		const demoClassId = (await classes.listTaught(demoTeacher))[0]!.id;
		const student = await makeUser('student', { username: 'real-student' });
		expect(demo.remove(student, true)).toEqual({ ok: false, code: 'not-allowed' });
		expect(demo.remove(realTeacher, false)).toMatchObject({ ok: false, code: 'not-confirmed' });
		expect(demo.remove(realTeacher, true)).toEqual({ ok: true, accounts: 7 });
		expect(demo.password()).toBeNull();
		expect(await getUserById(demoTeacher.id)).toBeNull();
		expect(await authenticate('student1', 'chosen-for-tests')).toBeNull();
		expect(await classes.getTaught(demoTeacher, demoClassId)).toBeNull();
		expect(await articles.listOwned(demoTeacher)).toEqual([]);
		expect(await classes.getTaught(realTeacher, own.id)).not.toBeNull();
		expect(await getUserById(student.id)).not.toBeNull();
		expect(demo.remove(realTeacher, true)).toMatchObject({ ok: false, code: 'no-demo' });
	});
});
