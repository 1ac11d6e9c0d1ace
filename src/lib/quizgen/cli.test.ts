import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cartelCrackdown } from './fixtures';
import { ferryVote } from './fixtures/comprehension';
import { isSkill } from './skills';

/** Runs `scripts/quiz.ts` the way `npm run quiz` does. */
function quiz(...args: string[]) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/quiz.ts', ...args], {
		cwd: new URL('../../../', import.meta.url),
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts tsx in a child process (~1 s, more on a busy machine).
const SLOW = 60_000;

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
		// Only the note saying why fewer skills: the seed no longer yields its unsound share and
		// background questions.
		for (const note of result.notes)
			expect(note).toMatch(/^The first questions test \d reading skills/);
		for (const q of result.questions) expect(isSkill(q.skill), q.prompt).toBe(true);
		const counted = Object.values(result.skills as Record<string, number>);
		expect(counted.reduce((a, b) => a + b, 0)).toBe(4);
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

	it(
		'quiz:sample prints numbered drafts without rules or skills, and a key file that names them',
		() => {
			const folder = mkdtempSync(join(tmpdir(), 'sample-'));
			for (const [name, article] of [
				['seed', cartelCrackdown],
				['ferry', ferryVote]
			] as const) {
				mkdirSync(join(folder, name));
				writeFileSync(
					join(folder, name, 'page.txt'),
					`${article.title}\n\n${article.paragraphs.join('\n\n')}\n`
				);
			}
			const key = join(folder, 'key.tsv');
			const result = spawnSync(
				'node_modules/.bin/tsx',
				['scripts/quiz-sample.ts', folder, '--seed', '2', '--key', key],
				{ cwd: new URL('../../../', import.meta.url), encoding: 'utf8' }
			);
			expect(result.status).toBe(0);
			const numbers = [...result.stdout.matchAll(/^#(\d+) {2}\[/gm)].map((m) => Number(m[1]));
			expect(numbers.length).toBeGreaterThan(5);
			expect(numbers).toEqual(numbers.map((_, i) => i + 1));
			expect(result.stdout).not.toMatch(/key-details|central-idea|cause-effect|score/);
			const rows = readFileSync(key, 'utf8').trim().split('\n').slice(1);
			expect(rows).toHaveLength(numbers.length);
			for (const row of rows) expect(isSkill(row.split('\t')[2])).toBe(true);
		},
		SLOW
	);
});
