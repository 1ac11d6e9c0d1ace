import { describe, expect, it } from 'vitest';
import {
	ConfigError,
	DEFAULT_WORKERS,
	describeConfig,
	formatBytes,
	parseBytes,
	readConfig
} from './config';

describe('readConfig', () => {
	it('has working defaults with nothing set', () => {
		const c = readConfig({});
		expect(c).toMatchObject({
			port: 3000,
			origin: null,
			trustedOrigins: [],
			addressHeader: null,
			xffDepth: 1,
			bodySizeLimit: 512 * 1024,
			databaseUrl: 'data/standpoint.db',
			dialect: 'sqlite',
			migrationsDir: 'drizzle',
			databasePool: 10,
			demo: true,
			rateLimit: true,
			accessLog: true,
			workers: DEFAULT_WORKERS
		});
		expect(DEFAULT_WORKERS).toBeGreaterThanOrEqual(1);
		expect(DEFAULT_WORKERS).toBeLessThanOrEqual(4);
		expect(c.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
	});

	it('reads every variable it documents', () => {
		const c = readConfig({
			PORT: '8080',
			ORIGIN: 'https://standpoint.school.example/',
			STANDPOINT_TRUSTED_ORIGINS: 'http://10.0.0.5:3000, https://sp.local',
			ADDRESS_HEADER: 'X-Forwarded-For',
			XFF_DEPTH: '2',
			PROTOCOL_HEADER: 'x-forwarded-proto',
			BODY_SIZE_LIMIT: '5M',
			STANDPOINT_DEMO: '0',
			STANDPOINT_RATE_LIMIT: 'off',
			STANDPOINT_ACCESS_LOG: 'off',
			STANDPOINT_TIME_ZONE: 'Europe/Paris',
			WORKERS: '3'
		});
		expect(c).toMatchObject({
			port: 8080,
			origin: 'https://standpoint.school.example',
			trustedOrigins: ['http://10.0.0.5:3000', 'https://sp.local'],
			addressHeader: 'x-forwarded-for',
			xffDepth: 2,
			protocolHeader: 'x-forwarded-proto',
			bodySizeLimit: 5 * 1024 * 1024,
			demo: false,
			rateLimit: false,
			accessLog: false,
			timeZone: 'Europe/Paris',
			workers: 3
		});
		expect(describeConfig(c)).toContain('Europe/Paris time. Uploads up to 5 MB.');
	});

	it.each([
		[{ PORT: 'eighty' }, 'PORT=eighty must be a whole number from 1 to 65535.'],
		[{ ORIGIN: '192.168.1.20:3000' }, 'is not a URL. Write it as http://192.168.1.20:3000.'],
		[{ ORIGIN: 'http://x.example/app' }, 'with a host and no path'],
		[{ XFF_DEPTH: '0' }, 'XFF_DEPTH=0 must be a whole number from 1 to 20.'],
		[{ ADDRESS_HEADER: 'x forwarded' }, 'ADDRESS_HEADER=x forwarded is not a header name.'],
		[{ BODY_SIZE_LIMIT: 'lots' }, 'BODY_SIZE_LIMIT=lots must be a size like 5M or 512K.'],
		[{ STANDPOINT_DEMO: 'yes' }, 'Write STANDPOINT_DEMO=1 or 0.'],
		[{ STANDPOINT_TIME_ZONE: 'Mars/Olympus' }, 'is not a time zone.'],
		[{ DATABASE_URL: 'postgres://u@db' }, 'Write it as postgres://user:password@host:5432/'],
		[{ DATABASE_URL: 'postgres://u@:5432/x' }, 'is not a PostgreSQL URL Standpoint can use'],
		[{ DATABASE_POOL: '0' }, 'DATABASE_POOL=0 must be a whole number from 1 to 200.'],
		[{ WORKERS: 'all' }, 'WORKERS=all must be a whole number from 1 to 32.'],
		[{ WORKERS: '0' }, 'WORKERS=0 must be a whole number from 1 to 32.']
	])('%o stops the start: %s', (env, sentence) => {
		expect(() => readConfig(env)).toThrow(ConfigError);
		expect(() => readConfig(env)).toThrow(sentence);
	});

	it('runs on PostgreSQL for a postgres:// URL, with its own migrations', () => {
		for (const url of [
			'postgres://standpoint:secret@db:5432/standpoint',
			'postgresql://standpoint@localhost/standpoint?host=%2Frun%2Fpostgresql'
		]) {
			expect(readConfig({ DATABASE_URL: url })).toMatchObject({
				databaseUrl: url,
				dialect: 'postgres',
				migrationsDir: 'drizzle-pg'
			});
		}
		expect(
			readConfig({
				DATABASE_URL: 'postgres://u@db/s',
				MIGRATIONS_DIR: '/app/m',
				DATABASE_POOL: '4'
			})
		).toMatchObject({ migrationsDir: '/app/m', databasePool: 4 });
		expect(readConfig({ DATABASE_URL: 'file:data/x.db' })).toMatchObject({ dialect: 'sqlite' });
	});

	it('parses and prints sizes as adapter-node does', () => {
		expect(parseBytes('512K')).toBe(524288);
		expect(parseBytes('1.5M')).toBe(1572864);
		expect(parseBytes('Infinity')).toBe(Infinity);
		expect(parseBytes('ten')).toBeNull();
		expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
		expect(formatBytes(512 * 1024)).toBe('512 KB');
	});
});
