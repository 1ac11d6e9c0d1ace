import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, integrityOf, restoreDatabase } from './backup';
import * as classes from '../classes/classes';
import { closeDatabase, databasePath, db } from './';
import { makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

// SQLite's online backup of the database file: this file runs on SQLite only.
useTestDatabase();

const countClasses = (file: string) => {
	const sqlite = new Database(file, { readonly: true });
	const row = sqlite.prepare('SELECT count(*) AS n FROM classes').get() as { n: number };
	sqlite.close();
	return row.n;
};

describe('backup and restore', () => {
	it('backs up while classes are being written, and restores every committed row', async () => {
		const teacher = await makeUser('teacher');
		for (let i = 0; i < 50; i++) await classes.create(teacher, `Before ${i}`);
		const folder = mkdtempSync(join(tmpdir(), 'standpoint-backup-'));
		const target = join(folder, 'backup.db');
		// Writes keep arriving between the backup's steps.
		let writing = true;
		let written = 0;
		const writer = (async () => {
			while (writing) {
				await classes.create(teacher, `During ${written++}`);
				await new Promise((done) => setImmediate(done));
			}
		})();
		const { pages } = await backupDatabase(target);
		writing = false;
		await writer;
		expect(pages).toBeGreaterThan(0);
		expect(integrityOf(target)).toBe('ok');
		const inBackup = countClasses(target);
		expect(inBackup).toBeGreaterThanOrEqual(50);

		const live = databasePath();
		const before = countClasses(live);
		await closeDatabase();
		restoreDatabase(target, live);
		db();
		expect(countClasses(live)).toBe(inBackup);
		expect(before).toBe(50 + written);
		expect(integrityOf(live)).toBe('ok');
	});

	it('refuses to restore a file that is not a sound database', () => {
		const folder = mkdtempSync(join(tmpdir(), 'standpoint-backup-'));
		expect(() => restoreDatabase(join(folder, 'missing.db'), join(folder, 'x.db'))).toThrow(
			/No backup/
		);
	});
});

describe('the backup and restore commands', () => {
	const run = (script: string, args: string[], env: Record<string, string>) =>
		spawnSync(process.execPath, [script, ...args], {
			env: { ...process.env, ...env },
			encoding: 'utf8'
		});

	it('run with plain node, copy without migrating, and rotate dated backups', () => {
		const folder = mkdtempSync(join(tmpdir(), 'standpoint-backup-cli-'));
		const source = join(folder, 'old.db');
		// A database the app has never migrated: the backup must leave it exactly so.
		const sqlite = new Database(source);
		sqlite.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
		sqlite.close();
		const tables = (file: string) => {
			const db = new Database(file, { readonly: true });
			const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
			db.close();
			return names;
		};
		const dir = join(folder, 'backups');
		for (let i = 0; i < 3; i++) {
			const done = run('scripts/backup.js', ['--dir', dir, '--keep', '2'], {
				DATABASE_URL: source
			});
			expect(done.stderr).toBe('');
			expect(done.status).toBe(0);
			// Backups are named by the second; different names need a later second.
			if (i < 2) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
		}
		const kept = readdirSync(dir);
		expect(kept).toHaveLength(2);
		expect(tables(source)).toEqual(['notes']);
		expect(tables(join(dir, kept[1]!))).toEqual(['notes']);

		const target = join(folder, 'restored.db');
		const restored = run('scripts/restore.js', [join(dir, kept[1]!)], { DATABASE_URL: target });
		expect(restored.status).toBe(0);
		expect(tables(target)).toEqual(['notes']);
		const damaged = join(folder, 'damaged.db');
		writeFileSync(damaged, 'not a database');
		const refused = run('scripts/restore.js', [damaged], { DATABASE_URL: target });
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('is damaged');
	});

	it('send a PostgreSQL database to pg_dump instead of copying a file named after its URL', () => {
		const folder = mkdtempSync(join(tmpdir(), 'standpoint-backup-pg-'));
		const env = { DATABASE_URL: 'postgres://standpoint:secret@db:5432/standpoint' };
		for (const [script, args] of [
			['scripts/backup.js', ['--dir', folder]],
			['scripts/restore.js', [join(folder, 'x.db')]]
		] as const) {
			const refused = run(script, [...args], env);
			expect(refused.status).toBe(1);
			expect(refused.stderr).toContain('back it up with pg_dump');
		}
		expect(readdirSync(folder)).toEqual([]);
	});
});
