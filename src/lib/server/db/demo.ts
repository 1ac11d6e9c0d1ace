/**
 * The demo class seeded into an empty database. Its password is generated for that database
 * (a fixed one would be a login into every deployed copy), stored so `npm run demo:password`
 * can show it again, and the demo's accounts are listed so a teacher can remove them at once.
 */
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq, inArray } from 'drizzle-orm';
import { db, transaction } from './';
import { demo, demoAccounts, users } from './schema';
import type { PublicUser } from '../auth/public-user';

/** Four groups of four base32 letters: 80 bits, easy to read aloud and type. */
export function generatePassword(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return encodeBase32LowerCaseNoPadding(bytes).match(/.{4}/g)!.join('-');
}

/** Records the demo's password and the accounts it created. */
export async function record(password: string, userIds: number[]): Promise<void> {
	await transaction(async (tx) => {
		await tx.insert(demo).values({ id: 1, password });
		await tx.insert(demoAccounts).values(userIds.map((userId) => ({ userId })));
	});
}

/** The demo password of this database, or null when there is no demo. */
export async function password(): Promise<string | null> {
	const [row] = await db().select({ password: demo.password }).from(demo).limit(1);
	return row?.password ?? null;
}

export type RemoveResult =
	| { ok: true; accounts: number }
	| { ok: false; code: 'not-allowed' | 'no-demo' | 'not-confirmed'; reason?: string };

/**
 * Deletes the demo teacher and students; their class, article, quiz, debate and work go with
 * them (every table cascades from its owner). Any teacher may do it: the demo is the school's
 * risk, not only the demo teacher's.
 */
export async function remove(teacher: PublicUser, confirmed: boolean): Promise<RemoveResult> {
	if (teacher.role !== 'teacher') return { ok: false, code: 'not-allowed' };
	if ((await password()) === null)
		return { ok: false, code: 'no-demo', reason: 'There is no demo to remove.' };
	if (!confirmed) {
		return {
			ok: false,
			code: 'not-confirmed',
			reason: 'Tick the box to confirm that the whole demo is to be deleted.'
		};
	}
	return transaction(async (tx) => {
		const ids = (await tx.select().from(demoAccounts)).map((a) => a.userId);
		if (ids.length) await tx.delete(users).where(inArray(users.id, ids));
		await tx.delete(demo).where(eq(demo.id, 1));
		return { ok: true as const, accounts: ids.length };
	});
}
