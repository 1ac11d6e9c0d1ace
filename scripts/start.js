// `npm start`: install, build, migrate, seed the demo, and serve. Each step runs only when needed.
import { spawn } from 'node:child_process';
import { lanAddresses } from './lib/lan-addresses.js';
import { ensureBuild, ensureDependencies, root } from './prepare.js';

ensureDependencies();
ensureBuild();

const port = process.env.PORT || '3000';
// No ORIGIN by default: the server then accepts forms from whatever address a browser used
// (localhost here, the LAN address on students' machines); see src/lib/server/http/same-origin.ts.
const env = {
	...process.env,
	PORT: port,
	// adapter-node's own default is 512K, too small for a saved web page.
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '5M'
};

/** Where to open Standpoint: ORIGIN when set, else this machine and its network addresses. */
function addresses() {
	if (env.ORIGIN) return `Open ${env.ORIGIN}`;
	const local = env.HOST === '127.0.0.1' || env.HOST === 'localhost';
	const lan = local ? [] : lanAddresses().map((address) => `  http://${address}:${port}`);
	return [
		`On this computer:    http://localhost:${port}`,
		lan.length
			? `Students on the school network open:\n${lan.join('\n')}`
			: 'Only this computer can reach it (no network address found, or HOST is local).'
	].join('\n');
}

const demo = env.STANDPOINT_DEMO !== '0';

/** Where the data is: a file, or a PostgreSQL URL with its password hidden. */
function dataLocation() {
	const url = env.DATABASE_URL || 'data/standpoint.db';
	if (!/^postgres(ql)?:\/\//.test(url) || !URL.canParse(url)) return url;
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return `PostgreSQL ${parsed}`;
}
console.log(`
Standpoint is starting.
${addresses()}
${
	demo
		? 'Demo logins are printed below once the database is ready (again: npm run demo:password).'
		: 'Demo seeding is off (STANDPOINT_DEMO=0).'
}
Data: ${dataLocation()}   Stop with Ctrl+C.
`);

// The server migrates the database and seeds the demo in its `init` hook before it listens.
const server = spawn(process.execPath, ['build'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
