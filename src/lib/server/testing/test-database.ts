/**
 * The one set-up of the domain suite on both engines: a test file calls `useTestDatabase()` and
 * runs on a fresh SQLite file in the `unit` vitest project, and on a fresh PostgreSQL database of
 * the throwaway server in the `postgres` project (vitest.config.ts lists the files it runs on
 * both). The tests themselves are not copied: the same file runs twice.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { AppDatabase } from '../db/app-database';
import { appDatabase, closeDatabase, databasePath, openSqlite, usePostgres } from '../db';
import { openPostgres } from '../db/postgres';
import { createTestDatabase } from './pg-database';
import { useTempDatabase } from './temp-db';

/** Which engine this vitest project runs the domain tests on. */
export function testDialect(): 'sqlite' | 'postgres' {
	return inject('postgresSocket') ? 'postgres' : 'sqlite';
}

/** Opens the test file's database; the returned function closes and removes it. */
export async function openTestDatabase(): Promise<() => Promise<void>> {
	if (testDialect() === 'sqlite') {
		const remove = await useTempDatabase();
		return async () => remove();
	}
	const database = await createTestDatabase();
	await closeDatabase();
	usePostgres(await openPostgres(database.url, { max: 4 }));
	return async () => {
		await closeDatabase();
		await database.drop();
	};
}

/**
 * A second connection to the test file's database, as another app instance on the same file or
 * server would open; the caller closes it.
 */
export async function openSecondInstance(): Promise<AppDatabase> {
	if (testDialect() === 'sqlite') return openSqlite(databasePath());
	const url = appDatabase().postgres!.pool.options.connectionString!;
	return AppDatabase.postgresql(await openPostgres(url, { max: 4 }));
}

/** A fresh database of this project's engine for the whole test file. */
export function useTestDatabase(): void {
	let remove: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		remove = await openTestDatabase();
	});
	afterAll(async () => {
		await remove?.();
	});
}

/**
 * `useTestDatabase()` and one set-up shared by the file's tests: the object returned is filled
 * with what `setUp` made once the database is open, before the first test.
 */
export function useTestDatabaseWith<T extends object>(setUp: () => Promise<T>): T {
	useTestDatabase();
	const made = {} as T;
	beforeAll(async () => {
		Object.assign(made, await setUp());
	});
	return made;
}
