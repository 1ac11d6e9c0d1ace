/**
 * `node build` (issue 16): the built server in one process, or WORKERS processes on the same
 * port. svelte.config.js bundles this file as `build/index.js` and keeps adapter-node's own entry
 * as `build/serve.js`, so `npm start`, Docker, systemd and the tests all start it the same way.
 *
 * As a cluster, the primary serves no request: it forks the workers, hands them connections
 * (Node's round-robin), relays the live-event bus between them (db/worker-events.ts) and stops
 * them. The first worker migrates the database and seeds the demo (the `init` hook) before any
 * other starts, so the two never race; the others find it ready. SIGTERM or SIGINT reaches every
 * worker, each shuts down gracefully (app/shutdown.ts), and the primary exits once all have.
 */
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { isBusMessage } from '../db/worker-events';
import { ConfigError, readConfig } from './config';

/** adapter-node's entry, beside this file in the build. */
const SERVER = new URL('./serve.js', import.meta.url);

function workerCount(): number {
	try {
		return readConfig().workers;
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		console.error(`\n✗ Standpoint cannot start: ${error.message}\n`);
		process.exit(1);
	}
}

function runPrimary(count: number): void {
	cluster.setupPrimary({ exec: fileURLToPath(SERVER) });
	const alive = new Set<Worker>();
	const serving = new WeakSet<Worker>();
	let stopping = false;
	let exitCode = 0;
	let ready = false;

	const relay = (from: Worker, message: unknown) => {
		if (!isBusMessage(message)) return;
		for (const worker of alive) if (worker !== from && worker.isConnected()) worker.send(message);
	};

	const fork = () => {
		const worker = cluster.fork();
		alive.add(worker);
		worker.on('message', (message) => relay(worker, message));
		worker.once('listening', () => {
			serving.add(worker);
			if (!ready && [...alive].filter((w) => serving.has(w)).length === count) {
				ready = true;
				console.log(`All ${count} workers are serving.`);
			}
		});
		return worker;
	};

	const stopAll = (signal: NodeJS.Signals) => {
		stopping = true;
		if (alive.size === 0) process.exit(exitCode);
		for (const worker of alive) worker.process.kill(signal);
	};

	cluster.on('exit', (worker, code, signal) => {
		alive.delete(worker);
		if (stopping) {
			if (alive.size === 0) process.exit(exitCode);
			return;
		}
		// One that never served failed at start (a bad setting, a broken database): starting
		// it again would fail the same way, so the server stops with its message above.
		if (!serving.has(worker)) {
			console.error('\n✗ A Standpoint worker stopped before serving; the server stops.\n');
			exitCode = code || 1;
			stopAll('SIGTERM');
			return;
		}
		console.error(`A Standpoint worker stopped (${signal ?? `code ${code}`}); starting another.`);
		fork();
	});

	for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stopAll(signal));

	console.log(`Standpoint starts ${count} worker processes (WORKERS=${count}).`);
	fork().once('listening', () => {
		for (let i = 1; i < count; i++) fork();
	});
}

const count = workerCount();
if (count === 1) await import(SERVER.href);
else runPrimary(count);
