// `npm run demo:password`: prints the demo logins of DATABASE_URL (the password is made per database).
import { closeDatabase } from '../src/lib/server/db';
import { describeDatabase, openAppDatabase } from '../src/lib/server/app/startup';
import { demoLogins } from '../src/lib/server/db/seed';

await openAppDatabase();
const logins = await demoLogins();
console.log(
	logins ?? `There is no demo in ${describeDatabase()}: it was never seeded or was removed.`
);
await closeDatabase();
