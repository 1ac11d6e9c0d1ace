/**
 * PostgreSQL through drizzle's node-postgres driver, for DATABASE_URL=postgres://… (issue 18).
 * What every instance needs at start: a pool and the migrations of drizzle-pg/ applied once,
 * however many instances start together.
 */
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import * as schema from './schema.pg';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export interface Postgres {
	db: PgDb;
	pool: pg.Pool;
	/**
	 * Two connections whose commits do not wait for the disk (synchronous_commit=off), for
	 * writes that may be lost in a power cut without harm: a request-limit token taken. Their
	 * effects are seen by every instance at once, as any commit's; an OS crash may forget the
	 * last ~0.6 s of them (buckets a little fuller after a restart), a crash of PostgreSQL
	 * alone forgets nothing, and the database is never corrupt. The save's own fsync is then
	 * the only one a request waits for.
	 */
	relaxed: PgDb;
	close(): Promise<void>;
}

/** Connections of each instance's `relaxed` pool: one statement each, never a transaction. */
const RELAXED_POOL = 2;

export interface PostgresOptions {
	/** Folder of generated pg migrations; the repository's drizzle-pg/ by default. */
	migrationsFolder?: string;
	/** Connections this instance may hold; each app instance has its own pool. */
	max?: number;
}

/**
 * Any fixed number, the same in every instance: the key of the advisory lock that lets one
 * starting instance migrate while the others wait (drizzle's migrator takes no lock itself, and
 * two instances creating the same tables at once would make one of them fail to start).
 */
const MIGRATION_LOCK = 1_801_818;

export { isPostgresUrl } from '../app/config';

/** Connects a pool and brings the database to the newest migration before returning. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Postgres> {
	const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
	// An idle client's error (the server restarted) must not crash the process: the pool drops it.
	pool.on('error', () => {});
	try {
		await migrateLocked(pool, options.migrationsFolder ?? resolve('drizzle-pg'));
	} catch (error) {
		await pool.end();
		throw error;
	}
	const db = drizzle(pool, { schema });
	const relaxedPool = new pg.Pool({
		connectionString: url,
		max: RELAXED_POOL,
		options: '-c synchronous_commit=off'
	});
	relaxedPool.on('error', () => {});
	const relaxed = drizzle(relaxedPool, { schema });
	return {
		db,
		pool,
		relaxed,
		close: async () => {
			await Promise.all([pool.end(), relaxedPool.end()]);
		}
	};
}

async function migrateLocked(pool: pg.Pool, migrationsFolder: string): Promise<void> {
	const client = await pool.connect();
	try {
		// Session-level lock on this one connection; drizzle migrates over the same connection.
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
		try {
			await migrate(drizzle(client, { schema }), { migrationsFolder });
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
		}
	} finally {
		client.release();
	}
}
