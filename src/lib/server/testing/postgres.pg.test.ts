import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from './postgres';

describe('the throwaway PostgreSQL', () => {
	it('serves on its socket, and a later start removes it once its test run is gone', async () => {
		const orphan = startPostgres();
		const client = new pg.Client(orphan.url());
		await client.connect();
		const { rows } = await client.query('SHOW listen_addresses');
		await client.end();
		expect(rows[0].listen_addresses).toBe('');

		// As if the run that started it had been killed: its owner is a process that has exited.
		const gone = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
		writeFileSync(join(orphan.socketDir, 'owner.pid'), gone);
		const next = startPostgres();
		try {
			expect(existsSync(orphan.socketDir)).toBe(false);
			expect(existsSync(next.socketDir)).toBe(true);
		} finally {
			next.stop();
		}
		expect(existsSync(next.socketDir)).toBe(false);
	});
});
