/** Shapes that cross from server to page. Only allow-listed fields: never a password hash. */
export const ROLES = ['teacher', 'student'] as const;
export type Role = (typeof ROLES)[number];

export interface PublicUser {
	id: number;
	username: string;
	displayName: string;
	role: Role;
}

/** A class as its teacher or a member sees it in a list. */
export interface ClassSummary {
	id: number;
	name: string;
	joinCode: string;
	archivedAt: number | null;
	teacherName: string;
	studentCount: number;
}

export interface RosterEntry {
	id: number;
	username: string;
	displayName: string;
	joinedAt: number;
}

/** A new or reset account's login, shown to the teacher once and never stored in clear. */
export interface Credential {
	displayName: string;
	username: string;
	password: string;
}
