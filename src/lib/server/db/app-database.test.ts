import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../testing/factories';
import { testDialect, useTestDatabase } from '../testing/test-database';
import { db, dialect, transaction } from './index';
import { users } from './tables';

useTestDatabase();

const nameOf = async (id: number) =>
	(await db().select({ name: users.displayName }).from(users).where(eq(users.id, id)))[0]?.name;

/** Lets the event loop run other requests' work, as a real await on I/O would. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('transactions shared by concurrent requests', () => {
	it('runs on the engine of this project', () => {
		expect(dialect()).toBe(testDialect());
	});

	it('one request rolling back neither takes another request’s write with it nor commits its own', async () => {
		const [ana, ben] = [await makeUser('student'), await makeUser('student')];
		let rolledBackWrote!: () => void;
		const wrote = new Promise<void>((resolve) => (rolledBackWrote = resolve));
		// Request A renames Ana, waits while B works, then fails.
		const a = transaction(async (tx) => {
			await tx.update(users).set({ displayName: 'A was here' }).where(eq(users.id, ana.id));
			rolledBackWrote();
			for (let i = 0; i < 5; i++) await turn();
			throw new Error('A refuses');
		}).catch((error: Error) => error.message);
		// Request B, between A's awaits: renames Ben, and meanwhile reads Ana.
		await wrote;
		const seenByB = await nameOf(ana.id);
		const b = transaction(async (tx) => {
			await tx.update(users).set({ displayName: 'B was here' }).where(eq(users.id, ben.id));
		});
		expect(await a).toBe('A refuses');
		await b;
		expect(seenByB).toBe(ana.displayName);
		expect(await nameOf(ana.id)).toBe(ana.displayName);
		expect(await nameOf(ben.id)).toBe('B was here');
	});

	it('a nested transaction is a savepoint: its failure undoes its part only', async () => {
		const ana = await makeUser('student');
		await transaction(async (tx) => {
			await tx.update(users).set({ displayName: 'outer' }).where(eq(users.id, ana.id));
			await expect(
				transaction(async (inner) => {
					await inner.update(users).set({ displayName: 'inner' }).where(eq(users.id, ana.id));
					throw new Error('inner refuses');
				})
			).rejects.toThrow('inner refuses');
			// Reads inside the transaction see its own writes.
			expect(await nameOf(ana.id)).toBe('outer');
		});
		expect(await nameOf(ana.id)).toBe('outer');
	});

	it('a write outside any transaction while one is open fails at once instead of joining it', async () => {
		if (testDialect() === 'postgres') return expect(dialect()).toBe('postgres');
		const ana = await makeUser('student');
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const open = transaction(async () => {
			await held;
		});
		await turn();
		expect(() =>
			db().update(users).set({ displayName: 'stray' }).where(eq(users.id, ana.id)).run()
		).toThrow(/readonly/);
		release();
		await open;
		expect(await nameOf(ana.id)).toBe(ana.displayName);
	});
});
