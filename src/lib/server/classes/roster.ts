import { usernameBase } from '../../classes/join-code';
import { hashPassword, generateTemporaryPassword } from '../auth/password';
import * as classes from './classes';
import { transaction } from '../db';
import { enrollments, users } from '../db/tables';
import type { Credential, PublicUser } from '../../types';
import { isUsernameTaken, setPassword } from '../auth/users';

export type { Credential };

/** "maria.nunez", then "maria.nunez2", ... until one is free. */
async function freeUsername(fullName: string, alsoTaken: Set<string>): Promise<string> {
	const base = usernameBase(fullName);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}${n}`;
		if (!alsoTaken.has(candidate) && !(await isUsernameTaken(candidate))) return candidate;
	}
}

/**
 * Creates an account for each name and enrols it. Returns the passwords in clear this once:
 * only their hashes are stored, so the sheet cannot be shown again.
 */
export async function bulkAddStudents(
	teacher: PublicUser,
	classId: number,
	names: string[]
): Promise<Credential[]> {
	if (!(await classes.getTaught(teacher, classId))) throw new classes.ClassNotFoundError();
	const passwords = names.map(() => generateTemporaryPassword());
	// Hash before the transaction: argon2 takes a while, and the transaction holds the writer.
	const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
	const now = Date.now();
	return transaction(async (tx) => {
		const chosen = new Set<string>();
		const sheet: Credential[] = [];
		for (const [i, displayName] of names.entries()) {
			const username = await freeUsername(displayName, chosen);
			chosen.add(username);
			const [user] = await tx
				.insert(users)
				.values({ username, displayName, role: 'student', passwordHash: hashes[i]! })
				.returning({ id: users.id });
			await tx.insert(enrollments).values({ classId, userId: user!.id, joinedAt: now });
			sheet.push({ displayName, username, password: passwords[i]! });
		}
		return sheet;
	});
}

/** Gives a student of the teacher's class a new temporary password and signs them out. */
export async function resetStudentPassword(
	teacher: PublicUser,
	classId: number,
	studentId: number
): Promise<string | null> {
	if (!(await classes.teachesStudent(teacher, classId, studentId))) return null;
	const password = generateTemporaryPassword();
	await setPassword(studentId, password);
	return password;
}
