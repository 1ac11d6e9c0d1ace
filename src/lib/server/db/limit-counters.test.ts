import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../auth/login';
import { loginAttemptsByAccount, loginAttemptsByPair, pairKey } from '../auth/login-throttle';
import { requestsByUser } from '../http/request-limit';
import { makeUser } from '../testing/factories';
import { openSecondInstance, useTestDatabase } from '../testing/test-database';
import type { AppDatabase } from './app-database';
import { databasePath, db } from './index';
import { LimitCounters } from './limit-counters';

// Instance A is the app's own connection; instance B a second connection to the same file, as a
// second app process on the same database would open.
useTestDatabase();
let b: AppDatabase;
const onB = () => b;
beforeAll(async () => {
	b = await openSecondInstance();
});
afterAll(() => b.close());

const SCHOOL = '203.0.113.7';

describe('two instances on one SQLite file share the throttles', () => {
	it('wrong passwords tried through A slow the account down on B', async () => {
		const ana = await makeUser('student', { password: 'ana-password' });
		const pair = pairKey(ana.username, SCHOOL);
		expect(await loginAttemptsByPair.through(onB).waitMs(pair)).toBe(0);
		for (let i = 0; i < 3; i++) {
			expect(await logIn(ana.username, `guess-${i}`, SCHOOL)).toMatchObject({ ok: false });
		}
		const decision = await loginAttemptsByPair.through(onB).take(pair);
		expect(decision).toMatchObject({ allowed: false });
		expect(await loginAttemptsByAccount.through(onB).waitMs(ana.username)).toBe(0);
	});

	it('failures counted on B refuse even the right password on A', async () => {
		const ben = await makeUser('student', { password: 'ben-password' });
		const pair = pairKey(ben.username, SCHOOL);
		for (let i = 0; i < 4; i++) await loginAttemptsByPair.through(onB).count(pair);
		expect(await logIn(ben.username, 'ben-password', SCHOOL)).toMatchObject({
			ok: false,
			reason: 'throttled'
		});
		// A success on A clears the pair for B as well.
		await loginAttemptsByPair.reset(pair);
		expect(await loginAttemptsByPair.through(onB).waitMs(pair)).toBe(0);
	});

	it('a request limit used up through A refuses on B, and B draws from the same bucket', async () => {
		const key = 'user:shared';
		const now = 1_000_000;
		for (let i = 0; i < 99; i++) expect(await requestsByUser.take(key, now)).toBe(0);
		expect(await requestsByUser.through(onB).take(key, now)).toBe(0);
		expect(await requestsByUser.take(key, now)).toBeGreaterThan(0);
		expect(await requestsByUser.through(onB).take(key, now)).toBe(50);
		// 50 ms later one token (20 a second) has come back, for whichever instance asks first.
		expect(await requestsByUser.through(onB).take(key, now + 50)).toBe(0);
		expect(await requestsByUser.take(key, now + 50)).toBeGreaterThan(0);
	});
});

describe('two processes counting at once', () => {
	it('lose no attempt: each read-and-add holds the write lock', async () => {
		const children = [0, 1].map(() =>
			spawn('node_modules/.bin/tsx', [
				'src/lib/server/testing/count-attempts.ts',
				databasePath(),
				'ana',
				'2000'
			])
		);
		const exits = children.map((child) => {
			child.stderr.on('data', (chunk) => process.stderr.write(chunk));
			return new Promise<number | null>((done) => child.on('exit', done));
		});
		// Both open and waiting before either starts, so their 2,000 counts overlap.
		await Promise.all(
			children.map((child) => new Promise((ready) => child.stdout.once('data', ready)))
		);
		for (const child of children) child.stdin.write('go\n');
		expect(await Promise.all(exits)).toEqual([0, 0]);
		const row = await new LimitCounters('race').read('ana', Date.now());
		expect(row?.value).toBe(4000);
	});
});

describe('the counters stay small', () => {
	const rows = (scope: string) =>
		db()
			.$client.prepare(`SELECT count(*) AS n FROM limit_counters WHERE key LIKE ?`)
			.get(`${scope}:%`) as {
			n: number;
		};

	it('sweeps expired keys: a flood of random usernames leaves only the recent ones', async () => {
		const counters = new LimitCounters('flood');
		const hour = 3_600_000;
		for (let i = 0; i < 1500; i++)
			await counters.write(`old-${i}`, { value: 1, touchedAt: 0, expiresAt: hour });
		for (let i = 0; i < 1500; i++) {
			await counters.write(`new-${i}`, { value: 1, touchedAt: 2 * hour, expiresAt: 3 * hour });
		}
		expect(rows('flood').n).toBe(1500);
	});

	it('deletes an expired key when it is read, and a full bucket is no row at all', async () => {
		const counters = new LimitCounters('touched');
		await counters.write('ana', { value: 1, touchedAt: 0, expiresAt: 10 });
		expect(await counters.read('ana', 5)).toMatchObject({ value: 1 });
		expect(await counters.read('ana', 11)).toBeUndefined();
		expect(rows('touched').n).toBe(0);
	});

	it('finds keys and expired rows through indexes', async () => {
		const plan = (query: string) =>
			(db().$client.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
				.map((row) => row.detail)
				.join('; ');
		expect(plan(`SELECT value FROM limit_counters WHERE key = 'a'`)).toMatch(/USING INDEX/);
		expect(plan(`DELETE FROM limit_counters WHERE expires_at < 5`)).toMatch(
			/limit_counters_expires_idx/
		);
		expect(plan(`DELETE FROM limit_counters WHERE key >= 'a' AND key < 'b'`)).toMatch(
			/USING INDEX/
		);
	});
});
