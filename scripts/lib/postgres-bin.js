// Where the PostgreSQL tests find the server programs (initdb, pg_ctl, postgres): POSTGRES_BIN,
// then Debian's /usr/lib/postgresql/<major>/bin (newest major first), then PATH. Plain Node:
// `npm test` checks it before anything is installed.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const DEBIAN = '/usr/lib/postgresql';

/** @param {string} dir */
const hasServer = (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));

/** @returns {string | null} the folder holding initdb and pg_ctl, or null when there is none */
export function findPostgresBin() {
	const fromEnv = process.env.POSTGRES_BIN;
	if (fromEnv) return hasServer(fromEnv) ? fromEnv : null;
	if (existsSync(DEBIAN)) {
		const majors = readdirSync(DEBIAN)
			.filter((name) => /^\d+$/.test(name))
			.sort((a, b) => Number(b) - Number(a));
		for (const major of majors) {
			const bin = join(DEBIAN, major, 'bin');
			if (hasServer(bin)) return bin;
		}
	}
	return (process.env.PATH ?? '').split(delimiter).find((dir) => dir && hasServer(dir)) ?? null;
}

export const POSTGRES_INSTALL_HINT = `PostgreSQL's server programs (initdb, pg_ctl) were not found.
  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y postgresql
  Or point POSTGRES_BIN at the folder that holds initdb and pg_ctl.`;
