import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { socketUrl } from './postgres';

/** What the globalSetup started; only `*.pg.test.ts` files (the `postgres` project) have it. */
function socket(): string {
	const dir = inject('postgresSocket');
	if (!dir) throw new Error('No test PostgreSQL: name the file *.pg.test.ts');
	return dir;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client(socketUrl(socket(), 'postgres'));
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

export interface TestDatabase {
	url: string;
	name: string;
	/** Drops it, closing whatever connections a test left open. */
	drop(): Promise<void>;
}

/** A new, empty database on the test server (not migrated: openPostgres does that). */
export async function createTestDatabase(): Promise<TestDatabase> {
	const name = `test_${randomBytes(6).toString('hex')}`;
	await admin((client) => client.query(`CREATE DATABASE ${name}`));
	return {
		name,
		url: socketUrl(socket(), name),
		drop: async () => {
			await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
		}
	};
}
