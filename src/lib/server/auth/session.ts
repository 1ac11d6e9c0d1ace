import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, ne, sql } from 'drizzle-orm';
import { transaction, type Db } from '../db';
import { preparedAs, preparedFor } from '../db/prepared';
import type { Session } from '../db/schema';
import { sessions, users } from '../db/tables';
import { toPublicUser, type PublicUser } from './public-user';
import { DAY_MS } from '../../time';

export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session used with less than this left is extended, so active users stay signed in. */
export const SESSION_RENEW_BEFORE_MS = 15 * DAY_MS;
export const SESSION_COOKIE = 'standpoint_session';

export type SessionValidation =
	{ session: Session; user: PublicUser } | { session: null; user: null };

/** 20 random bytes (160 bits) from the platform CSPRNG, base32 for a cookie-safe token. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored id is a hash of the token, so the sessions table alone cannot sign anyone in. */
export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	token: string,
	userId: number,
	now = Date.now()
): Promise<Session> {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: now + SESSION_LIFETIME_MS
	};
	await transaction((tx) => tx.insert(sessions).values(session));
	return session;
}

// Session validation runs on every request: prepare its statements once per connection.

function prepare(database: Db) {
	return {
		// Named on PostgreSQL: every signed-in request runs it.
		find: preparedAs(
			database
				.select({ session: sessions, user: users })
				.from(sessions)
				.innerJoin(users, eq(sessions.userId, users.id))
				.where(eq(sessions.id, sql.placeholder('id'))),
			'session_find'
		),
		remove: database
			.delete(sessions)
			.where(eq(sessions.id, sql.placeholder('id')))
			.prepare(),
		extend: database
			.update(sessions)
			.set({ expiresAt: sql`${sql.placeholder('expiresAt')}` })
			.where(eq(sessions.id, sql.placeholder('id')))
			.prepare()
	};
}

const prepared = preparedFor(prepare);

export async function validateSessionToken(
	token: string,
	now = Date.now()
): Promise<SessionValidation> {
	const id = sessionIdFromToken(token);
	const [row] = await prepared().find.execute({ id });
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	if (now >= session.expiresAt) {
		await transaction(() => prepared().remove.execute({ id }));
		return { session: null, user: null };
	}
	if (session.expiresAt - now < SESSION_RENEW_BEFORE_MS) {
		session.expiresAt = now + SESSION_LIFETIME_MS;
		const expiresAt = session.expiresAt;
		await transaction(() => prepared().extend.execute({ id, expiresAt }));
	}
	return { session, user: toPublicUser(user) };
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await transaction((tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

/** Ends every session of a user, except the one given (the user who just changed a password). */
export async function invalidateUserSessions(
	userId: number,
	exceptSessionId?: string
): Promise<void> {
	const ofUser = eq(sessions.userId, userId);
	const where = exceptSessionId ? and(ofUser, ne(sessions.id, exceptSessionId)) : ofUser;
	await transaction((tx) => tx.delete(sessions).where(where));
}
