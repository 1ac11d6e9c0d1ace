// `npm run restore -- <file.db>`: replace DATABASE_URL with a backup. Stop the app first.
// Plain Node: works in the production install. The app migrates the file when it next starts.
import { databasePathFrom, restoreFile } from './lib/sqlite-backup.js';

const source = process.argv[2];
if (!source) {
	console.error('Usage: npm run restore -- <backup-file.db>   (stop the app first)');
	process.exit(2);
}
let target = '';
try {
	target = databasePathFrom(process.env);
	restoreFile(source, target);
	console.log(`Restored ${target} from ${source}. Start the app again.`);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
}
