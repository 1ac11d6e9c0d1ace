import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { config } from './config';
import { appDatabase, usePostgres } from '../db';
import { openPostgres } from '../db/postgres';
import { demoLogins, seedDemo } from '../db/seed';

/** Where the data is, for the start-up lines: a PostgreSQL URL without its password. */
export function describeDatabase(): string {
	const { databaseUrl, dialect } = config();
	if (dialect === 'sqlite') return databaseUrl;
	const url = new URL(databaseUrl);
	if (url.password) url.password = '***';
	return url.toString();
}

/**
 * Opens and migrates the app's database: a SQLite file, or PostgreSQL for a postgres:// URL,
 * which every instance migrates at start under a lock, so the first one does the work.
 */
export async function openAppDatabase(): Promise<void> {
	const { databaseUrl, dialect, migrationsDir, databasePool } = config();
	if (dialect === 'postgres') {
		const postgres = await openPostgres(databaseUrl, {
			migrationsFolder: resolve(migrationsDir),
			max: databasePool
		});
		usePostgres(postgres);
	}
	appDatabase();
}

/**
 * Opens the database, seeds the demo into it when it is empty, and prints the demo logins at
 * every start while the demo exists (`npm run demo:password` prints them too). In a cluster
 * (app/cluster.ts) the first worker does it before the others start; they find it done and
 * print nothing more.
 */
export async function prepareDatabase(): Promise<void> {
	await openAppDatabase();
	if (config().demo) {
		const seeded = await seedDemo(config().demoPassword ?? undefined);
		if (seeded) console.log(`Seeded the demo into ${describeDatabase()}.`);
	}
	if (cluster.isWorker && cluster.worker?.id !== 1) return;
	const logins = await demoLogins();
	if (logins) console.log(logins);
}
