// `npm start`: install, build, migrate, seed the demo, and serve. Each step runs only when needed.
import { spawn } from 'node:child_process';
import { ensureBuild, ensureDependencies, root } from './prepare.js';

ensureDependencies();
ensureBuild();

const port = process.env.PORT || '3000';
const env = {
	...process.env,
	PORT: port,
	// adapter-node assumes https without ORIGIN, and then refuses every plain-http form.
	ORIGIN: process.env.ORIGIN || `http://localhost:${port}`,
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '1M'
};

const demo = env.STANDPOINT_DEMO !== '0';
console.log(`
Standpoint is starting on ${env.ORIGIN}
${
	demo
		? 'Demo logins are printed below once the database is ready (again: npm run demo:password).'
		: 'Demo seeding is off (STANDPOINT_DEMO=0).'
}
Data: ${env.DATABASE_URL || 'data/standpoint.db'}   Stop with Ctrl+C.
`);

// The server migrates the database and seeds the demo in its `init` hook before it listens.
const server = spawn(process.execPath, ['build'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
