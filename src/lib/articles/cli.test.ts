import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `scripts/article.ts` the way `npm run article` does. */
function article(...args: string[]) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/article.ts', ...args], {
		cwd: new URL('../../../', import.meta.url),
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run article', () => {
	it('prints the cleaned seed article as JSON', () => {
		const { code, stdout, stderr } = article('src/lib/articles/default/cartel-crackdown.raw.txt');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.title).toBe('Why Trump’s Cartel Crackdown Talk Has Alarmed Mexico');
		expect(result.paragraphs).toHaveLength(12);
		expect(result.removed[0]).toEqual({ text: '/3 min read', reason: 'reading-time' });
	});

	it('reads .html files through Readability first', () => {
		const { code, stdout } = article('src/lib/articles/fixtures/page.html');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).source).toBe('The Alpine Times');
	});

	it('fails with one clear line for a missing argument, a missing file or an empty file', () => {
		const empty = join(mkdtempSync(join(tmpdir(), 'article-')), 'empty.txt');
		writeFileSync(empty, '  \n');
		const cases: [string[], RegExp][] = [
			[[], /^article: missing file argument\. Usage: .+\n$/],
			[['no/such/file.txt'], /^article: file not found: no\/such\/file\.txt\n$/],
			[[empty], /^article: file is empty: .+empty\.txt\n$/]
		];
		for (const [args, message] of cases) {
			const { code, stdout, stderr } = article(...args);
			expect(code).not.toBe(0);
			expect(stdout).toBe('');
			expect(stderr).toMatch(message);
		}
	});
});
