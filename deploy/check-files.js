// Checks deploy/compose.yaml and deploy/Dockerfile without a Docker engine: `docker compose
// config` when the plugin is there, else a YAML parse and the promises the README makes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const here = new URL('.', import.meta.url).pathname;
const failures = [];
const expect = (ok, message) => ok || failures.push(message);

const compose = spawnSync('docker', ['compose', '-f', `${here}compose.yaml`, 'config', '--quiet'], {
	env: { ...process.env, SITE_ADDRESS: 'standpoint.test' },
	encoding: 'utf8'
});
if (compose.status === 0) console.log('  docker compose config: ok');
else {
	// js-yaml comes with eslint (a dev dependency): CI has it, a production install need not.
	const yaml = createRequire(import.meta.url)('js-yaml');
	const file = yaml.load(readFileSync(`${here}compose.yaml`, 'utf8'));
	const app = file?.services?.standpoint;
	expect(app, 'compose.yaml has no standpoint service');
	expect(
		app?.build?.dockerfile === 'deploy/Dockerfile',
		'the standpoint service builds deploy/Dockerfile'
	);
	expect(
		app?.volumes?.some((v) => String(v).endsWith(':/data')),
		'the data volume is mounted at /data'
	);
	expect(
		app?.environment?.ADDRESS_HEADER === 'x-forwarded-for',
		'behind Caddy, ADDRESS_HEADER is set'
	);
	expect(file?.services?.backup?.command?.join(' ').includes('--keep'), 'backups rotate');
	console.log('  compose.yaml parses (docker compose not installed)');
}

// The PostgreSQL layout: two instances on one PostgreSQL behind Caddy.
const pgCompose = spawnSync(
	'docker',
	['compose', '-f', `${here}compose.postgres.yaml`, 'config', '--quiet'],
	{
		env: { ...process.env, SITE_ADDRESS: 'standpoint.test', POSTGRES_PASSWORD: 'check' },
		encoding: 'utf8'
	}
);
{
	const yaml = createRequire(import.meta.url)('js-yaml');
	const file = yaml.load(readFileSync(`${here}compose.postgres.yaml`, 'utf8'));
	const services = file?.services ?? {};
	const apps = ['standpoint-a', 'standpoint-b'].map((name) => services[name]);
	expect(
		apps.every((app) => String(app?.environment?.DATABASE_URL).startsWith('postgres://')),
		'compose.postgres.yaml: both instances use the PostgreSQL service'
	);
	expect(
		apps.every((app) => app?.build?.dockerfile === 'deploy/Dockerfile'),
		'compose.postgres.yaml: both instances build deploy/Dockerfile'
	);
	expect(
		/pg_dump[\s\S]*tail -n \+15/.test(String(services.backup?.command)),
		'compose.postgres.yaml: pg_dump backups rotate (newest 14)'
	);
	expect(
		services.caddy?.volumes?.some((v) => String(v).startsWith('./Caddyfile.postgres:')),
		'compose.postgres.yaml: Caddy balances with Caddyfile.postgres'
	);
	console.log(
		`  compose.postgres.yaml: ${pgCompose.status === 0 ? 'docker compose config ok' : 'parses'}, two instances, pg_dump backups`
	);
}

const dockerfile = readFileSync(`${here}Dockerfile`, 'utf8');
const has = (pattern, message) => expect(pattern.test(dockerfile), `Dockerfile: ${message}`);
has(/^FROM \S+ AS build$/m, 'a build stage');
expect((dockerfile.match(/^FROM /gm) ?? []).length >= 2, 'Dockerfile: multi-stage');
has(/npm prune --omit=dev/, 'production dependencies only');
has(/COPY .*\/app\/drizzle-pg /, 'the PostgreSQL migrations');
// A pinned MIGRATIONS_DIR would apply SQLite's migrations to PostgreSQL in compose.postgres.yaml.
expect(!/MIGRATIONS_DIR=/.test(dockerfile), 'Dockerfile: no MIGRATIONS_DIR (the dialect picks it)');
has(/^USER node$/m, 'runs as a non-root user');
has(/^VOLUME \["\/data"\]$/m, 'a volume for the data');
has(/^HEALTHCHECK [\s\S]*\/healthz/m, 'a health check on /healthz');
has(/^CMD \["node", "build"\]$/m, 'starts with node build');
for (const line of dockerfile.split('\n')) {
	const instruction = line.match(/^([A-Z]+)\s/)?.[1];
	const known = [
		'FROM',
		'WORKDIR',
		'RUN',
		'COPY',
		'ENV',
		'USER',
		'VOLUME',
		'EXPOSE',
		'HEALTHCHECK',
		'CMD'
	];
	if (instruction && !known.includes(instruction))
		failures.push(`Dockerfile: unknown ${instruction}`);
}

if (failures.length) {
	console.error(failures.map((f) => `✗ ${f}`).join('\n'));
	process.exit(1);
}
console.log('  Dockerfile: multi-stage, non-root, /data volume, /healthz check');
