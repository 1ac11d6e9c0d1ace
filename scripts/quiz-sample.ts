// `npm run --silent quiz:sample -- <corpus folder> [--seed N] [--per N] [--key FILE]`: for blind
// judging. Generates drafts for every page folder (body.html, else page.html or page.txt), keeps
// the first `--per` (10) of each, shuffles them all together with the seed and prints them
// numbered, with no rule name, skill or score. The key file maps each number to its article,
// skill and rule.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { generateQuiz } from '../src/lib/quizgen/generate';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { shuffle } from '../src/lib/quizgen/text';
import type { QuestionDraft } from '../src/lib/quizgen/types';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const USAGE = 'Usage: npm run --silent quiz:sample -- <folder> [--seed N] [--per N] [--key FILE]';
const fail: (message: string, code?: number) => never = failWith('quiz:sample');

function option(args: string[], flag: string): string | undefined {
	const at = args.indexOf(flag);
	return at < 0 ? undefined : args[at + 1];
}

function whole(value: string | undefined, fallback: number, flag: string): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) fail(`${flag} needs a whole number. ${USAGE}`, 2);
	return n;
}

const args = process.argv.slice(2);
const seed = whole(option(args, '--seed'), 1, '--seed');
const per = whole(option(args, '--per'), 10, '--per');
const keyFile = option(args, '--key') ?? 'quiz-sample-key.tsv';
const flagged = new Set(['--seed', '--per', '--key'].flatMap((f) => [f, option(args, f)]));
const folder = args.find((a) => !flagged.has(a));
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory())
	fail(`missing or unreadable folder. ${USAGE}`, 2);

interface Item {
	article: string;
	title: string;
	paragraphs: string[];
	draft: QuestionDraft;
}

const items: Item[] = [];
const refusals: string[] = [];
for (const name of readdirSync(folder).sort()) {
	const dir = join(folder, name);
	const text = statSync(dir).isDirectory() ? corpusPageText(dir, fail) : undefined;
	if (!text) continue;
	const { title, paragraphs } = cleanArticle(text);
	const result = generateQuiz({ title, paragraphs }, { seed, lexicon: loadWordNet() });
	if (result.refusal) refusals.push(`${name}: ${result.refusal}`);
	for (const draft of result.drafts.slice(0, per))
		items.push({ article: name, title, paragraphs, draft });
}

const cited = (item: Item) =>
	(item.paragraphs[item.draft.evidence.paragraph] ?? '').slice(
		item.draft.evidence.start,
		item.draft.evidence.end
	);

const lines: string[] = [];
const key = ['number\tarticle\tskill\trule\tkind'];
shuffle(items, seed).forEach((item, i) => {
	const d = item.draft;
	const n = i + 1;
	lines.push(`#${n}  [${item.title || item.article}]`);
	lines.push(`  Evidence (paragraph ${d.evidence.paragraph + 1}): ${cited(item)}`);
	lines.push(`  Q: ${d.prompt}`);
	for (const o of d.options ?? []) lines.push(`     - ${o}`);
	lines.push(`  Key: ${d.answer}`);
	if (d.partB) {
		lines.push(`  ${d.partB.prompt}`);
		for (const o of d.partB.options) lines.push(`     - ${o}`);
		lines.push(`  Part B key: ${d.partB.answer}`);
	}
	lines.push(`  Explanation: ${d.explanation}`, '');
	key.push(`${n}\t${item.article}\t${d.skill}\t${d.rule}\t${d.kind}`);
});
if (refusals.length) lines.push('Refused:', ...refusals.map((r) => `  ${r}`));
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(keyFile, `${key.join('\n')}\n`);
process.stderr.write(`quiz:sample: ${items.length} drafts; key written to ${keyFile}\n`);
