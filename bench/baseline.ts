/** Starts the bare baseline server (baseline-server.js) on the app's database file. */
import { spawn } from 'node:child_process';

export interface Baseline {
	url: string;
	stop: () => Promise<void>;
}

export function startBaseline(databasePath: string): Promise<Baseline> {
	const child = spawn(process.execPath, ['bench/baseline-server.js', databasePath], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`baseline server exited (${code})`)));
		child.stdout.on('data', (chunk: Buffer) => {
			const port = /listening (\d+)/.exec(String(chunk))?.[1];
			if (!port) return;
			resolve({
				url: `http://127.0.0.1:${port}/`,
				stop: () =>
					new Promise((done) => {
						child.removeAllListeners('exit');
						child.once('exit', () => done());
						child.kill('SIGTERM');
					})
			});
		});
	});
}
