// The benchmarks fill tables with raw INSERTs for speed, outside drizzle's types: when a migration
// dropped `questions.kind`, `npm run bench` stopped at the reports bench with "no column named
// kind" and no test noticed. Every INSERT in bench/ and scripts/ names only columns that exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../db/schema';

const tables = new Map<string, Set<string>>();
for (const value of Object.values(schema)) {
	try {
		const config = getTableConfig(value as SQLiteTable);
		tables.set(config.name, new Set(config.columns.map((c) => c.name)));
	} catch {
		// not a table (a type, an enum list)
	}
}

const INSERT = /INSERT INTO (\w+) \(([^)]+)\)/g;

function inserts(folder: string): { file: string; table: string; columns: string[] }[] {
	return readdirSync(folder)
		.filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.test.ts'))
		.flatMap((f) => {
			const text = readFileSync(join(folder, f), 'utf8');
			// A table the file creates itself (the bare baseline's) is not the app's.
			const own = new Set(
				[...text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/g)].map((m) => m[1])
			);
			return [...text.matchAll(INSERT)]
				.filter((m) => !own.has(m[1]))
				.map((m) => ({
					file: f,
					table: m[1] ?? '',
					columns: (m[2] ?? '').split(',').map((c) => c.trim())
				}));
		});
}

describe('raw INSERTs in benchmarks and scripts', () => {
	const found = [...inserts('bench'), ...inserts('scripts')];

	it('finds the benches’ inserts (so the check is not vacuous)', () => {
		expect(found.length).toBeGreaterThan(5);
	});

	it('name only tables and columns of the schema', () => {
		const unknown = found.flatMap(({ file, table, columns }) => {
			const known = tables.get(table);
			if (!known) return [`${file}: table ${table}`];
			return columns.filter((c) => !known.has(c)).map((c) => `${file}: ${table}.${c}`);
		});
		expect(unknown).toEqual([]);
	});
});
