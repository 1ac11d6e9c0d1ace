import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { createTestDatabase, type TestDatabase } from '../testing/pg-database';
import { openPostgres, type Postgres } from './postgres';
import * as pgSchema from './schema.pg';
import { pgShapes } from './schema-shape';

describe('openPostgres', () => {
	let database: TestDatabase;
	let postgres: Postgres;

	beforeAll(async () => {
		database = await createTestDatabase();
		postgres = await openPostgres(database.url);
	});
	afterAll(async () => {
		await postgres?.close();
		await database?.drop();
	});

	it('migrates an empty database to every table of the schema', async () => {
		const { rows } = await postgres.pool.query<{ name: string }>(
			`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`
		);
		const wanted = Object.keys(pgShapes(pgSchema)).sort();
		expect(rows.map((row) => row.name).sort()).toEqual(wanted);
	});

	it('creates the indexes and checks the schema declares', async () => {
		const { rows } = await postgres.pool.query<{ name: string }>(
			`SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'`
		);
		const names = rows.map((row) => row.name);
		const declared = Object.values(pgShapes(pgSchema)).flatMap((t) => Object.keys(t.indexes));
		expect(declared.filter((name) => !names.includes(name))).toEqual([]);
		await expect(
			postgres.pool.query(`INSERT INTO users (username, display_name, role, password_hash)
				VALUES ('a', 'A', 'teacher', 'x'), ('a', 'B', 'teacher', 'y')`)
		).rejects.toThrow(/users_username_unique/);
	});

	it('reads times as numbers, JSON as values, flags as booleans', async () => {
		const { db } = postgres;
		const [user] = await db
			.insert(pgSchema.users)
			.values({ username: 'rivera', displayName: 'Ms. Rivera', role: 'teacher', passwordHash: 'h' })
			.returning();
		expect(typeof user!.createdAt).toBe('number');
		expect(Math.abs(user!.createdAt - Date.now())).toBeLessThan(60_000);
		const [article] = await db
			.insert(pgSchema.articles)
			.values({ ownerId: user!.id, title: 'T', rawText: 'r', credits: ['AP', 'Reuters'] })
			.returning();
		expect(article!.credits).toEqual(['AP', 'Reuters']);
		const [klass] = await db
			.insert(pgSchema.classes)
			.values({ name: 'C', teacherId: user!.id, joinCode: 'ABC123', archivedAt: 2 ** 41 })
			.returning();
		expect(klass!.archivedAt).toBe(2 ** 41);
		const found = await db.query.users.findFirst({ where: eq(pgSchema.users.id, user!.id) });
		expect(found?.username).toBe('rivera');
	});

	// A request-limit take forgotten in a power cut is harmless; an answer or a post is not.
	it('keeps the server durability, except on the relaxed connections request limits write through', async () => {
		const setting = async (handle: Postgres['db']) => {
			const result = await handle.execute<{ setting: string; source: string }>(
				sql`SELECT setting, source FROM pg_settings WHERE name = 'synchronous_commit'`
			);
			return result.rows[0]!;
		};
		// The test server itself runs without synchronous commit: what matters is who set it.
		expect((await setting(postgres.db)).source).not.toBe('client');
		expect(await setting(postgres.relaxed)).toEqual({ setting: 'off', source: 'client' });
	});

	it('is a no-op to open again: the journal says every migration ran', async () => {
		const again = await openPostgres(database.url);
		const { rows } = await again.pool.query(
			'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations'
		);
		await again.close();
		expect(rows[0].n).toBeGreaterThan(0);
		const users = await postgres.pool.query('SELECT count(*)::int AS n FROM users');
		expect(users.rows[0].n).toBe(1);
	});
});

/** How many migrations drizzle-pg/ holds: each is recorded once, however many instances start. */
const MIGRATIONS = JSON.parse(readFileSync('drizzle-pg/meta/_journal.json', 'utf8')).entries.length;

describe('several instances starting at once', () => {
	it('migrate the database once and all start', async () => {
		const database = await createTestDatabase();
		try {
			const instances = await Promise.all(
				[1, 2, 3].map(() => openPostgres(database.url, { max: 2 }))
			);
			const { rows } = await instances[0]!.pool.query(
				'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations'
			);
			await Promise.all(instances.map((instance) => instance.close()));
			expect(rows[0].n).toBe(MIGRATIONS);
		} finally {
			await database.drop();
		}
	});
});
