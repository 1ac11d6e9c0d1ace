/**
 * What sharing the throttles through the database costs (issue 18): the in-memory versions as
 * they were before (read from git at BEFORE_REF, by default c222916, the last commit with them)
 * against the shared ones on a fresh SQLite file, in one run. Per login attempt: the throttle's part of a wrong
 * password (check and count on two throttles) beside one password check; per limited request:
 * the two buckets every request takes (address, user).
 * Usage: tsx scripts/bench-limits.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Below 10,000 accounts: past that the in-memory throttle swept its whole map on every count.
const ROUNDS = 5_000;
const folder = mkdtempSync(join(tmpdir(), 'standpoint-bench-limits-'));
process.env.DATABASE_URL = join(folder, 'bench.db');

/** A module of an older commit, its relative imports pointed back at this checkout. */
async function importAt(ref: string, path: string) {
	const source = execFileSync('git', ['show', `${ref}:${path}`], { encoding: 'utf8' }).replace(
		/from '(\.\.?\/[^']+)'/g,
		(_, rel: string) => `from '${pathToFileURL(resolve(join(path, '..'), rel)).href}'`
	);
	const file = join(folder, path.replaceAll('/', '_'));
	writeFileSync(file, source);
	return import(pathToFileURL(file).href);
}

/** The shared versions are async since issue 18's dialect-neutral step; awaiting a number is free. */
async function microseconds(rounds: number, run: (i: number) => unknown): Promise<number> {
	for (let i = 0; i < 500; i++) await run(i);
	const start = process.hrtime.bigint();
	for (let i = 0; i < rounds; i++) await run(i);
	return Number(process.hrtime.bigint() - start) / 1000 / rounds;
}

type Maybe<T> = T | Promise<T>;
/** The shared versions run a check and its count as one step; the in-memory ones need none. */
type MaybeAtomic = { atomically?: (run: () => Promise<unknown>) => unknown };
const inOneStep = async (owner: MaybeAtomic, step: () => Promise<unknown>) =>
	owner.atomically ? owner.atomically(step) : await step();

interface Throttles {
	loginAttemptsByPair: MaybeAtomic & {
		waitMs(k: string): Maybe<number>;
		count(k: string): unknown;
	};
	loginAttemptsByAccount: { waitMs(k: string): Maybe<number>; count(k: string): unknown };
}
interface Limiters {
	requestsByAddress: MaybeAtomic & { take(k: string): Maybe<number> };
	requestsByUser: { take(k: string): Maybe<number> };
}

/** The throttle's part of one wrong login, as logIn does it; each round a new account. */
function loginAttempt(t: Throttles, i: number) {
	const account = `student-${i}`;
	const pair = `${account}\n203.0.113.7`;
	return inOneStep(t.loginAttemptsByPair, async () => {
		const wait =
			(await t.loginAttemptsByPair.waitMs(pair)) + (await t.loginAttemptsByAccount.waitMs(account));
		if (wait > 0) return;
		await t.loginAttemptsByPair.count(pair);
		await t.loginAttemptsByAccount.count(account);
	});
}

/** One request through the hook: the school's bucket and the student's. */
function limitedRequest(l: Limiters, i: number) {
	return inOneStep(l.requestsByAddress, async () => {
		await l.requestsByAddress.take(`198.51.100.${i % 50}`);
		await l.requestsByUser.take(`user:${i % 300}`);
	});
}

const BEFORE = process.env.BEFORE_REF ?? 'c222916';
const beforeThrottle: Throttles = await importAt(BEFORE, 'src/lib/server/auth/login-throttle.ts');
const beforeLimit: Limiters = await importAt(BEFORE, 'src/lib/server/http/request-limit.ts');
const afterThrottle: Throttles = await import('../src/lib/server/auth/login-throttle');
const afterLimit: Limiters = await import('../src/lib/server/http/request-limit');
const { hashPassword, verifyPassword } = await import('../src/lib/server/auth/password');

const rows: [string, number, number][] = [
	[
		'login attempt, throttle part',
		await microseconds(ROUNDS, (i) => loginAttempt(beforeThrottle, i)),
		await microseconds(ROUNDS, (i) => loginAttempt(afterThrottle, i))
	],
	[
		'limited request (2 buckets)',
		await microseconds(ROUNDS, (i) => limitedRequest(beforeLimit, i)),
		await microseconds(ROUNDS, (i) => limitedRequest(afterLimit, i))
	]
];
const hashed = await hashPassword('a-password-for-the-bench');
const start = process.hrtime.bigint();
for (let i = 0; i < 10; i++) await verifyPassword(hashed, 'a wrong password');
const verifyUs = Number(process.hrtime.bigint() - start) / 1000 / 10;

console.log(`${ROUNDS} rounds each, one process, SQLite WAL file in ${tmpdir()}`);
console.log('                               in memory   shared (SQLite)   ratio');
for (const [name, before, after] of rows) {
	console.log(
		`${name.padEnd(30)} ${before.toFixed(2).padStart(7)} µs ${after.toFixed(2).padStart(12)} µs ${(after / before).toFixed(0).padStart(8)}×`
	);
}
console.log(`one password check (argon2)    ${verifyUs.toFixed(0)} µs`);
rmSync(folder, { recursive: true, force: true });
