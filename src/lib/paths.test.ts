import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { match as isId } from '../params/id';
import { paths } from './paths';

const ROUTES = 'src/routes';

/** Each page or endpoint folder under src/routes, as a test of one address's path. */
function routes(dir = ROUTES): ((path: string) => boolean)[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some((e) => e.isFile() && /^\+(page\.svelte|server\.ts)$/.test(e.name));
	const nested = entries.filter((e) => e.isDirectory()).flatMap((e) => routes(join(dir, e.name)));
	if (!here) return nested;
	// Groups such as (app) take no part of the address.
	const segments = relative(ROUTES, dir)
		.split(sep)
		.filter((s) => s && !/^\(.*\)$/.test(s));
	const test = (path: string) => {
		const parts = path.split('/').filter(Boolean);
		return (
			parts.length === segments.length &&
			segments.every((segment, i) => {
				const param = /^\[(\w+)(?:=(\w+))?\]$/.exec(segment);
				if (!param) return segment === parts[i];
				return param[2] === 'id' ? isId(parts[i]!) : parts[i] !== '';
			})
		);
	};
	return [test, ...nested];
}

/** Every address `paths` can build, with sample ids. */
function everyPath(): string[] {
	return Object.entries(paths).flatMap(([name, value]) => {
		if (typeof value === 'string') return [value];
		if (name === 'newDebate') return [paths.newDebate(), paths.newDebate({ articleId: 3 })];
		if (name === 'quizExport') return [paths.quizExport(7, 'qti')];
		if (name === 'loginNext') return [paths.loginNext('/quizzes/7')];
		return [(value as (...ids: number[]) => string)(7, 8)];
	});
}

describe('paths', () => {
	const known = routes();

	it('names a route under src/routes for every address it builds', () => {
		const unrouted = everyPath().filter((p) => !known.some((test) => test(p.split('?')[0]!)));
		expect(unrouted).toEqual([]);
		expect(everyPath().length).toBeGreaterThanOrEqual(Object.keys(paths).length);
	});

	it('would notice an address with no route', () => {
		expect(known.some((test) => test('/quizzes/7/nowhere'))).toBe(false);
		expect(known.some((test) => test('/quizzes/not-an-id'))).toBe(false);
	});

	it('puts the chosen article or class in the new-debate query', () => {
		expect(paths.newDebate()).toBe('/debates/new');
		expect(paths.newDebate({ classId: 4 })).toBe('/debates/new?classId=4');
		expect(paths.classStudent(2, 9)).toBe('/classes/2/gradebook/9');
	});

	it('carries the page to come back to after login, encoded', () => {
		expect(paths.loginNext('/quizzes/7?tab=a&b=c')).toBe(
			'/login?next=%2Fquizzes%2F7%3Ftab%3Da%26b%3Dc'
		);
	});
});
