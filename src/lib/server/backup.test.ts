import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, integrityOf, restoreDatabase } from './backup';
import * as classes from './classes';
import { closeDatabase, databasePath, db } from './db';
import { makeUser } from './testing/factories';
import { useTempDatabase } from './testing/temp-db';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const countClasses = (file: string) => {
	const sqlite = new Database(file, { readonly: true });
	const row = sqlite.prepare('SELECT count(*) AS n FROM classes').get() as { n: number };
	sqlite.close();
	return row.n;
};

describe('backup and restore', () => {
	it('backs up while classes are being written, and restores every committed row', async () => {
		const teacher = await makeUser('teacher');
		for (let i = 0; i < 50; i++) classes.create(teacher, `Before ${i}`);
		const folder = mkdtempSync(join(tmpdir(), 'standpoint-backup-'));
		const target = join(folder, 'backup.db');
		// Writes keep arriving between the backup's steps.
		let writing = true;
		let written = 0;
		const writer = (async () => {
			while (writing) {
				classes.create(teacher, `During ${written++}`);
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
		closeDatabase();
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
