// `npm run backup -- <file>`: an online backup of DATABASE_URL, safe while the app runs.
import { backupDatabase, integrityOf } from '../src/lib/server/backup';
import { databasePath } from '../src/lib/server/db';

const target = process.argv[2];
if (!target) {
	console.error('Usage: npm run backup -- <backup-file.db>');
	process.exit(2);
}
const { pages } = await backupDatabase(target);
console.log(
	`Backed up ${databasePath()} to ${target} (${pages} pages, integrity: ${integrityOf(target)}).`
);
