// `npm run demo:password`: prints the demo logins of DATABASE_URL (the password is made per database).
import { databasePath } from '../src/lib/server/db';
import { demoLogins } from '../src/lib/server/db/seed';

const logins = demoLogins();
console.log(logins ?? `There is no demo in ${databasePath()}: it was never seeded or was removed.`);
