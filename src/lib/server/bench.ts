import { db, type Db } from './db';

/**
 * The benchmark's baseline: one row written by a bare endpoint, to compare the real answer-save
 * route against. It exists only when STANDPOINT_BENCH=1, in a scratch table outside migrations.
 */
export function benchEnabled(): boolean {
	return process.env.STANDPOINT_BENCH === '1';
}

const inserts = new WeakMap<Db, { run: (value: string, at: number) => unknown }>();

export function insertBaselineRow(value: string): void {
	const database = db();
	let statement = inserts.get(database);
	if (!statement) {
		const sqlite = database.$client;
		sqlite.exec(
			'CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, value TEXT, at INTEGER)'
		);
		const prepared = sqlite.prepare('INSERT INTO bench_baseline (value, at) VALUES (?, ?)');
		statement = { run: (v, at) => prepared.run(v, at) };
		inserts.set(database, statement);
	}
	statement.run(value, Date.now());
}
