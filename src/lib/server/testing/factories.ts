import { createUser, type PublicUser } from '../users';

let sequence = 0;

/** A user with a unique username; every field can be overridden. */
export function makeUser(
	role: 'teacher' | 'student',
	overrides: Partial<{ username: string; displayName: string; password: string }> = {}
): Promise<PublicUser> {
	sequence += 1;
	return createUser({
		username: overrides.username ?? `${role}${sequence}`,
		displayName: overrides.displayName ?? `${role} number ${sequence}`,
		password: overrides.password ?? 'factory-password',
		role
	});
}
