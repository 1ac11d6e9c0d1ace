/**
 * The store behind login throttles and request limits: rows of `limit_counters`, so every app
 * instance on one database counts the same attempts (issue 18). Synchronous, like the rest of
 * the server on better-sqlite3; a read-modify-write runs in `BEGIN IMMEDIATE`, which takes the
 * file's write lock first, so two processes cannot both read a count and both add one to it.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { db as appDb, type Db } from './index';
import { limitCounters } from './schema';

export interface Counter {
	value: number;
	touchedAt: number;
	expiresAt: number;
}

/** Every this many writes (per process), rows past their expiry are swept through the index. */
const SWEEP_EVERY = 1000;
let writesSinceSweep = 0;

const p = (name: string) => sql.placeholder(name);

function prepare(database: Db) {
	const byKey = eq(limitCounters.key, p('key'));
	const write = database
		.insert(limitCounters)
		.values({
			key: p('key'),
			value: p('value'),
			touchedAt: p('touchedAt'),
			expiresAt: p('expiresAt')
		})
		.onConflictDoUpdate({
			target: limitCounters.key,
			set: {
				value: sql`excluded.value`,
				touchedAt: sql`excluded.touched_at`,
				expiresAt: sql`excluded.expires_at`
			}
		});
	const inRange = and(gte(limitCounters.key, p('from')), lt(limitCounters.key, p('to')));
	// One function run in an immediate transaction; better-sqlite3 nests it as a savepoint.
	const immediate = database.$client.transaction((run: () => unknown) => run()).immediate;
	return {
		read: database
			.select({
				value: limitCounters.value,
				touchedAt: limitCounters.touchedAt,
				expiresAt: limitCounters.expiresAt
			})
			.from(limitCounters)
			.where(byKey)
			.prepare(),
		write: write.prepare(),
		remove: database.delete(limitCounters).where(byKey).prepare(),
		removeRange: database.delete(limitCounters).where(inRange).prepare(),
		sweep: database
			.delete(limitCounters)
			.where(lt(limitCounters.expiresAt, p('now')))
			.prepare(),
		immediate: immediate as <T>(run: () => T) => T
	};
}

type Statements = ReturnType<typeof prepare>;
const statements = new WeakMap<Db, Statements>();

function statementsFor(database: Db): Statements {
	let found = statements.get(database);
	if (!found) statements.set(database, (found = prepare(database)));
	return found;
}

/** The first string after every string that begins with `prefix` (code-point order). */
function pastPrefix(prefix: string): string {
	const last = prefix.codePointAt(prefix.length - 1) ?? 0;
	return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/**
 * One scope's counters (`login-pair`, `requests-by-user`…). `connection` is the app's database
 * unless a test opens a second connection to the same file to play a second instance.
 */
export class LimitCounters {
	constructor(
		private scope: string,
		private connection: () => Db = appDb
	) {}

	/** The live counter of `key`; an expired one is deleted and reads as none. */
	read(key: string, now: number): Counter | undefined {
		const s = this.statements();
		const row = s.read.get({ key: this.rowKey(key) });
		if (!row) return undefined;
		if (now > row.expiresAt) {
			s.remove.run({ key: this.rowKey(key) });
			return undefined;
		}
		return row;
	}

	write(key: string, counter: Counter): void {
		const s = this.statements();
		s.write.run({ key: this.rowKey(key), ...counter });
		if (++writesSinceSweep >= SWEEP_EVERY) {
			writesSinceSweep = 0;
			s.sweep.run({ now: counter.touchedAt });
		}
	}

	remove(key: string): void {
		this.statements().remove.run({ key: this.rowKey(key) });
	}

	removePrefix(prefix: string): void {
		const from = this.rowKey(prefix);
		this.statements().removeRange.run({ from, to: pastPrefix(from) });
	}

	/** Runs a read-then-write as one step for every instance on the database. */
	atomically<T>(run: () => T): T {
		return this.statements().immediate(run);
	}

	private rowKey(key: string): string {
		return `${this.scope}:${key}`;
	}

	private statements(): Statements {
		return statementsFor(this.connection());
	}
}
