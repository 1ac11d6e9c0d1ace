import { describe, expect, it } from 'vitest';
import { safeNext } from './guards';

const ORIGIN = 'http://school.example:3000';

describe('safeNext', () => {
	it('keeps a same-origin path with its query and fragment', () => {
		expect(safeNext('/classes/1?tab=roster#students', ORIGIN)).toBe(
			'/classes/1?tab=roster#students'
		);
	});

	it.each([
		['//evil.example'],
		['/\\evil.example'],
		['/\t/evil.example'],
		['/\n/evil.example'],
		['/\r/evil.example'],
		['\t//evil.example'],
		['https://evil.example/'],
		['http://school.example:3001/'],
		['//evil。example'],
		['javascript:alert(1)'],
		['classes/1'],
		['']
	])('sends %j home instead of elsewhere', (next) => {
		expect(safeNext(next, ORIGIN)).toBe('/');
	});

	it('returns a header-safe path for control and full-width characters', () => {
		for (const next of ['/a\nb', '/a\rb', '/。', '/a%0Ab']) {
			const path = safeNext(next, ORIGIN);
			expect(path.startsWith('/')).toBe(true);
			// Only printable ASCII may reach the Location header.
			expect([...path].every((ch) => ch >= ' ' && ch <= '~')).toBe(true);
		}
	});

	it('takes paths only: an absolute URL, even to this origin, goes home', () => {
		expect(safeNext(`${ORIGIN}/account`, ORIGIN)).toBe('/');
		expect(safeNext(null, ORIGIN)).toBe('/');
	});
});
