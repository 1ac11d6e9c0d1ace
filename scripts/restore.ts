// `npm run restore -- <file>`: replace DATABASE_URL with a backup. Stop the app first.
import { restoreDatabase } from '../src/lib/server/backup';
import { databasePath } from '../src/lib/server/db';

const source = process.argv[2];
if (!source) {
	console.error('Usage: npm run restore -- <backup-file.db>   (stop the app first)');
	process.exit(2);
}
try {
	restoreDatabase(source);
	console.log(`Restored ${databasePath()} from ${source}. Start the app again with npm start.`);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
}
