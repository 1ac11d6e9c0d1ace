/**
 * Every environment variable Standpoint reads, read and checked in one place at start-up
 * (`hooks.server.ts` `init`). A wrong value stops the start with a sentence that names the
 * variable and what to write instead; no other module reads `process.env` itself.
 *
 * Some variables belong to adapter-node (`PORT`, `HOST`, `ORIGIN`, `*_HEADER`, `XFF_DEPTH`,
 * `BODY_SIZE_LIMIT`): the adapter reads them itself, and they are checked here too so that a
 * typo is caught with a clear sentence instead of a stack trace or a silent fallback.
 */
import { availableParallelism } from 'node:os';

export class ConfigError extends Error {}

export interface Config {
	port: number;
	host: string;
	/** The exact origin browsers use, when set; null = the request's own host on plain http. */
	origin: string | null;
	/** Further origins whose forms are accepted (another name for the same server). */
	trustedOrigins: string[];
	addressHeader: string | null;
	xffDepth: number;
	protocolHeader: string | null;
	hostHeader: string | null;
	/** Largest request body in bytes, the same number adapter-node enforces. */
	bodySizeLimit: number;
	databaseUrl: string;
	/** From databaseUrl: a postgres:// URL runs on PostgreSQL, anything else on a SQLite file. */
	dialect: 'sqlite' | 'postgres';
	/** Generated migrations of that dialect, applied at start (drizzle/ or drizzle-pg/). */
	migrationsDir: string;
	/** PostgreSQL connections this instance may hold (each instance has its own pool). */
	databasePool: number;
	demo: boolean;
	/** The demo accounts' password when set (tests); otherwise one generated per database. */
	demoPassword: string | null;
	rateLimit: boolean;
	accessLog: boolean;
	/** IANA zone every date on a page is shown in. */
	timeZone: string;
	/** Server processes on the one port (app/cluster.ts); 1 runs the server in one process. */
	workers: number;
}

type Env = Record<string, string | undefined>;

/**
 * Workers when WORKERS is unset: one per core, at most 4. A school server has 2 to 4 cores and
 * a room load is CPU-bound (bench/entry.ts); past 4, SQLite's one writer and the memory of each
 * process (about 130 MB idle) cost more than the cores add.
 */
export const DEFAULT_WORKERS = Math.min(availableParallelism(), 4);
export const MAX_WORKERS = 32;

/** adapter-node's default when BODY_SIZE_LIMIT is unset; `npm start`, Docker and systemd set 5M. */
export const ADAPTER_BODY_LIMIT = '512K';
export const DEFAULT_BODY_LIMIT = '5M';

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** "5M", "512K", "1048576" or "Infinity", as adapter-node parses BODY_SIZE_LIMIT. */
export function parseBytes(value: string): number | null {
	if (value === 'Infinity') return Infinity;
	const match = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i.exec(value.trim());
	if (!match) return null;
	return Math.floor(Number(match[1]) * UNITS[match[2]!.toUpperCase()]!);
}

/** "5 MB", "512 KB": for sentences people read. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

function parseOrigin(name: string, value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new ConfigError(`${name}=${value} is not a URL. Write it as http://192.168.1.20:3000.`);
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/') {
		throw new ConfigError(
			`${name}=${value} must be http:// or https:// with a host and no path, like https://standpoint.school.example.`
		);
	}
	return url.origin;
}

function parseSwitch(
	name: string,
	value: string | undefined,
	fallback: boolean,
	words: [string, string]
) {
	if (value === undefined || value === '') return fallback;
	if (value === words[0] || value === '1') return true;
	if (value === words[1] || value === '0') return false;
	throw new ConfigError(
		`${name}=${value} is not understood. Write ${name}=${words[0]} or ${words[1]}.`
	);
}

function parseInteger(
	name: string,
	value: string | undefined,
	fallback: number,
	min: number,
	max: number
) {
	if (value === undefined || value === '') return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < min || n > max) {
		throw new ConfigError(`${name}=${value} must be a whole number from ${min} to ${max}.`);
	}
	return n;
}

/** A header name for adapter-node: lower case as Node gives headers; empty = not used. */
function parseHeader(name: string, value: string | undefined): string | null {
	if (!value) return null;
	if (!/^[A-Za-z0-9-]+$/.test(value)) {
		throw new ConfigError(`${name}=${value} is not a header name. Write it like x-forwarded-for.`);
	}
	return value.toLowerCase();
}

export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

