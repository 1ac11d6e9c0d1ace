/**
 * Two built app instances (`node build`) on one throwaway PostgreSQL, each on its own port, for
 * the two-instance journeys. The database starts as a copy of a freshly seeded demo school,
 * moved there with the export command operators use (db/export-to-postgres.ts).
 */
import { exportToPostgres } from '../src/lib/server/db/export-to-postgres';
import { queryOnce, startPostgres, socketUrl } from '../src/lib/server/testing/postgres';
import { startServer, type TestServer } from './server';

export interface InstancePair {
	a: TestServer;
	b: TestServer;
	/** Runs one query on the instances' database; returns its rows. */
	query<T>(text: string, values?: unknown[]): Promise<T[]>;
	/** A new, empty database on the same server (a fresh start); returns its URL. */
	emptyDatabase(name: string): Promise<string>;
	stop(): Promise<void>;
}

export async function startInstancePair(): Promise<InstancePair> {
	const postgres = startPostgres();
	const servers: TestServer[] = [];
	try {
		await queryOnce(socketUrl(postgres.socketDir, 'postgres'), 'CREATE DATABASE school');
		const url = socketUrl(postgres.socketDir, 'school');
		const seeded = await startServer();
		await seeded.kill('SIGTERM');
		await exportToPostgres(seeded.databasePath, url);
		await seeded.stop();
		// No ORIGIN: each instance accepts forms from the address a browser used, as behind a
		// proxy that passes the Host on (the failover proxy does).
		const env = { DATABASE_URL: url, ORIGIN: undefined };
		servers.push(...(await Promise.all([startServer(env), startServer(env)])));
	} catch (error) {
		for (const server of servers) await server.stop();
		postgres.stop();
		throw error;
	}
	const [a, b] = servers as [TestServer, TestServer];
	return {
		a,
		b,
		query: (text, values) => queryOnce(socketUrl(postgres.socketDir, 'school'), text, values),
		emptyDatabase: async (name) => {
			await queryOnce(socketUrl(postgres.socketDir, 'postgres'), `CREATE DATABASE ${name}`);
			return socketUrl(postgres.socketDir, name);
		},
		stop: async () => {
			for (const server of servers) await server.stop();
			postgres.stop();
		}
	};
}
