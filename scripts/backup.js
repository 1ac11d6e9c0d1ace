// `npm run backup -- <file.db>` or `npm run backup -- --dir <folder> [--keep 14]`: an online
// backup of DATABASE_URL, safe while the app runs. Plain Node: works in the production install.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	backupFile,
	backupName,
	databasePathFrom,
	integrityOf,
	rotate
} from './lib/sqlite-backup.js';

const usage = `Usage: npm run backup -- <backup-file.db>
       npm run backup -- --dir <folder> [--keep N]   (a dated file; keeps the newest N, default 14)`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { dir: { type: 'string' }, keep: { type: 'string', default: '14' } }
	});
} catch (err) {
	console.error(`${err instanceof Error ? err.message : err}\n${usage}`);
	process.exit(2);
}
const { values, positionals } = parsed;
const keep = Number(values.keep);
if ((!values.dir && positionals.length !== 1) || !Number.isInteger(keep) || keep < 1) {
	console.error(usage);
	process.exit(2);
}
if (values.dir) mkdirSync(values.dir, { recursive: true });
const target = values.dir ? join(values.dir, backupName()) : positionals[0];
let source = '';
try {
	source = databasePathFrom(process.env);
	const { pages } = await backupFile(source, target);
	console.log(
		`Backed up ${source} to ${target} (${pages} pages, integrity: ${integrityOf(target)}).`
	);
	if (values.dir) {
		const removed = rotate(values.dir, keep);
		if (removed.length) console.log(`Removed ${removed.length} older backup(s), keeping ${keep}.`);
	}
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
}
