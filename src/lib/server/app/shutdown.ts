import cluster from 'node:cluster';
import { closeDatabase } from '../db';
import { endAllStreams } from '../debates/live';

let installed = false;

/**
 * Graceful shutdown under adapter-node. On SIGTERM/SIGINT the adapter stops accepting
 * connections and calls `server.close()`, which waits for open responses: ending the event
 * streams at the signal lets it finish at once instead of after SHUTDOWN_TIMEOUT. The adapter
 * emits `sveltekit:shutdown` once the last connection has closed, so no request is still using
 * the database when it is closed (closing checkpoints the WAL into the main file).
 *
 * A cluster worker (app/cluster.ts) then leaves the cluster: its open IPC channel to the
 * primary would otherwise keep it running, and the primary waits for every worker to exit.
 */
export function installGracefulShutdown(): void {
	if (installed) return;
	installed = true;
	const onSignal = (signal: NodeJS.Signals) => {
		endAllStreams();
		// Nobody else handles the signal (e.g. `vite preview`): exit as Node would have.
		if (process.listenerCount(signal) === 0) {
			void closeDatabase().finally(() => process.exit(0));
		}
	};
	process.once('SIGTERM', onSignal);
	process.once('SIGINT', onSignal);
	process.once('sveltekit:shutdown', () => void closeDatabase().finally(leaveCluster));
}

function leaveCluster(): void {
	if (cluster.isWorker) cluster.worker?.disconnect();
}
