import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetConfig } from '../app/config';
import { closeDatabase, db } from '../db';

/**
 * Points the app's database at a fresh SQLite file for one test file (real file, real
 * migrations). Call in `beforeAll`; the returned function removes it in `afterAll`.
 */
export function useTempDatabase(): () => void {
	const folder = mkdtempSync(join(tmpdir(), 'standpoint-unit-'));
	void closeDatabase();
	process.env.DATABASE_URL = join(folder, 'test.db');
	resetConfig();
	db();
	return () => {
		void closeDatabase();
		rmSync(folder, { recursive: true, force: true });
	};
}
