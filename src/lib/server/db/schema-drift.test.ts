import { describe, expect, it } from 'vitest';
import { getTableConfig, integer as pgInteger, pgTable, text as pgText } from 'drizzle-orm/pg-core';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from './schema';
import * as pgSchema from './schema.pg';
import { dependencyOrder, pgShapes, pgTables, sqliteShapes } from './schema-shape';

const sqlite = sqliteShapes(sqliteSchema);
const pg = pgShapes(pgSchema);

describe('the PostgreSQL schema matches the SQLite schema', () => {
	it('has the same tables', () => {
		expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
		expect(Object.keys(sqlite).length).toBeGreaterThan(20);
	});

	it.each(Object.keys(sqlite))('%s: same columns, keys, constraints and indexes', (name) => {
		expect(pg[name]).toEqual(sqlite[name]);
	});

	it('keeps every time in a bigint: milliseconds since 1970 passed 2³¹ in its first month', () => {
		const timeColumns = pgTimeColumns();
		expect(timeColumns.length).toBeGreaterThan(20);
		expect(timeColumns.filter((column) => column.type !== 'PgBigInt53')).toEqual([]);
	});

	it('orders tables after the tables they reference', () => {
		const order = dependencyOrder(pg);
		expect(order.indexOf('users')).toBeLessThan(order.indexOf('classes'));
		expect(order.indexOf('debates')).toBeLessThan(order.indexOf('events'));
		expect(order.indexOf('posts')).toBeLessThan(order.indexOf('reactions'));
		expect(order).toHaveLength(Object.keys(pg).length);
	});
});

describe('the comparison', () => {
	it('sees a column that is nullable in one dialect only', () => {
		const a = sqliteShapes({
			t: sqliteTable('t', { id: integer('id').primaryKey(), name: text('name') })
		});
		const b = pgShapes({
			t: pgTable('t', { id: pgInteger('id').primaryKey(), name: pgText('name').notNull() })
		});
		expect(b.t).not.toEqual(a.t);
		expect(b.t!.columns.name!.notNull).toBe(true);
		expect(a.t!.columns.name!.notNull).toBe(false);
	});
});

/** Every `…_at` column of the PostgreSQL schema, with its drizzle column type. */
function pgTimeColumns(): { name: string; type: string }[] {
	return pgTables(pgSchema).flatMap((table) => {
		const config = getTableConfig(table);
		return config.columns
			.filter((column) => column.name.endsWith('_at'))
			.map((column) => ({ name: `${config.name}.${column.name}`, type: column.columnType }));
	});
}
