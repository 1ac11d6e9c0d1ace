/**
 * Every length limit a form shows comes from the module the server validates with: a number
 * written into markup drifted from the schema before (a form let through what the server then
 * refused, or refused what it would take).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

describe('form length limits', () => {
	it('are never written as bare numbers in a component', () => {
		const written = svelteFiles(SRC).flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/\b(?:max|min)length=\{?"?\d+/g)].map(
				(m) => `${file.slice(SRC.length + 1)}: ${m[0]}`
			)
		);
		expect(written).toEqual([]);
	});
});
