/**
 * The PostgreSQL side of the benchmarks: one throwaway server for the run (started as the
 * `postgres` test project starts its own, but durable, as production runs it), and app
 * instances on a database of it that holds a copy of a seeded SQLite file (the export command
 * operators use), so both engines start from the same demo school, row for row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportToPostgres } from '../src/lib/server/db/export-to-postgres';
import { queryOnce, startPostgres, socketUrl } from '../src/lib/server/testing/postgres';
import { startServer, type TestServer } from '../tests/server';

export interface BenchPostgres {
	/** A new database holding every row of the SQLite file; returns its URL. */
	copyOf(sqlitePath: string): Promise<string>;
	/** Runs one query on a database (the lost-writes checks); returns its rows. */
	query<T>(url: string, text: string, values?: unknown[]): Promise<T[]>;
	/**
	 * synchronous_commit for the whole server from now on (new and running connections):
	 * 'off' is SQLite WAL with synchronous=NORMAL's guarantee, the last moment of commits may
	 * be lost on power loss, never a corrupt database.
	 */
	synchronousCommit(value: 'on' | 'off'): Promise<void>;
	/** CPU seconds of the whole server so far: postmaster, its live and its exited processes. */
	cpuSeconds(): number;
	/** WAL flushes to disk so far (pg_stat_wal.wal_sync), each an fsync a commit may wait for. */
	walSyncs(): Promise<number>;
	stop(): void;
}

export function benchPostgres(): BenchPostgres {
	const server = startPostgres({ durable: true });
	let made = 0;
	return {
		async copyOf(sqlitePath) {
			const name = `bench_${++made}`;
			await queryOnce(socketUrl(server.socketDir, 'postgres'), `CREATE DATABASE ${name}`);
			const url = socketUrl(server.socketDir, name);
			await exportToPostgres(sqlitePath, url);
			return url;
		},
		query: queryOnce,
		async synchronousCommit(value) {
			const url = socketUrl(server.socketDir, 'postgres');
			await queryOnce(url, `ALTER SYSTEM SET synchronous_commit = ${value}`);
			await queryOnce(url, 'SELECT pg_reload_conf()');
		},
		cpuSeconds: () => serverCpuSeconds(server.socketDir),
		async walSyncs() {
			const url = socketUrl(server.socketDir, 'postgres');
			const [row] = await queryOnce<{ n: string }>(url, 'SELECT wal_sync AS n FROM pg_stat_wal');
			return Number(row!.n);
		},
		stop: () => server.stop()
	};
}

/** utime + stime (+ cutime + cstime with `children`) of a process, from /proc. */
function processCpu(pid: number | string, children = false): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	const [user, system, childUser, childSystem] = fields.slice(11, 15).map(Number);
	return (user! + system! + (children ? childUser! + childSystem! : 0)) / 100;
}

function serverCpuSeconds(socketDir: string): number {
	const pidFile = readFileSync(join(socketDir, 'data', 'postmaster.pid'), 'utf8');
	const postmaster = Number(pidFile.split('\n')[0]);
	// Pool connections closed while idle were reaped: their time is in the postmaster's cutime.
	let total = processCpu(postmaster, true);
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const parent = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1];
			if (Number(parent) === postmaster) total += processCpu(pid);
		} catch {
			// Exited while listed.
		}
	}
	return total;
}

/** The built app on `url` (already holding the demo), as `startServer` runs it on SQLite. */
export function startPostgresServer(
	url: string,
	env: Record<string, string | undefined> = {}
): Promise<TestServer> {
	return startServer({ ...env, DATABASE_URL: url });
}
