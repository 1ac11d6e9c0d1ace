/**
 * The store behind login throttles and request limits: rows of `limit_counters`, so every app
 * instance on one database counts the same attempts (issue 18). A read-modify-write runs in
 * `atomically`, one transaction: on SQLite `BEGIN IMMEDIATE` takes the file's write lock first,
 * so two processes cannot both read a count and both add one to it; on PostgreSQL each key read
 * in it is locked first (a transaction-scoped advisory lock on the key's hash), which serialises
 * instances on that key only and also covers a key that has no row yet.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { AppDatabase } from './app-database';
import { appDatabase, type Db } from './index';
import { limitCounters } from './tables';

export interface Counter {
	value: number;
	touchedAt: number;
	expiresAt: number;
}

/** Every this many writes (per process), rows past their expiry are swept through the index. */
const SWEEP_EVERY = 1000;
let writesSinceSweep = 0;

const p = (name: string) => sql.placeholder(name);

function prepare(database: Db, postgres: boolean) {
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
	// Prefixes end in code-point order; PostgreSQL compares text by its collation unless told.
	const inRange = postgres
		? sql`${limitCounters.key} COLLATE "C" >= ${p('from')} AND ${limitCounters.key} COLLATE "C" < ${p('to')}`
		: and(gte(limitCounters.key, p('from')), lt(limitCounters.key, p('to')));
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
			.prepare()
	};
}

type Statements = ReturnType<typeof prepare>;
const statements = new WeakMap<Db, Statements>();

/** The first string after every string that begins with `prefix` (code-point order). */
function pastPrefix(prefix: string): string {
	const last = prefix.codePointAt(prefix.length - 1) ?? 0;
	return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/**
 * One scope's counters (`login-pair`, `requests-by-user`…). `database` is the app's unless a
 * test opens a second one on the same file or server to play a second instance.
 */
export class LimitCounters {
	constructor(
		private scope: string,
		private database: () => AppDatabase = appDatabase
	) {}

	/** The live counter of `key`; an expired one is deleted and reads as none. */
	async read(key: string, now: number): Promise<Counter | undefined> {
		const rowKey = this.rowKey(key);
		const database = this.database();
		if (database.dialect === 'postgres' && database.inTransaction()) {
			await database.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${rowKey}, 0))`);
		}
		const [row] = await this.statements().read.execute({ key: rowKey });
		if (!row) return undefined;
		if (now > row.expiresAt) {
			await this.inTransaction(() => this.statements().remove.execute({ key: rowKey }));
			return undefined;
		}
		return row;
	}

	async write(key: string, counter: Counter): Promise<void> {
		const row = { key: this.rowKey(key), ...counter };
		const sweep = ++writesSinceSweep >= SWEEP_EVERY;
		if (sweep) writesSinceSweep = 0;
		await this.database().transaction(async () => {
			await this.statements().write.execute(row);
			if (sweep) await this.statements().sweep.execute({ now: row.touchedAt });
		});
	}

	async remove(key: string): Promise<void> {
		const rowKey = this.rowKey(key);
		await this.inTransaction(() => this.statements().remove.execute({ key: rowKey }));
	}

	async removePrefix(prefix: string): Promise<void> {
		const from = this.rowKey(prefix);
		await this.inTransaction(() =>
			this.statements().removeRange.execute({ from, to: pastPrefix(from) })
		);
	}

	/** Runs a read-then-write as one step for every instance on the database. */
	atomically<T>(run: () => Promise<T>): Promise<T> {
		return this.database().transaction(run);
	}

	private async inTransaction(run: () => Promise<unknown>): Promise<void> {
		await this.database().transaction(run);
	}

	private rowKey(key: string): string {
		return `${this.scope}:${key}`;
	}

	private statements(): Statements {
		const database = this.database();
		const handle = database.db();
		let found = statements.get(handle);
		if (!found) {
			found = prepare(handle, database.dialect === 'postgres');
			statements.set(handle, found);
		}
		return found;
	}
}
