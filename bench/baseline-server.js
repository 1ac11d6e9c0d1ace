// The benchmarks' yardstick: a bare HTTP server that writes one row per POST into the app's
// database file, run as its own process beside the app (`node bench/baseline-server.js <db>`).
// It lives in the bench harness, never in the app: a shipped endpoint that writes anything
// anonymously would be a hole however it is switched off.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';

const database = new Database(process.argv[2]);
database.pragma('journal_mode = WAL');
database.pragma('busy_timeout = 5000');
database.pragma('synchronous = NORMAL');
database.exec(
	'CREATE TABLE IF NOT EXISTS bench_baseline (id INTEGER PRIMARY KEY, value TEXT, at INTEGER)'
);
const insert = database.prepare('INSERT INTO bench_baseline (value, at) VALUES (?, ?)');

const server = createServer((request, response) => {
	let body = '';
	request.setEncoding('utf8');
	request.on('data', (chunk) => (body += chunk));
	request.on('end', () => {
		insert.run(body, Date.now());
		response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
	});
});
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
