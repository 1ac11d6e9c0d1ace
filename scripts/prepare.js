// Shared by `npm start` and `npm test`: install and build only what is missing or stale.
// Plain Node (no dependencies), because it runs before `npm install` has.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export function run(command, args, options = {}) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
	if (result.status !== 0) {
		console.error(
			`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`
		);
		process.exit(result.status ?? 1);
	}
}

function mtime(path) {
	return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Newest modification time of the files below `path` (skipping generated folders). */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = 0;
	for (const entry of readdirSync(path)) {
		if (entry === 'node_modules' || entry.startsWith('.')) continue;
		latest = Math.max(latest, newest(join(path, entry)));
	}
	return latest;
}

/** npm writes node_modules/.package-lock.json on every install: older than the manifest = stale. */
export function ensureDependencies() {
	const installed = mtime(join(root, 'node_modules/.package-lock.json'));
	const wanted = Math.max(
		mtime(join(root, 'package.json')),
		mtime(join(root, 'package-lock.json'))
	);
	if (installed > 0 && installed >= wanted) return;
	console.log(
		installed
			? '→ Dependencies changed: npm install'
			: '→ Installing dependencies (a few minutes the first time)'
	);
	// `npm ci` fails on this registry (rollup's optional packages are missing); install works.
	run(npm, ['install', '--no-audit', '--no-fund']);
}

const BUILD_STAMP = join(root, 'build/.built-at');
const BUILD_INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'tsconfig.json'
];

export function ensureBuild() {
	const built = mtime(BUILD_STAMP);
	const changed = Math.max(...BUILD_INPUTS.map((input) => newest(join(root, input))));
	if (built > 0 && built >= changed && existsSync(join(root, 'build/index.js'))) return;
	console.log(built ? '→ Sources changed: rebuilding' : '→ Building the app');
	run(npm, ['run', 'build', '--silent']);
	writeFileSync(BUILD_STAMP, new Date().toISOString() + '\n');
}

export { root };
