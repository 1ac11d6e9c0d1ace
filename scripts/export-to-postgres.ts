// `npm run db:export-to-postgres -- --from data/standpoint.db --to postgres://user@host/standpoint`
// Copies a SQLite school into a new, empty PostgreSQL database (migrated first), checks every
// table's row count and checksum, and commits only if all match. Stop the app first, or copy a
// backup (`npm run backup`), so no write lands in the file while it is read.
import { parseArgs } from 'node:util';
import { exportToPostgres } from '../src/lib/server/db/export-to-postgres';
import { isPostgresUrl } from '../src/lib/server/db/postgres';

const usage =
	'Usage: npm run db:export-to-postgres -- --from <file.db> --to postgres://user@host/database';

const { values } = parseArgs({
	options: { from: { type: 'string' }, to: { type: 'string' } },
	strict: true
});
if (!values.from || !values.to || !isPostgresUrl(values.to)) {
	console.error(usage);
	process.exit(2);
}

try {
	const started = Date.now();
	const reports = await exportToPostgres(values.from, values.to);
	const width = Math.max(...reports.map((r) => r.table.length));
	for (const { table, rows, checksum } of reports) {
		console.log(`${table.padEnd(width)}  ${String(rows).padStart(8)}  ${checksum.slice(0, 16)}`);
	}
	const total = reports.reduce((sum, r) => sum + r.rows, 0);
	console.log(
		`✓ ${total} rows in ${reports.length} tables copied and checked in ${Date.now() - started} ms.`
	);
} catch (error) {
	console.error(`✗ ${(error as Error).message}`);
	process.exit(1);
}
