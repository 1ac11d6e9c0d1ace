/**
 * Saving one answer on PostgreSQL against the same route on SQLite, both built apps on this
 * machine in the same run, starting from the same demo school (issue 18's goals for one
 * instance: saves ≥ 0.5× SQLite's throughput, p99 ≤ 50 ms at 300 saves/s, no failures), on a
 * durable server (fsync, synchronous commit) and then with synchronous_commit=off, the same
 * guarantee as the SQLite side's WAL with synchronous=NORMAL.
 * Loads alternate between the engines so a busy moment of the shared machine hits both.
 */
import { startServer } from '../tests/server';
import { load, type LoadResult } from './load';
import { benchPostgres, startPostgresServer } from './postgres';
import {
	answerSaver,
	CONNECTIONS,
	loadLine,
	PACED_RATE,
	PACED_REQUESTS,
	REQUESTS
} from './save-answer';

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
		const fastSqlite = await load(saveSqlite, CONNECTIONS, REQUESTS);
		const fastPostgres = await load(savePostgres, CONNECTIONS, REQUESTS);
		const pacedSqlite = await load(saveSqlite, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		const pacedPostgres = await load(savePostgres, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		// Like for like with SQLite (WAL, synchronous=NORMAL: a commit does not wait for the disk).
		await postgres.synchronousCommit('off');
		await load(savePostgres, 10, 300);
		const fastAsync = await load(savePostgres, CONNECTIONS, REQUESTS);
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
