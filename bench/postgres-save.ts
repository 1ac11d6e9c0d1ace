/**
 * Saving one answer on PostgreSQL against the same route on SQLite, both built apps on this
 * machine in the same run, starting from the same demo school (issue 18's goals for one
 * instance: saves ≥ 0.5× SQLite's throughput, p99 ≤ 50 ms at 300 saves/s, no failures), on a
 * durable server (fsync, synchronous commit) and then with synchronous_commit=off, the same
 * guarantee as the SQLite side's WAL with synchronous=NORMAL.
 * Loads alternate between the engines so a busy moment of the shared machine hits both.
 * Beside the times, what a save costs, which a busy machine changes far less than latency: CPU
 * of the app process and of the PostgreSQL server per save, and WAL fsyncs per save.
 */
import { startServer } from '../tests/server';
import { listenerPid } from './debate-stream';
import { load, type LoadResult } from './load';
import { benchPostgres, startPostgresServer, type BenchPostgres } from './postgres';
import { cpuSeconds } from './room';
import {
	answerSaver,
	CONNECTIONS,
	loadLine,
	PACED_RATE,
	PACED_REQUESTS,
	REQUESTS
} from './save-answer';

interface Cost {
	app: number;
	server: number;
	fsyncs: number;
}

/** Runs a load and measures what its saves cost (milliseconds of CPU, fsyncs, per save). */
async function costed(
	url: string,
	run: () => Promise<LoadResult>,
	postgres: BenchPostgres | null
): Promise<[LoadResult, Cost]> {
	const pid = listenerPid(Number(new URL(url).port))!;
	const before = { app: cpuSeconds(pid), server: postgres?.cpuSeconds() ?? 0 };
	const syncs = (await postgres?.walSyncs()) ?? 0;
	const result = await run();
	const app = cpuSeconds(pid) - before.app;
	const server = (postgres?.cpuSeconds() ?? 0) - before.server;
	// A busy backend reports its statistics at most once a second: wait for the last report.
	if (postgres) await new Promise((done) => setTimeout(done, 1500));
	const fsyncs = ((await postgres?.walSyncs()) ?? 0) - syncs;
	const per = (n: number) => n / result.requests;
	return [result, { app: per(app * 1000), server: per(server * 1000), fsyncs: per(fsyncs) }];
}

const costLine = (label: string, c: Cost, postgres = true) =>
	console.log(
		`  ${label.padEnd(38)} app ${c.app.toFixed(2)} ms` +
			(postgres ? `, server ${c.server.toFixed(2)} ms, ${c.fsyncs.toFixed(2)} fsyncs` : '')
	);

export async function benchPostgresSave(): Promise<void> {
	const postgres = benchPostgres();
	const sqlite = await startServer({ STANDPOINT_RATE_LIMIT: 'off' });
	let onPostgres: Awaited<ReturnType<typeof startPostgresServer>> | null = null;
	try {
		const url = await postgres.copyOf(sqlite.databasePath);
		onPostgres = await startPostgresServer(url, { STANDPOINT_RATE_LIMIT: 'off' });
		const saveSqlite = await answerSaver(sqlite.url);
		const savePostgres = await answerSaver(onPostgres.url);
		await load(saveSqlite, 10, 300);
		await load(savePostgres, 10, 300);
		const fast = (save: () => Promise<Response>) => () => load(save, CONNECTIONS, REQUESTS);
		const [fastSqlite, costSqlite] = await costed(sqlite.url, fast(saveSqlite), null);
		const [fastPostgres, costPostgres] = await costed(onPostgres.url, fast(savePostgres), postgres);
		const pacedSqlite = await load(saveSqlite, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		const pacedPostgres = await load(savePostgres, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		// Like for like with SQLite (WAL, synchronous=NORMAL: a commit does not wait for the disk).
		await postgres.synchronousCommit('off');
		await load(savePostgres, 10, 300);
		const [fastAsync, costAsync] = await costed(onPostgres.url, fast(savePostgres), postgres);
		const pacedAsync = await load(savePostgres, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		console.log(
			`\nSaving one answer, PostgreSQL against SQLite (WAL, synchronous=NORMAL), ${CONNECTIONS} connections`
		);
		console.log('  goals: throughput ratio ≥ 0.5, p99 ≤ 50 ms at 300 saves/s, 0 failures');
		loadLine('SQLite, as fast as it goes', fastSqlite);
		loadLine('PostgreSQL durable, as fast as it goes', fastPostgres);
		loadLine('PostgreSQL async commit, as fast', fastAsync);
		const ratio = (r: LoadResult) => (r.perSecond / fastSqlite.perSecond).toFixed(2);
		console.log(
			`  throughput ratio PostgreSQL/SQLite: durable ${ratio(fastPostgres)}, async commit ${ratio(fastAsync)}`
		);
		console.log('  per save, as fast as it goes (CPU milliseconds, WAL fsyncs):');
		costLine('SQLite', costSqlite, false);
		costLine('PostgreSQL durable', costPostgres);
		costLine('PostgreSQL async commit', costAsync);
		loadLine(`SQLite at ${PACED_RATE} saves/s`, pacedSqlite);
		loadLine(`PostgreSQL durable at ${PACED_RATE} saves/s`, pacedPostgres);
		loadLine(`PostgreSQL async commit at ${PACED_RATE}/s`, pacedAsync);
		const met = (r: LoadResult) => (r.p99 <= 50 ? 'met' : 'NOT met');
		console.log(
			`  PostgreSQL p99 ≤ 50 ms at ${PACED_RATE} saves/s: durable ${met(pacedPostgres)}, async commit ${met(pacedAsync)}`
		);
	} finally {
		await onPostgres?.stop();
		await sqlite.stop();
		postgres.stop();
	}
}
