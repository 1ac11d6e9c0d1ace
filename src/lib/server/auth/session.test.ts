import { describe, expect, it } from 'vitest';
import { closeDatabase, switchDatabase } from '../db';
import { openSecondInstance, useTestDatabase } from '../testing/test-database';
import { makeUser } from '../testing/factories';
import { DAY_MS } from '../../time';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	sessionIdFromToken,
	SESSION_LIFETIME_MS,
	validateSessionToken
} from './session';

useTestDatabase();

describe('session tokens', () => {
	it('are 160 random bits in lower-case base32, different every time', () => {
		const tokens = new Set(Array.from({ length: 50 }, generateSessionToken));
		expect(tokens.size).toBe(50);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
	});

	it('are stored only as their SHA-256 hash', () => {
		const token = 'abc';
		// sha256("abc"), FIPS 180-2 appendix B.1
		expect(sessionIdFromToken(token)).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});

describe('session lifecycle', () => {
	it('creates a session that validates to its user without the password hash', async () => {
		const user = await makeUser('teacher');
		const token = generateSessionToken();
		const session = await createSession(token, user.id, 1_000);
		expect(session.id).not.toBe(token);
		expect(session.expiresAt).toBe(1_000 + SESSION_LIFETIME_MS);
		const result = await validateSessionToken(token, 2_000);
		expect(result.user).toEqual(user);
		expect(Object.keys(result.user ?? {})).not.toContain('passwordHash');
	});

	it('expires after 30 days and deletes the row', async () => {
		const user = await makeUser('student');
		const token = generateSessionToken();
		await createSession(token, user.id, 0);
		expect((await validateSessionToken(token, 30 * DAY_MS)).session).toBeNull();
		// Deleted on that read: even a clock moved back cannot revive it.
		expect((await validateSessionToken(token, 1)).session).toBeNull();
	});

	it('renews when fewer than 15 days remain, not before', async () => {
		const user = await makeUser('student');
		const token = generateSessionToken();
		await createSession(token, user.id, 0);
		expect((await validateSessionToken(token, 14 * DAY_MS)).session?.expiresAt).toBe(30 * DAY_MS);
		const renewed = (await validateSessionToken(token, 16 * DAY_MS)).session;
		expect(renewed?.expiresAt).toBe(46 * DAY_MS);
		expect((await validateSessionToken(token, 40 * DAY_MS)).session).not.toBeNull();
	});

	it('rejects unknown tokens and invalidated sessions', async () => {
		const user = await makeUser('student');
		expect((await validateSessionToken('not-a-token')).user).toBeNull();
		const token = generateSessionToken();
		const session = await createSession(token, user.id);
		await invalidateSession(session.id);
		expect((await validateSessionToken(token)).user).toBeNull();
	});

	it("ends all of a user's sessions except the one kept", async () => {
		const user = await makeUser('teacher');
		const other = await makeUser('teacher');
		const [kept, dropped] = [generateSessionToken(), generateSessionToken()];
		const otherToken = generateSessionToken();
		const keptSession = await createSession(kept, user.id);
		await createSession(dropped, user.id);
		await createSession(otherToken, other.id);
		await invalidateUserSessions(user.id, keptSession.id);
		expect((await validateSessionToken(kept)).user?.id).toBe(user.id);
		expect((await validateSessionToken(dropped)).user).toBeNull();
		expect((await validateSessionToken(otherToken)).user?.id).toBe(other.id);
	});
});

describe('two app instances on one database', () => {
	it('a session started on A is valid on B, and signing out on B ends it on A', async () => {
		const user = await makeUser('student');
		const token = generateSessionToken();
		await createSession(token, user.id);
		const b = await openSecondInstance();
		const a = switchDatabase(b)!;
		try {
			expect((await validateSessionToken(token)).user?.id).toBe(user.id);
			await invalidateSession(sessionIdFromToken(token));
		} finally {
			await closeDatabase();
			switchDatabase(a);
		}
		expect((await validateSessionToken(token)).user).toBeNull();
	});
});
