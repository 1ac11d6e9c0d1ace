import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { config } from '../app/config';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

let instance: Db | null = null;

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

/**
 * The app's database, opened on first use rather than at import time: `vite build` imports
 * server modules, and opening the file there would create and migrate it during the build.
 */
export function db(): Db {
	instance ??= openDatabase(databasePath());
	return instance;
}

/** For tests and scripts that open a fresh file: closes the current connection. */
export function closeDatabase(): void {
	instance?.$client.close();
	instance = null;
}
