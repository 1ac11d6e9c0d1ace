import Database from 'better-sqlite3';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { db, databasePath } from './db';

/**
 * An online backup through SQLite's backup API: consistent while the app keeps writing, since
 * SQLite copies pages and restarts a step when a writer changes one it has already copied.
 */
export async function backupDatabase(target: string): Promise<{ pages: number }> {
	const result = await db().$client.backup(target);
	return { pages: result.totalPages };
}

/** `PRAGMA integrity_check` on a database file: "ok" when it is sound. */
export function integrityOf(file: string): string {
	const sqlite = new Database(file, { readonly: true, fileMustExist: true });
	try {
		return String(sqlite.pragma('integrity_check', { simple: true }));
	} finally {
		sqlite.close();
	}
}

/**
 * Replaces the app's database with a backup, after checking the backup is sound. Run it with
 * the app stopped: the old file's WAL and shared-memory files are removed with it.
 */
export function restoreDatabase(source: string, target = databasePath()): void {
	if (!existsSync(source)) throw new Error(`No backup at ${source}`);
	const health = integrityOf(source);
	if (health !== 'ok') throw new Error(`The backup at ${source} is damaged: ${health}`);
	for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
	copyFileSync(source, target);
}
