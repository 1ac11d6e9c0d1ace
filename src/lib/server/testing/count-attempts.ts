/**
 * A second app process for limit-counters.test.ts: counts `n` login attempts on one key of the
 * SQLite file given. It says "ready" once open and starts on a line on stdin, so the test can
 * start two such processes at the same moment.
 * Usage: tsx count-attempts.ts <file> <key> <n>
 */
import { AttemptThrottle } from '../auth/login-throttle';
import { openSqlite } from '../db';

const [file, key, n] = process.argv.slice(2);
const database = openSqlite(file!);
const throttle = new AttemptThrottle(
	'race',
	{ freeTries: 1, baseDelayMs: 1, maxDelayMs: 1, forgetAfterMs: 3_600_000 },
	() => database
);
async function count(): Promise<void> {
	for (let i = 0; i < Number(n); i++) await throttle.count(key!);
	await database.close();
	process.exit(0);
}
process.stdin.once('data', () => void count());
process.stdout.write('ready\n');
