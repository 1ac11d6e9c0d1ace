import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cartelCrackdown } from './fixtures';

/** Runs `scripts/quiz.ts` the way `npm run quiz` does. */
function quiz(...args: string[]) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/quiz.ts', ...args], {
		cwd: new URL('../../../', import.meta.url),
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts tsx in a child process (~1 s, more on a busy machine).
const SLOW = 30_000;

describe('npm run quiz', () => {
	it('cleans the raw seed article and prints it with its questions', () => {
		const raw = join(mkdtempSync(join(tmpdir(), 'quiz-')), 'seed.txt');
		const clutter = 'Sign up for our ad-free experience\n\nRead Now';
		const body = cartelCrackdown.paragraphs.join('\n\n');
		writeFileSync(raw, `${cartelCrackdown.title}\n\n${clutter}\n\n${body}\n`);
		const { code, stdout, stderr } = quiz(raw, '--count', '4');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.article.paragraphs).toEqual(cartelCrackdown.paragraphs);
		expect(result.article.removed.map((r: { text: string }) => r.text)).toEqual(
			expect.arrayContaining(['Sign up for our ad-free experience', 'Read Now'])
		);
		expect(result.questions).toHaveLength(4);
		for (const q of result.questions) {
			const { paragraph, start, end } = q.evidence;
			const cited = result.article.paragraphs[paragraph].slice(start, end);
			expect(result.article.removed.some((r: { text: string }) => r.text.includes(cited))).toBe(
				false
			);
		}
	});

	it(
		'fails with one clear line for a missing file, an empty file or a bad count',
		() => {
			const empty = join(mkdtempSync(join(tmpdir(), 'quiz-')), 'empty.txt');
			writeFileSync(empty, '  \n');
			const cases: [string[], RegExp][] = [
				[[], /^quiz: missing file argument\. Usage: .+\n$/],
				[['no/such/file.txt'], /^quiz: file not found: no\/such\/file\.txt\n$/],
				[[empty], /^quiz: file is empty: .+empty\.txt\n$/],
				[[empty, '--count', 'x'], /^quiz: --count needs a whole number/]
			];
			for (const [args, message] of cases) {
				const { code, stdout, stderr } = quiz(...args);
				expect(code).not.toBe(0);
				expect(stdout).toBe('');
				expect(stderr).toMatch(message);
			}
		},
		SLOW
	);
});
