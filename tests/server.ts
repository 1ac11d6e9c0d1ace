import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The demo accounts' password on every test server (a real start generates one per database). */
export const DEMO_PASSWORD = 'e2e-demo-password';

export interface TestServer {
	url: string;
	databasePath: string;
	output: () => string;
	stop: () => Promise<void>;
	/** Sends a signal to `node build` and waits for it to exit; the database file stays. */
	kill: (signal: NodeJS.Signals) => Promise<{ code: number | null; signal: string | null }>;
	/** Starts `node build` again on the same database file, port and origin. */
	restart: () => Promise<void>;
	/** Stops `node build` gracefully and starts it again with `env` over the first start's. */
	restartWith: (env: Record<string, string | undefined>) => Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string) {
	// Generous: on two cores shared by several test runs, seeding the demo has taken over 30 s.
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${log()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`The server did not answer within 90 s:\n${log()}`);
}

/** The built app (`node build`) on its own port and a fresh SQLite file in a temp folder. */
/** `env` overrides the defaults below; a key set to undefined is removed (e.g. no ORIGIN). */
export async function startServer(
	env: Record<string, string | undefined> = {}
): Promise<TestServer> {
	const folder = mkdtempSync(join(tmpdir(), 'standpoint-e2e-'));
	const databasePath = join(folder, 'standpoint.db');
	const port = await freePort();
	const url = `http://localhost:${port}`;
	let log = '';
	const launch = async (later: Record<string, string | undefined> = {}) => {
		const merged: Record<string, string | undefined> = {
			...process.env,
			PORT: String(port),
			ORIGIN: url,
			DATABASE_URL: databasePath,
			BODY_SIZE_LIMIT: '1M',
			STANDPOINT_DEMO: '1',
			STANDPOINT_DEMO_PASSWORD: DEMO_PASSWORD,
			...env,
			...later
		};
		for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
		const started = spawn(process.execPath, [process.env.BUILD_DIR || 'build'], {
			env: merged,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		started.stdout?.on('data', (chunk) => (log += chunk));
		started.stderr?.on('data', (chunk) => (log += chunk));
		await waitUntilServing(`http://127.0.0.1:${port}/login`, started, () => log);
		return started;
	};
	let child = await launch();
	const kill = async (signal: NodeJS.Signals) => {
		if (child.exitCode !== null || child.signalCode !== null) {
			return { code: child.exitCode, signal: child.signalCode };
		}
		const exited = new Promise<{ code: number | null; signal: string | null }>((done) =>
			child.once('exit', (code, received) => done({ code, signal: received }))
		);
		child.kill(signal);
		return exited;
	};
	return {
		url,
		databasePath,
		output: () => log,
		kill,
		restart: async () => {
			await kill('SIGKILL');
			child = await launch();
		},
		restartWith: async (later) => {
			await kill('SIGTERM');
			child = await launch(later);
		},
		stop: async () => {
			await kill('SIGTERM');
			rmSync(folder, { recursive: true, force: true });
		}
	};
}
