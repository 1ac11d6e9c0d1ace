import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The app as deploy/Dockerfile runs it: `node build` in a folder holding the build, the
// migrations, the scripts and the production dependencies only (no vite, tsx or drizzle-kit).
const root = process.cwd();
let app: string;
let child: ChildProcess;
let log = '';
const port = 33_000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;

/** Hard-links each package package-lock.json does not mark as dev-only. */
function installProductionDependencies(target: string) {
	const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
	for (const [path, entry] of Object.entries<{ dev?: boolean; devOptional?: boolean }>(
		lock.packages
	)) {
		if (!path || entry.dev || entry.devOptional) continue;
		if (path.split('node_modules/').length !== 2 || !existsSync(join(root, path))) continue;
		mkdirSync(join(target, path, '..'), { recursive: true });
		cpSync(join(root, path), join(target, path), { recursive: true });
	}
}

test.beforeAll(async () => {
	test.setTimeout(120_000);
	app = mkdtempSync(join(tmpdir(), 'standpoint-prod-'));
	for (const part of ['package.json', 'drizzle', 'scripts']) {
		cpSync(join(root, part), join(app, part), { recursive: true });
	}
	cpSync(join(root, process.env.BUILD_DIR || 'build'), join(app, 'build'), { recursive: true });
	installProductionDependencies(app);
	const env: Record<string, string | undefined> = {
		PATH: process.env.PATH,
		NODE_ENV: 'production',
		PORT: String(port),
		DATABASE_URL: join(app, 'data', 'standpoint.db'),
		MIGRATIONS_DIR: join(app, 'drizzle'),
		BODY_SIZE_LIMIT: '5M'
	};
	child = spawn(process.execPath, ['build'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	await expect
		.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, {
			timeout: 60_000
		})
		.toBe(200);
});

test.afterAll(() => {
	child?.kill('SIGTERM');
	if (app) rmSync(app, { recursive: true, force: true });
});

test('starts with production dependencies only and passes a smoke test', async ({ request }) => {
	expect(existsSync(join(app, 'node_modules', 'vite'))).toBe(false);
	expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);
	expect(log).toContain('Uploads up to 5 MB');

	const login = await request.get(`${base}/login`, { headers: { 'accept-encoding': 'br, gzip' } });
	expect(login.status()).toBe(200);
	expect(login.headers()['content-encoding']).toBe('br');
	expect(await login.text()).toContain('<title>Log in · Standpoint</title>');

	const signedUp = await request.post(`${base}/signup`, {
		form: {
			username: 'prodteacher',
			displayName: 'Prod Teacher',
			password: 'correct-horse-9',
			role: 'teacher'
		},
		headers: { origin: base, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(signedUp.status()).toBe(303);
	const home = await request.get(`${base}/`);
	expect(await home.text()).toContain('Welcome, Prod Teacher');

	const missing = await request.get(`${base}/no-such-page`);
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('<title>Page not found · Standpoint</title>');
	await expect.poll(() => log).toMatch(/GET \/no-such-page 404 \d+ms user=\d+ req=[0-9a-f]{8}/);

	// The backup command runs from the same install.
	const backups = join(app, 'backups');
	const backup = spawnSync(process.execPath, ['scripts/backup.js', '--dir', backups], {
		cwd: app,
		env: { PATH: process.env.PATH, DATABASE_URL: join(app, 'data', 'standpoint.db') },
		encoding: 'utf8'
	});
	expect(backup.stderr).toBe('');
	expect(readdirSync(backups)).toHaveLength(1);
});
