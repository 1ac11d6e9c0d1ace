import { usernameBase } from '../../classes/join-code';
import { hashPassword, generateTemporaryPassword } from '../auth/password';
import * as classes from './classes';
import { db } from '../db';
import { enrollments, users } from '../db/schema';
import type { Credential, PublicUser } from '../../types';
import { isUsernameTaken, setPassword } from '../auth/users';

export type { Credential };

/** "maria.nunez", then "maria.nunez2", ... until one is free. */
function freeUsername(fullName: string, alsoTaken: Set<string>): string {
	const base = usernameBase(fullName);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}${n}`;
		if (!alsoTaken.has(candidate) && !isUsernameTaken(candidate)) return candidate;
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
	if (!classes.getTaught(teacher, classId)) throw new classes.ClassNotFoundError();
	const passwords = names.map(() => generateTemporaryPassword());
	// Hash outside the transaction: argon2 is asynchronous, better-sqlite3 transactions are not.
	const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
	const now = Date.now();
	return db().transaction((tx) => {
		const chosen = new Set<string>();
		return names.map((displayName, i) => {
			const username = freeUsername(displayName, chosen);
			chosen.add(username);
			const user = tx
				.insert(users)
				.values({ username, displayName, role: 'student', passwordHash: hashes[i]! })
				.returning({ id: users.id })
				.get();
			tx.insert(enrollments).values({ classId, userId: user.id, joinedAt: now }).run();
			return { displayName, username, password: passwords[i]! };
		});
	});
}

/** Gives a student of the teacher's class a new temporary password and signs them out. */
export async function resetStudentPassword(
	teacher: PublicUser,
	classId: number,
	studentId: number
): Promise<string | null> {
	if (!classes.teachesStudent(teacher, classId, studentId)) return null;
	const password = generateTemporaryPassword();
	await setPassword(studentId, password);
	return password;
}
