import { describe, expect, it } from 'vitest';
import * as classes from './classes';
import * as roster from './roster';
import { makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import { authenticate } from '../auth/users';

useTestDatabase();

describe('classes', () => {
	it('gives each class a unique well-formed code and lets students join by it', async () => {
		const teacher = await makeUser('teacher');
		const student = await makeUser('student');
		const a = await classes.create(teacher, 'Alpha');
		const b = await classes.create(teacher, 'Beta');
		expect(a.joinCode).not.toBe(b.joinCode);
		const joined = await classes.join(student, a.joinCode);
		expect(joined.ok && joined.class.id).toBe(a.id);
		expect(await classes.join(student, a.joinCode)).toMatchObject({
			ok: true,
			alreadyMember: true
		});
		expect(await classes.join(student, 'ZZZZZZ')).toEqual({ ok: false, reason: 'unknown-code' });
		expect(await classes.join(teacher, a.joinCode)).toEqual({ ok: false, reason: 'not-a-student' });
		expect((await classes.listJoined(student)).map((c) => c.name)).toEqual(['Alpha']);
	});

	it("hides one teacher's class from another teacher and from students not in it", async () => {
		const owner = await makeUser('teacher');
		const other = await makeUser('teacher');
		const member = await makeUser('student');
		const outsider = await makeUser('student');
		const klass = await classes.create(owner, 'Private');
		await classes.join(member, klass.joinCode);
		expect((await classes.getVisible(owner, klass.id))?.name).toBe('Private');
		expect((await classes.getVisible(member, klass.id))?.name).toBe('Private');
		expect(await classes.getVisible(other, klass.id)).toBeNull();
		expect(await classes.getVisible(outsider, klass.id)).toBeNull();
		await expect(classes.rename(other, klass.id, 'Mine')).rejects.toThrow(
			classes.ClassNotFoundError
		);
		await expect(classes.roster(member, klass.id)).rejects.toThrow(classes.ClassNotFoundError);
		expect(await classes.listTaught(other)).toEqual([]);
	});

	it('archives a class: no new joins, hidden from students, kept for the teacher', async () => {
		const teacher = await makeUser('teacher');
		const student = await makeUser('student');
		const klass = await classes.create(teacher, 'Old');
		await classes.join(student, klass.joinCode);
		await classes.setArchived(teacher, klass.id, true);
		expect(await classes.join(await makeUser('student'), klass.joinCode)).toEqual({
			ok: false,
			reason: 'archived'
		});
		expect(await classes.listJoined(student)).toEqual([]);
		expect((await classes.listTaught(teacher))[0]?.archivedAt).not.toBeNull();
	});

	it('bulk-adds students with unique usernames and working one-time passwords', async () => {
		const teacher = await makeUser('teacher');
		const klass = await classes.create(teacher, 'Bulk');
		const first = await roster.bulkAddStudents(teacher, klass.id, ['Ana Díaz', 'Ana Diaz']);
		expect(first.map((c) => c.username)).toEqual(['ana.diaz', 'ana.diaz2']);
		const again = await roster.bulkAddStudents(teacher, klass.id, ['Ana Diaz']);
		expect(again[0]?.username).toBe('ana.diaz3');
		expect(await authenticate('ana.diaz2', first[1]!.password)).toMatchObject({ role: 'student' });
		expect(await classes.roster(teacher, klass.id)).toHaveLength(3);
	});

	it('resets a password only for a student of the teacher’s own class', async () => {
		const teacher = await makeUser('teacher');
		const other = await makeUser('teacher');
		const klass = await classes.create(teacher, 'Reset');
		const [login] = await roster.bulkAddStudents(teacher, klass.id, ['Kim Lee']);
		const student = await authenticate(login!.username, login!.password);
		const otherClass = await classes.create(other, 'Elsewhere');
		expect(await roster.resetStudentPassword(other, otherClass.id, student!.id)).toBeNull();
		const fresh = await roster.resetStudentPassword(teacher, klass.id, student!.id);
		expect(await authenticate(login!.username, login!.password)).toBeNull();
		expect(await authenticate(login!.username, fresh!)).not.toBeNull();
	});
});
