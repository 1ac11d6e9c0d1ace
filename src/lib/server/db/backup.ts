import { backupFile, integrityOf, restoreFile } from '../../../../scripts/lib/sqlite-backup.js';
import { databasePath } from './';

export { integrityOf };

/** An online backup of the app's database (scripts/lib/sqlite-backup.js does the work). */
export function backupDatabase(target: string): Promise<{ pages: number }> {
	return backupFile(databasePath(), target);
}

/** Replaces the app's database with a backup; run it with the app stopped. */
export function restoreDatabase(source: string, target = databasePath()): void {
	restoreFile(source, target);
}
