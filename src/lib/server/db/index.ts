/**
 * The app's database, SQLite (a file path, the default) or PostgreSQL (DATABASE_URL=postgres://),
 * behind one API the domain code is written against once (issue 18):
 *
 * - `db()` reads. Inside `transaction()` it is that transaction; outside, the database.
 * - `transaction(async (tx) => …)` writes: every write goes through it, so its guarantees (all
 *   or nothing, an event appended with the change it reports) hold on both engines, and on
 *   SQLite no other request's statement can land inside it (app-database.ts says how).
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { config } from '../app/config';
import { AppDatabase } from './app-database';
import type { PgDb, Postgres } from './postgres';
import * as schema from './schema';
import { useTables, type Dialect } from './tables';

export type { Dialect };
/**
 * The handle domain code queries. Typed as drizzle's SQLite database: on PostgreSQL it is the pg
 * database (or transaction), which builds the same queries; domain code only awaits queries,
 * never better-sqlite3's synchronous `.get()/.all()/.run()`.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** DATABASE_URL may be a plain path or a `file:` URL, as drizzle-kit accepts both. */
export function databasePath(): string {
	const url = config().databaseUrl;
	return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

function migrationsFolder(): string {
	return resolve(config().migrationsDir);
}

/**
 * SQLite changes a constraint by rebuilding the table (create new, copy, drop old, rename). With
 * foreign keys on, dropping the old table cascades: rebuilding `quizzes` once deleted every
 * question, assignment and answer. drizzle runs the migrations in one transaction, where
 * `PRAGMA foreign_keys` is ignored, so keys are off around it and checked once after.
 */
function migrateKeepingRows(db: Db): void {
	db.$client.pragma('foreign_keys = OFF');
	migrate(db, { migrationsFolder: migrationsFolder() });
	const broken = db.$client.pragma('foreign_key_check') as unknown[];
	if (broken.length > 0) {
		throw new Error(`The database has ${broken.length} rows whose references point nowhere.`);
	}
}

/** Opens (creating when missing) and migrates a SQLite file. */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	sqlite.pragma('journal_mode = WAL');
	// Readers and the one writer share the file; wait briefly instead of failing at once.
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	const db = drizzle(sqlite, { schema });
	migrateKeepingRows(db);
	sqlite.pragma('foreign_keys = ON');
	return db;
}

let instance: AppDatabase | null = null;

function use(database: AppDatabase): AppDatabase {
	instance = database;
	useTables(database.dialect);
	return database;
}

/** A SQLite file opened as the app uses it (a second one plays a second instance in tests). */
export function openSqlite(path: string): AppDatabase {
	return AppDatabase.sqlite(openDatabase(path), path);
}

/**
 * The app's database, opened on first use rather than at import time: `vite build` imports
 * server modules, and opening the file there would create and migrate it during the build.
 * PostgreSQL is opened ahead, by `usePostgres` at start.
 */
export function appDatabase(): AppDatabase {
	return instance ?? use(openSqlite(databasePath()));
}

/**
 * Makes `database` the app's (tests playing a second instance on the same file or server);
 * returns the one it replaces, which stays open.
 */
export function switchDatabase(database: AppDatabase): AppDatabase | null {
	const previous = instance;
	use(database);
	return previous;
}

/** Makes an open PostgreSQL the app's database (start-up and the postgres test project). */
export function usePostgres(postgres: Postgres): void {
	use(AppDatabase.postgresql(postgres));
}

export function dialect(): Dialect {
	return appDatabase().dialect;
}

/** Where to read: the open transaction of this call chain, else the database. */
export function db(): Db {
	return appDatabase().db();
}

/** Runs `run` in one transaction (a savepoint when one is already open in this call chain). */
export function transaction<T>(run: (tx: Db) => Promise<T>): Promise<T> {
	return appDatabase().transaction(run);
}

/** One write statement as its own transaction, without BEGIN/COMMIT on PostgreSQL. */
export function statement<T>(run: () => Promise<T>): Promise<T> {
	return appDatabase().statement(run);
}

/** The pg database itself, for what only PostgreSQL has (LISTEN/NOTIFY); null on SQLite. */
export function postgresDb(): PgDb | null {
	return appDatabase().postgres?.db ?? null;
}

/** For tests, scripts and shutdown: closes the current connections (SQLite: at once). */
export function closeDatabase(): Promise<void> {
	const database = instance;
	instance = null;
	return database ? database.close() : Promise.resolve();
}
