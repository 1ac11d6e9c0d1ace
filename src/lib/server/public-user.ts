import type { Role, User } from './db/schema';

/** The only user fields that leave the server (never the password hash). */
export interface PublicUser {
	id: number;
	username: string;
	displayName: string;
	role: Role;
}

export function toPublicUser(user: User): PublicUser {
	return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
