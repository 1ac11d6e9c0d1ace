import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as classes from './classes';
import * as roster from './roster';
import { makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';
import { authenticate } from '../auth/users';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('classes', () => {
	it('gives each class a unique well-formed code and lets students join by it', async () => {
		const teacher = await makeUser('teacher');
		const student = await makeUser('student');
		const a = classes.create(teacher, 'Alpha');
		const b = classes.create(teacher, 'Beta');
		expect(a.joinCode).not.toBe(b.joinCode);
		const joined = classes.join(student, a.joinCode);
		expect(joined.ok && joined.class.id).toBe(a.id);
		expect(classes.join(student, a.joinCode)).toMatchObject({ ok: true, alreadyMember: true });
		expect(classes.join(student, 'ZZZZZZ')).toEqual({ ok: false, reason: 'unknown-code' });
		expect(classes.join(teacher, a.joinCode)).toEqual({ ok: false, reason: 'not-a-student' });
		expect(classes.listJoined(student).map((c) => c.name)).toEqual(['Alpha']);
	});

	it("hides one teacher's class from another teacher and from students not in it", async () => {
		const owner = await makeUser('teacher');
		const other = await makeUser('teacher');
		const member = await makeUser('student');
		const outsider = await makeUser('student');
		const klass = classes.create(owner, 'Private');
		classes.join(member, klass.joinCode);
		expect(classes.getVisible(owner, klass.id)?.name).toBe('Private');
		expect(classes.getVisible(member, klass.id)?.name).toBe('Private');
		expect(classes.getVisible(other, klass.id)).toBeNull();
		expect(classes.getVisible(outsider, klass.id)).toBeNull();
		expect(() => classes.rename(other, klass.id, 'Mine')).toThrow(classes.ClassNotFoundError);
		expect(() => classes.roster(member, klass.id)).toThrow(classes.ClassNotFoundError);
		expect(classes.listTaught(other)).toEqual([]);
	});

	it('archives a class: no new joins, hidden from students, kept for the teacher', async () => {
		const teacher = await makeUser('teacher');
		const student = await makeUser('student');
		const klass = classes.create(teacher, 'Old');
		classes.join(student, klass.joinCode);
		classes.setArchived(teacher, klass.id, true);
		expect(classes.join(await makeUser('student'), klass.joinCode)).toEqual({
			ok: false,
			reason: 'archived'
		});
		expect(classes.listJoined(student)).toEqual([]);
		expect(classes.listTaught(teacher)[0]?.archivedAt).not.toBeNull();
	});

	it('bulk-adds students with unique usernames and working one-time passwords', async () => {
		const teacher = await makeUser('teacher');
		const klass = classes.create(teacher, 'Bulk');
		const first = await roster.bulkAddStudents(teacher, klass.id, ['Ana Díaz', 'Ana Diaz']);
		expect(first.map((c) => c.username)).toEqual(['ana.diaz', 'ana.diaz2']);
		const again = await roster.bulkAddStudents(teacher, klass.id, ['Ana Diaz']);
		expect(again[0]?.username).toBe('ana.diaz3');
		expect(await authenticate('ana.diaz2', first[1]!.password)).toMatchObject({ role: 'student' });
		expect(classes.roster(teacher, klass.id)).toHaveLength(3);
	});

	it('resets a password only for a student of the teacher’s own class', async () => {
		const teacher = await makeUser('teacher');
		const other = await makeUser('teacher');
		const klass = classes.create(teacher, 'Reset');
		const [login] = await roster.bulkAddStudents(teacher, klass.id, ['Kim Lee']);
		const student = await authenticate(login!.username, login!.password);
		const otherClass = classes.create(other, 'Elsewhere');
		expect(await roster.resetStudentPassword(other, otherClass.id, student!.id)).toBeNull();
		const fresh = await roster.resetStudentPassword(teacher, klass.id, student!.id);
		expect(await authenticate(login!.username, login!.password)).toBeNull();
		expect(await authenticate(login!.username, fresh!)).not.toBeNull();
	});
});
