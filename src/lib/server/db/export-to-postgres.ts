/**
 * Moves a school from SQLite to PostgreSQL (`npm run db:export-to-postgres`): every row of every
 * table, ids kept, in one PostgreSQL transaction that commits only if each table's row count and
 * checksum match the source's. Both sides are read through drizzle, so a value arrives as the
 * app reads it (0/1 becomes a boolean, JSON text becomes jsonb, milliseconds stay numbers).
 */
import { createHash } from 'node:crypto';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { existsSync } from 'node:fs';
import { openDatabase, type Db } from './index';
import { openPostgres, type PgDb } from './postgres';
import type { PgTx } from './pg-events';
import * as sqliteSchema from './schema';
import * as pgSchema from './schema.pg';
import { dependencyOrder, pgShapes, pgTables, sqliteTables } from './schema-shape';

/** Rows per read from SQLite and per INSERT (19 columns × 500 stays far below 65,535 parameters). */
const BATCH = 500;

export interface TableReport {
	table: string;
	rows: number;
	checksum: string;
}

type Row = Record<string, unknown>;

/** JSON with object keys sorted, so jsonb's own key order does not change a checksum. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Row).sort(([a], [b]) => (a < b ? -1 : 1));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

/**
 * Order-free digest of a table: each row hashed, the hashes sorted and hashed together. Sorting
 * rows by key instead would depend on each engine's collation of text keys (sessions.id).
 */
export class TableDigest {
	private readonly hashes: string[] = [];
	add(row: Row): void {
		this.hashes.push(createHash('sha256').update(canonical(row)).digest('hex'));
	}
	get rows(): number {
		return this.hashes.length;
	}
	digest(): string {
		return createHash('sha256').update(this.hashes.sort().join('\n')).digest('hex');
	}
}

function tablesByName<T>(tables: T[], name: (table: T) => string): Map<string, T> {
	return new Map(tables.map((table) => [name(table), table]));
}

/** Reads a SQLite table a page at a time in rowid order (every table here has a rowid). */
function* sqliteRows(source: Db, table: SQLiteTable): Generator<Row[]> {
	let last = 0;
	for (;;) {
		const page = source
			.select({ ...getTableColumns(table), rowid__: sql<number>`rowid` })
			.from(table)
			.where(sql`rowid > ${last}`)
			.orderBy(sql`rowid`)
			.limit(BATCH)
			.all();
		if (page.length === 0) return;
		last = page[page.length - 1]!.rowid__;
		yield page.map(({ rowid__: _, ...row }) => row);
	}
}

/** Columns (by TypeScript key) that point at their own table: filled in after every row exists. */
function selfReferences(table: PgTable): string[] {
	const keys = Object.entries(getTableColumns(table));
	return getTableConfig(table)
		.foreignKeys.map((fk) => fk.reference())
		.filter((ref) => getTableName(ref.foreignTable) === getTableName(table))
		.map((ref) => keys.find(([, column]) => column.name === ref.columns[0]!.name)![0]);
}

async function copyTable(
	source: Db,
	tx: PgTx,
	from: SQLiteTable,
	to: PgTable
): Promise<TableDigest> {
	const digest = new TableDigest();
	const later = selfReferences(to);
	const columns = getTableColumns(to);
	for (const page of sqliteRows(source, from)) {
		for (const row of page) digest.add(row);
		const first = page.map((row) => ({
			...row,
			...Object.fromEntries(later.map((k) => [k, null]))
		}));
		await tx.insert(to).values(first);
		for (const key of later) {
			for (const row of page.filter((r) => r[key] !== null)) {
				const id = columns.id!;
				await tx.execute(
					sql`UPDATE ${to} SET ${sql.identifier(columns[key]!.name)} = ${row[key]} WHERE ${id} = ${row.id}`
				);
			}
		}
	}
	return digest;
}

async function pgDigest(db: PgDb | PgTx, table: PgTable): Promise<TableDigest> {
	const digest = new TableDigest();
	for (const row of await db.select().from(table)) digest.add(row);
	return digest;
}

/** Identity sequences continue after the copied ids, so the next insert does not collide. */
async function resetSequence(tx: PgTx, table: PgTable): Promise<void> {
	const id = getTableColumns(table).id;
	if (!id?.generatedIdentity) return;
	const name = getTableName(table);
	await tx.execute(
		sql`SELECT setval(pg_get_serial_sequence(${name}, 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${table}), false)`
	);
}

async function assertEmpty(db: PgDb, tables: PgTable[]): Promise<void> {
	for (const table of tables) {
		if ((await db.$count(table)) > 0) {
			throw new Error(
				`The PostgreSQL database already has rows in ${getTableName(table)}: export into a new, empty database.`
			);
		}
	}
}

export async function exportToPostgres(
	sqlitePath: string,
	postgresUrl: string
): Promise<TableReport[]> {
	if (!existsSync(sqlitePath))
		throw new Error(`No SQLite database at ${sqlitePath}: check --from.`);
	// Opening migrates the file to the newest schema, as starting the app would.
	const source = openDatabase(sqlitePath);
	const target = await openPostgres(postgresUrl, { max: 1 });
	try {
		const from = tablesByName(sqliteTables(sqliteSchema), (t) => sqliteTableConfig(t).name);
		const to = tablesByName(pgTables(pgSchema), (t) => getTableConfig(t).name);
		const order = dependencyOrder(pgShapes(pgSchema));
		await assertEmpty(target.db, [...to.values()]);
		return await target.db.transaction(async (tx) => {
			const reports: TableReport[] = [];
			for (const name of order) {
				const sent = await copyTable(source, tx, from.get(name)!, to.get(name)!);
				const arrived = await pgDigest(tx, to.get(name)!);
				if (arrived.rows !== sent.rows || arrived.digest() !== sent.digest()) {
					throw new Error(
						`${name}: ${sent.rows} rows sent, ${arrived.rows} arrived, or their contents differ; nothing was written.`
					);
				}
				await resetSequence(tx, to.get(name)!);
				reports.push({ table: name, rows: sent.rows, checksum: sent.digest() });
			}
			return reports;
		});
	} finally {
		source.$client.close();
		await target.close();
	}
}

/** The same per-table figures for a SQLite file, to compare with an export's report. */
export function sqliteReport(source: Db): TableReport[] {
	return sqliteTables(sqliteSchema).map((table) => {
		const digest = new TableDigest();
		for (const page of sqliteRows(source, table)) for (const row of page) digest.add(row);
		return { table: sqliteTableConfig(table).name, rows: digest.rows, checksum: digest.digest() };
	});
}

/** Per-table figures read back from PostgreSQL. */
export async function postgresReport(db: PgDb): Promise<TableReport[]> {
	const reports: TableReport[] = [];
	for (const table of pgTables(pgSchema)) {
		const digest = await pgDigest(db, table);
		reports.push({ table: getTableName(table), rows: digest.rows, checksum: digest.digest() });
	}
	return reports;
}
