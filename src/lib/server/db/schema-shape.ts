/**
 * Each dialect's schema reduced to what must agree between SQLite and PostgreSQL (tables,
 * columns, keys, constraints, indexes), so schema-drift.test.ts can compare the two as plain
 * data and print the difference. Also lists the tables in an order that respects foreign keys,
 * for copying a database from one dialect to the other.
 */
import { getTableName, is, type SQL } from 'drizzle-orm';
import { PgDialect, PgTable, getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import {
	SQLiteSyncDialect,
	SQLiteTable,
	getTableConfig as sqliteConfig
} from 'drizzle-orm/sqlite-core';

export interface ColumnShape {
	family: string;
	notNull: boolean;
	hasDefault: boolean;
	primary: boolean;
	unique: boolean;
	enumValues: string[] | null;
}

export interface TableShape {
	columns: Record<string, ColumnShape>;
	primaryKeys: string[];
	foreignKeys: string[];
	uniqueConstraints: string[];
	checks: Record<string, string>;
	indexes: Record<string, string>;
}

/** Column types by family: what a value of the column is, whatever each engine calls it. */
const FAMILIES: Record<string, string> = {
	SQLiteInteger: 'integer',
	PgInteger: 'integer',
	PgBigInt53: 'integer',
	SQLiteText: 'text',
	PgText: 'text',
	SQLiteTextJson: 'json',
	PgJsonb: 'json',
	SQLiteBoolean: 'boolean',
	PgBoolean: 'boolean',
	SQLiteReal: 'real',
	PgDoublePrecision: 'real'
};

function family(columnType: string): string {
	const found = FAMILIES[columnType];
	// A new column type must be placed in a family here before either schema may use it.
	if (!found) throw new Error(`No type family for ${columnType}: add it to schema-shape.ts`);
	return found;
}

/**
 * drizzle marks every SQLite integer primary key as defaulted (it aliases the rowid, which
 * SQLite fills in); only an AUTOINCREMENT one is meant to be left out of an insert, as an
 * identity column is in PostgreSQL. The others (demo.id, demo_accounts.user_id) are always given.
 */
function hasDefault(column: AnyConfig['columns'][number]): boolean {
	if (column.columnType === 'SQLiteInteger' && column.primary) {
		return (column as unknown as { autoIncrement: boolean }).autoIncrement;
	}
	return column.hasDefault;
}

type AnyConfig = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;
type Named = { name: string };

const names = (columns: readonly unknown[]) =>
	columns.map((c) => (c as Named).name ?? String(c)).join(',');

function shape(config: AnyConfig, render: (value: SQL) => string): TableShape {
	const columns: Record<string, ColumnShape> = {};
	for (const column of config.columns) {
		columns[column.name] = {
			family: family(column.columnType),
			notNull: column.notNull,
			hasDefault: hasDefault(column),
			primary: column.primary,
			unique: column.isUnique,
			enumValues: column.enumValues ? [...column.enumValues] : null
		};
	}
	const indexes: Record<string, string> = {};
	for (const index of config.indexes) {
		const { name, columns: on, unique } = index.config;
		indexes[name ?? '?'] = `${unique ? 'unique ' : ''}(${names(on)})`;
	}
	const checks: Record<string, string> = {};
	for (const check of config.checks) checks[check.name] = render(check.value);
	return {
		columns,
		primaryKeys: config.primaryKeys.map((pk) => names(pk.columns)).sort(),
		foreignKeys: config.foreignKeys
			.map((fk) => {
				const ref = fk.reference();
				const target = getTableName(ref.foreignTable);
				return `(${names(ref.columns)}) → ${target}(${names(ref.foreignColumns)}) on delete ${fk.onDelete ?? 'no action'}`;
			})
			.sort(),
		uniqueConstraints: config.uniqueConstraints.map((u) => names(u.columns)).sort(),
		checks,
		indexes
	};
}

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

export function sqliteTables(schema: Record<string, unknown>): SQLiteTable[] {
	return Object.values(schema).filter((value): value is SQLiteTable => is(value, SQLiteTable));
}

export function pgTables(schema: Record<string, unknown>): PgTable[] {
	return Object.values(schema).filter((value): value is PgTable => is(value, PgTable));
}

export function sqliteShapes(schema: Record<string, unknown>): Record<string, TableShape> {
	return Object.fromEntries(
		sqliteTables(schema).map((table) => {
			const config = sqliteConfig(table);
			return [config.name, shape(config, (value) => sqliteDialect.sqlToQuery(value).sql)];
		})
	);
}

export function pgShapes(schema: Record<string, unknown>): Record<string, TableShape> {
	return Object.fromEntries(
		pgTables(schema).map((table) => {
			const config = pgConfig(table);
			return [config.name, shape(config, (value) => pgDialect.sqlToQuery(value).sql)];
		})
	);
}

/**
 * Table names with every table after the tables it references (a table referencing itself,
 * as posts' replies do, does not count). Throws on a cycle between tables, which a copy in
 * this order could not satisfy.
 */
export function dependencyOrder(shapes: Record<string, TableShape>): string[] {
	const dependsOn = new Map<string, Set<string>>();
	for (const [name, table] of Object.entries(shapes)) {
		const targets = table.foreignKeys.map((fk) => /→ (\w+)\(/.exec(fk)![1]!);
		dependsOn.set(name, new Set(targets.filter((target) => target !== name)));
	}
	const ordered: string[] = [];
	const placed = new Set<string>();
	while (ordered.length < dependsOn.size) {
		const ready = [...dependsOn.keys()]
			.filter((name) => !placed.has(name))
			.filter((name) => [...dependsOn.get(name)!].every((target) => placed.has(target)));
		if (ready.length === 0) throw new Error('The schema has a cycle of foreign keys.');
		for (const name of ready.sort()) {
			ordered.push(name);
			placed.add(name);
		}
	}
	return ordered;
}
