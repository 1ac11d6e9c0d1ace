import { config } from './config';
import { db, databasePath } from '../db';
import { demoLogins, seedDemo } from '../db/seed';

/**
 * Opens and migrates the database, seeds the demo into it when it is empty, and prints the demo
 * logins at every start while the demo exists (`npm run demo:password` prints them too).
 */
export async function prepareDatabase(): Promise<void> {
	db();
	if (config().demo) {
		const seeded = await seedDemo(config().demoPassword ?? undefined);
		if (seeded) console.log(`Seeded the demo into ${databasePath()}.`);
	}
	const logins = demoLogins();
	if (logins) console.log(logins);
}
