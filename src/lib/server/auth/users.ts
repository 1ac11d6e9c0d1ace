import { eq } from 'drizzle-orm';
import { db, transaction } from '../db';
import type { Role, User } from '../db/schema';
import { users } from '../db/tables';
import { hashPassword, verifyPassword } from './password';
import { forgetAccount } from './login-throttle';
import { invalidateUserSessions } from './session';
import { toPublicUser, type PublicUser } from './public-user';

export type { PublicUser };

export class UsernameTakenError extends Error {
	constructor(public username: string) {
		super(`The username "${username}" is taken`);
	}
}

export interface NewUser {
	username: string;
	displayName: string;
	role: Role;
	password: string;
}

/** Usernames are unique without regard to case, so "Ana" cannot impersonate "ana". */
export async function getUserByUsername(username: string): Promise<User | null> {
	const [user] = await db()
		.select()
		.from(users)
		.where(eq(users.username, username.toLowerCase()))
		.limit(1);
	return user ?? null;
}

export async function getUserById(id: number): Promise<User | null> {
	const [user] = await db().select().from(users).where(eq(users.id, id)).limit(1);
	return user ?? null;
}

export async function isUsernameTaken(username: string): Promise<boolean> {
	return (await getUserByUsername(username)) !== null;
}

export async function createUser(input: NewUser): Promise<PublicUser> {
	const passwordHash = await hashPassword(input.password);
	const username = input.username.toLowerCase();
	// Checked and inserted in one transaction: two sign-ups of one name cannot both pass.
	const user = await transaction(async (tx) => {
		if (await isUsernameTaken(username)) throw new UsernameTakenError(username);
		const [created] = await tx
			.insert(users)
			.values({ username, displayName: input.displayName, role: input.role, passwordHash })
			.returning();
		return created!;
	});
	return toPublicUser(user);
}

/** Checks a login; null when the username is unknown or the password is wrong. */
export async function authenticate(username: string, password: string): Promise<PublicUser | null> {
	const user = await getUserByUsername(username);
	if (!user) {
		// Hash anyway so an unknown username takes as long as a wrong password.
		await hashPassword(password);
		return null;
	}
	return (await verifyPassword(user.passwordHash, password)) ? toPublicUser(user) : null;
}

/** Sets a new password and ends the user's other sessions (all of them when none is kept). */
export async function setPassword(
	userId: number,
	newPassword: string,
	keepSessionId?: string
): Promise<void> {
	const passwordHash = await hashPassword(newPassword);
	const user = await transaction(async (tx) => {
		const [updated] = await tx
			.update(users)
			.set({ passwordHash })
			.where(eq(users.id, userId))
			.returning({ username: users.username });
		await invalidateUserSessions(userId, keepSessionId);
		return updated;
	});
	// A new password lifts the login slow-down, so a teacher's reset lets the student in at once.
	if (user) await forgetAccount(user.username);
}

export async function changePassword(
	userId: number,
	currentPassword: string,
	newPassword: string,
	keepSessionId: string
): Promise<boolean> {
	const user = await getUserById(userId);
	if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) return false;
	await setPassword(userId, newPassword, keepSessionId);
	return true;
}
