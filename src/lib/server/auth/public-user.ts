import type { PublicUser } from '../../types';
import type { User } from '../db/schema';

export type { PublicUser };

export function toPublicUser(user: User): PublicUser {
	return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
