import { config } from './config';
import { db, databasePath } from './db';
import { demoLogins, seedDemo } from './db/seed';

/** Opens and migrates the database, then seeds the demo into it when it is empty. */
export async function prepareDatabase(): Promise<void> {
	db();
	if (!config().demo) return;
	if (await seedDemo()) {
		console.log(`Seeded the demo into ${databasePath()}. ${demoLogins()}`);
	}
}
