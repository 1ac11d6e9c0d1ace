/**
 * The classroom (classroom.ts) on PostgreSQL against SQLite in the same run: each built app
 * from the same demo school, the same 300 students, 100 streams and 10 posters, one engine
 * after the other, every acknowledged answer and post then looked for in that engine's rows.
 */
import { startServer } from '../tests/server';
import { benchPostgres, startPostgresServer } from './postgres';
import {
	lostWrites,
	pct,
	printLost,
	printRun,
	runClassroom,
	sqliteStored,
	type StoredWrites
} from './classroom';

function postgresStored(
	query: ReturnType<typeof benchPostgres>['query'],
	url: string
): StoredWrites {
	return {
		answers: async () =>
			new Set(
				(
					await query<{ a: number; q: number }>(
						url,
						'SELECT attempt_id AS a, question_id AS q FROM responses'
					)
				).map((r) => `${r.a}:${r.q}`)
			),
		posts: async () =>
			Number(
				(
					await query<{ n: string }>(
						url,
						"SELECT count(*) AS n FROM posts WHERE claim LIKE 'Load question %'"
					)
				)[0]!.n
			)
	};
}

export async function benchPostgresClassroom(): Promise<void> {
	const seconds = Number(process.env.CLASSROOM_SECONDS) || 60;
	const postgres = benchPostgres();
	const sqlite = await startServer();
	let onPostgres: Awaited<ReturnType<typeof startPostgresServer>> | null = null;
	try {
		const url = await postgres.copyOf(sqlite.databasePath);
		onPostgres = await startPostgresServer(url);
		const liteRun = await runClassroom(sqlite.url, seconds);
		const liteLost = await lostWrites(liteRun, sqliteStored(sqlite.databasePath));
		await sqlite.stop();
		const pgRun = await runClassroom(onPostgres.url, seconds);
		const pgLost = await lostWrites(pgRun, postgresStored(postgres.query, url));
		printRun('Classroom on SQLite', liteRun);
		printLost(liteLost, liteRun);
		printRun('Classroom on PostgreSQL (durable), same run', pgRun);
		printLost(pgLost, pgRun);
		const p99 = (run: typeof pgRun) => pct(run.saves, 0.99);
		console.log(
			`  PostgreSQL/SQLite: saves p50 ${(pct(pgRun.saves, 0.5) / pct(liteRun.saves, 0.5)).toFixed(2)}×, ` +
				`p99 ${(p99(pgRun) / p99(liteRun)).toFixed(2)}×, saves done ${(pgRun.saves.length / liteRun.saves.length).toFixed(2)}×`
		);
	} finally {
		await onPostgres?.stop();
		await sqlite.stop();
		postgres.stop();
	}
}
