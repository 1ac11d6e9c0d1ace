/**
 * One open database, SQLite or PostgreSQL, with the two operations domain code uses: `db()` to
 * read and `transaction(async (tx) => …)` to write (see index.ts for why every write goes
 * through a transaction).
 *
 * SQLite has one connection that writes, and better-sqlite3's own transactions cannot take an
 * async body. A hand-made BEGIN … COMMIT around awaits would be shared with every other request
 * whose statements run between those awaits: their writes would commit or roll back with ours.
 * So the writing connection is held by a process-wide lock for the whole transaction, and while
 * it is held every `db()` outside that transaction reads through a second, read-only connection
 * (WAL: it sees only committed rows, and a stray write fails at once instead of joining).
 * Which transaction a call is in comes from AsyncLocalStorage, so nested domain calls join it.
 */
import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './index';
import type { PgDb, Postgres } from './postgres';
import * as schema from './schema';
import type { Dialect } from './tables';

interface TxContext {
	owner: AppDatabase;
	tx: Db;
	/** False once committed or rolled back: work the body left running must not use it. */
	active: boolean;
	savepoints: number;
}

/** FIFO mutex: one SQLite transaction at a time in this process. */
class WriteLock {
	held = false;
	private tail: Promise<void> = Promise.resolve();

	acquire(): Promise<() => void> {
		let release!: () => void;
		const done = new Promise<void>((resolve) => (release = resolve));
		const before = this.tail;
		this.tail = before.then(() => done);
		return before.then(() => {
			this.held = true;
			return () => {
				this.held = false;
				release();
			};
		});
	}
}

const context = new AsyncLocalStorage<TxContext>();

export class AppDatabase {
	private readonly lock = new WriteLock();
	private readonly statements;
	/** What else holds this database open (a PostgreSQL event bus), ended first on close. */
	private readonly closers: (() => Promise<void>)[] = [];

	private constructor(
		readonly dialect: Dialect,
		/** SQLite: the one writing connection. PostgreSQL: the pool. */
		private readonly main: Db,
		/** SQLite files only: what reads outside a transaction use while the writer is held. */
		private readonly reader: Db | null,
		readonly postgres: Postgres | null
	) {
		const client = main.$client;
		this.statements =
			dialect === 'sqlite'
				? {
						// IMMEDIATE: the file's write lock first, so no other process writes in between.
						begin: client.prepare('BEGIN IMMEDIATE'),
						commit: client.prepare('COMMIT'),
						rollback: client.prepare('ROLLBACK')
					}
				: null;
	}

	/** `main` is an opened, migrated SQLite connection; its file gets a read-only twin. */
	static sqlite(main: Db, path: string): AppDatabase {
		const reader =
			path === ':memory:'
				? null
				: drizzle(new Database(path, { readonly: true, timeout: 5000 }), { schema });
		return new AppDatabase('sqlite', main, reader, null);
	}

	static postgresql(postgres: Postgres): AppDatabase {
		return new AppDatabase('postgres', postgres.db as unknown as Db, null, postgres);
	}

	/** Where to read: the open transaction of this call chain, else the database. */
	db(): Db {
		const current = context.getStore();
		if (current?.active && current.owner === this) return current.tx;
		if (this.reader && this.lock.held) return this.reader;
		return this.main;
	}

	/**
	 * Runs `run` in one transaction: all its writes commit together or none does. Called inside
	 * another transaction of this database, it is a savepoint of it.
	 */
	async transaction<T>(run: (tx: Db) => Promise<T>): Promise<T> {
		const outer = context.getStore();
		if (outer?.active && outer.owner === this) return this.savepoint(outer, run);
		if (this.postgres) {
			return this.postgres.db.transaction((pgTx) => this.inContext(pgTx as unknown as Db, run));
		}
		const release = await this.lock.acquire();
		const { begin, commit, rollback } = this.statements!;
		try {
			begin.run();
			try {
				const result = await this.inContext(this.main, run);
				commit.run();
				return result;
			} catch (error) {
				if (this.main.$client.inTransaction) rollback.run();
				throw error;
			}
		} finally {
			release();
		}
	}

	/**
	 * One write statement that is its own transaction (an upsert whose WHERE re-checks what it
	 * depends on). SQLite runs it under the write lock, so it cannot land inside another
	 * request's open transaction; PostgreSQL runs it as it is, in autocommit: two round trips
	 * (BEGIN, COMMIT) and a connection held across them fewer than `transaction`. Inside a
	 * transaction it is part of that one.
	 */
	statement<T>(run: () => Promise<T>): Promise<T> {
		if (this.postgres || this.inTransaction()) return run();
		return this.transaction(run);
	}

	private async inContext<T>(tx: Db, run: (tx: Db) => Promise<T>): Promise<T> {
		const current: TxContext = { owner: this, tx, active: true, savepoints: 0 };
		try {
			return await context.run(current, () => run(tx));
		} finally {
			current.active = false;
		}
	}

	private async savepoint<T>(outer: TxContext, run: (tx: Db) => Promise<T>): Promise<T> {
		if (this.postgres) {
			const pgTx = outer.tx as unknown as { transaction: PgDb['transaction'] };
			return pgTx.transaction((inner) => this.inContext(inner as unknown as Db, run));
		}
		const name = `sp${++outer.savepoints}`;
		const client = outer.tx.$client;
		client.exec(`SAVEPOINT ${name}`);
		try {
			const result = await run(outer.tx);
			client.exec(`RELEASE ${name}`);
			return result;
		} catch (error) {
			client.exec(`ROLLBACK TO ${name}`);
			client.exec(`RELEASE ${name}`);
			throw error;
		}
	}

	/**
	 * Where a write that may be lost in a power cut runs as its own statement (postgres.ts,
	 * `relaxed`); on SQLite, and inside a transaction, where `db()` reads.
	 */
	relaxedDb(): Db {
		if (!this.postgres || this.inTransaction()) return this.db();
		return this.postgres.relaxed as unknown as Db;
	}

	/** True inside a transaction of this database, in this call chain. */
	inTransaction(): boolean {
		const current = context.getStore();
		return current?.active === true && current.owner === this;
	}

	/** Runs one raw statement (no rows wanted) where `db()` would read. */
	async execute(query: SQL): Promise<void> {
		const handle = this.db();
		if (this.postgres) await (handle as unknown as PgDb).execute(query);
		else handle.run(query);
	}

	/** Checks the database answers (the health probe). */
	async ping(): Promise<void> {
		if (this.postgres) await this.postgres.pool.query('SELECT 1');
		else (this.reader ?? this.main).$client.prepare('SELECT 1').get();
	}

	/** The SQLite connection that writes (backups, raw statements); null on PostgreSQL. */
	sqliteClient(): Database.Database | null {
		return this.postgres ? null : this.main.$client;
	}

	/** Registers something to end before the connections close (its own listening session). */
	onClose(close: () => Promise<void>): void {
		this.closers.push(close);
	}

	async close(): Promise<void> {
		await Promise.all(this.closers.splice(0).map((close) => close().catch(() => {})));
		this.reader?.$client.close();
		if (this.postgres) await this.postgres.close();
		else this.main.$client.close();
	}
}