function parseTimeZone(value: string | undefined): string {
	const zone = value || Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (!isTimeZone(zone)) {
		throw new ConfigError(
			`STANDPOINT_TIME_ZONE=${value} is not a time zone. Write an IANA name like Europe/Paris or America/Chicago.`
		);
	}
	return zone;
}

function parseBodyLimit(value: string | undefined): number {
	const bytes = parseBytes(value || ADAPTER_BODY_LIMIT);
	if (bytes === null || bytes === 0) {
		throw new ConfigError(`BODY_SIZE_LIMIT=${value} must be a size like 5M or 512K.`);
	}
	return bytes;
}

/** A PostgreSQL connection URL (issue 18); anything else names a SQLite file. */
export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//.test(url);
}

/**
 * A file path, a `file:` URL, or a postgres:// URL with a host and a database name. A URL that
 * does not parse is refused rather than taken as a path, which would quietly create a SQLite
 * file named after it, with the school's data going there instead of the server.
 */
function parseDatabaseUrl(value: string | undefined): string {
	if (!value) return 'data/standpoint.db';
	if (!isPostgresUrl(value)) return value;
	const url = URL.canParse(value) ? new URL(value) : null;
	// `?host=/run/postgresql` names a Unix socket folder instead of a host.
	const host = url?.hostname || url?.searchParams.get('host');
	if (!url || !host || url.pathname.length < 2) {
		throw new ConfigError(
			'DATABASE_URL is not a PostgreSQL URL Standpoint can use. Write it as postgres://user:password@host:5432/standpoint.'
		);
	}
	return value;
}

/** Reads and checks the environment; throws a ConfigError with one sentence on a wrong value. */
export function readConfig(env: Env = process.env): Config {
	const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
	const dialect = isPostgresUrl(databaseUrl) ? 'postgres' : 'sqlite';
	const origin = env.ORIGIN ? parseOrigin('ORIGIN', env.ORIGIN) : null;
	const trustedOrigins = (env.STANDPOINT_TRUSTED_ORIGINS ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean)
		.map((entry) => parseOrigin('STANDPOINT_TRUSTED_ORIGINS', entry));
	return {
		port: parseInteger('PORT', env.PORT, 3000, 1, 65535),
		host: env.HOST || '0.0.0.0',
		origin,
		trustedOrigins,
		addressHeader: parseHeader('ADDRESS_HEADER', env.ADDRESS_HEADER),
		xffDepth: parseInteger('XFF_DEPTH', env.XFF_DEPTH, 1, 1, 20),
		protocolHeader: parseHeader('PROTOCOL_HEADER', env.PROTOCOL_HEADER),
		hostHeader: parseHeader('HOST_HEADER', env.HOST_HEADER),
		bodySizeLimit: parseBodyLimit(env.BODY_SIZE_LIMIT),
		databaseUrl,
		dialect,
		migrationsDir: env.MIGRATIONS_DIR || (dialect === 'postgres' ? 'drizzle-pg' : 'drizzle'),
		databasePool: parseInteger('DATABASE_POOL', env.DATABASE_POOL, 10, 1, 200),
		demo: parseSwitch('STANDPOINT_DEMO', env.STANDPOINT_DEMO, true, ['1', '0']),
		demoPassword: env.STANDPOINT_DEMO_PASSWORD || null,
		rateLimit: parseSwitch('STANDPOINT_RATE_LIMIT', env.STANDPOINT_RATE_LIMIT, true, ['on', 'off']),
		accessLog: parseSwitch('STANDPOINT_ACCESS_LOG', env.STANDPOINT_ACCESS_LOG, true, ['on', 'off']),
		timeZone: parseTimeZone(env.STANDPOINT_TIME_ZONE),
		workers: parseInteger('WORKERS', env.WORKERS, DEFAULT_WORKERS, 1, MAX_WORKERS)
	};
}

/** The start-up line an IT person reads to see what the server took from its environment. */
export function describeConfig(c: Config): string {
	const forms = c.origin
		? `Forms are accepted from ${[c.origin, ...c.trustedOrigins].join(', ')}.`
		: 'No ORIGIN set: forms are accepted from the address each browser used.';
	const proxy = c.addressHeader ? ` Client addresses from ${c.addressHeader}.` : '';
	return `Dates in ${c.timeZone} time. Uploads up to ${formatBytes(c.bodySizeLimit)}. ${forms}${proxy}`;
}

let current: Config | null = null;

/** The configuration, read on first use (tests that change the environment call `resetConfig`). */
export function config(): Config {
	current ??= readConfig();
	return current;
}

export function resetConfig(): void {
	current = null;
}
