// Backup and restore of Standpoint's SQLite file, in plain JavaScript so that they run from a
// production install (`npm prune --omit=dev`, the Docker image) with nothing but better-sqlite3.
// They open the file as it is and never migrate it: a backup is a copy of what was there.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const POSTGRES_BACKUP =
	'DATABASE_URL is a PostgreSQL database: back it up with pg_dump and restore it with pg_restore (deploy/README.md, "Backup and restore on PostgreSQL"). npm run backup and restore copy the SQLite file.';

/**
 * DATABASE_URL as the app reads it (src/lib/server/app/config.ts): a path or a `file:` URL.
 * @param {Record<string, string | undefined>} env
 */
export function databasePathFrom(env) {
	const url = env.DATABASE_URL || 'data/standpoint.db';
	// Taken as a path, a PostgreSQL URL would be "backed up" from a file that does not exist.
	if (/^postgres(ql)?:\/\//.test(url)) throw new Error(POSTGRES_BACKUP);
	return url.startsWith('file:') ? url.slice('file:'.length) : url;
}

/**
 * An online backup through SQLite's backup API: consistent while the app keeps writing, since
 * SQLite restarts a step when a writer changes a page it has already copied.
 * @param {string} source
 * @param {string} target
 * @returns {Promise<{ pages: number }>}
 */
export async function backupFile(source, target) {
	if (!existsSync(source)) throw new Error(`No database at ${source}: check DATABASE_URL.`);
	const sqlite = new Database(source, { fileMustExist: true });
	try {
		const result = await sqlite.backup(target);
		selfContained(target);
		return { pages: result.totalPages };
	} finally {
		sqlite.close();
	}
}

/**
 * The copy inherits the app's WAL mode, so opening it would leave -wal and -shm files beside
 * it; a backup is one file to move around, in rollback-journal mode.
 * @param {string} file
 */
function selfContained(file) {
	const copy = new Database(file, { fileMustExist: true });
	try {
		copy.pragma('journal_mode = DELETE');
	} finally {
		copy.close();
	}
}

/**
 * `PRAGMA integrity_check` on a database file: "ok" when it is sound.
 * @param {string} file
 */
export function integrityOf(file) {
	const sqlite = new Database(file, { readonly: true, fileMustExist: true });
	try {
		return String(sqlite.pragma('integrity_check', { simple: true }));
	} finally {
		sqlite.close();
	}
}

/**
 * Replaces a database with a backup after checking the backup is sound. Run it with the app
 * stopped: the old file's WAL and shared-memory files are removed with it.
 * @param {string} source
 * @param {string} target
 */
export function restoreFile(source, target) {
	if (!existsSync(source)) throw new Error(`No backup at ${source}`);
	let health;
	try {
		health = integrityOf(source);
	} catch {
		health = 'not a database';
	}
	if (health !== 'ok') throw new Error(`The backup at ${source} is damaged: ${health}`);
	for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
	copyFileSync(source, target);
}

/** `standpoint-20261201-093000.db`: sorts by time, so rotation keeps the newest. */
export function backupName(at = new Date()) {
	const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	return `standpoint-${stamp}.db`;
}

/**
 * Deletes the oldest backups in `folder` beyond the newest `keep`; returns the names deleted.
 * @param {string} folder
 * @param {number} keep
 */
export function rotate(folder, keep) {
	const backups = readdirSync(folder)
		.filter((name) => /^standpoint-\d{8}-\d{6}\.db$/.test(name))
		.sort();
	const old = backups.slice(0, Math.max(0, backups.length - keep));
	for (const name of old) rmSync(join(folder, name), { force: true });
	return old;
}
