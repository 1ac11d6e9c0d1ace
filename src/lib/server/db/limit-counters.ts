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
import { preparedAs, typedPlaceholder } from './prepared';
import { limitCounters } from './tables';

export interface Bucket {
	perSecond: number;
	burst: number;
}

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
	// A token bucket taken in one statement: the stored tokens refilled for the time since the
	// last take (a row past its expiry is a full bucket), one taken if there is one. A refusal
	// writes nothing and returns no row (the tokens stay as they were: refilling is a function of
	// time). The row expires once even an empty bucket would be full again.
	const now = typedPlaceholder('now', 'bigint');
	const burst = typedPlaceholder('burst', 'double precision');
	const perSecond = typedPlaceholder('perSecond', 'double precision');
	const [least, greatest] = postgres ? [sql`LEAST`, sql`GREATEST`] : [sql`MIN`, sql`MAX`];
	const refilled = sql`(CASE WHEN ${limitCounters.expiresAt} < ${now} THEN ${burst}
		ELSE ${least}(${burst}, ${limitCounters.value} + ${greatest}(0, ${now} - ${limitCounters.touchedAt}) * ${perSecond} / 1000.0) END)`;
	const take = database
		.insert(limitCounters)
		.values({
			key: p('key'),
			value: p('firstValue'),
			touchedAt: p('now'),
			expiresAt: p('expiresAt')
		})
		.onConflictDoUpdate({
			target: limitCounters.key,
			set: {
				value: sql`${refilled} - 1`,
				touchedAt: sql`excluded.touched_at`,
				expiresAt: sql`excluded.expires_at`
			},
			setWhere: sql`${refilled} >= 1`
		})
		.returning({ value: limitCounters.value });
	return {
		take: preparedAs(take, 'limit_take'),
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

	/**
	 * Takes one token from the bucket of `key` in one statement, its own transaction (no BEGIN,
	 * no COMMIT, no lock statement on PostgreSQL: the row's own lock orders instances). True
	 * when there was one. On PostgreSQL it commits without waiting for the disk (postgres.ts,
	 * `relaxed`): a take forgotten in a power cut only leaves a bucket fuller.
	 */
	async takeToken(key: string, now: number, bucket: Bucket): Promise<boolean> {
		const { burst, perSecond } = bucket;
		const params = {
			key: this.rowKey(key),
			now,
			burst,
			perSecond,
			firstValue: burst - 1,
			expiresAt: now + Math.ceil((burst / perSecond) * 1000)
		};
		const take = () => this.statements(this.database().relaxedDb()).take.execute(params);
		const rows = await this.database().statement(take);
		if (++writesSinceSweep >= SWEEP_EVERY) {
			writesSinceSweep = 0;
			await this.database().statement(() => this.statements().sweep.execute({ now }));
		}
		return rows.length > 0;
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

	private statements(handle = this.database().db()): Statements {
		const database = this.database();
		let found = statements.get(handle);
		if (!found) {
			found = prepare(handle, database.dialect === 'postgres');
			statements.set(handle, found);
		}
		return found;
	}
}
