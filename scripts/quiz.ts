// `npm run --silent quiz -- <file> [--count N] [--seed N]`: cleans a pasted article (.txt, .md)
// or a saved web page (.html, .htm), generates question drafts, and prints both as JSON.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { htmlToText } from '../src/lib/articles/html';
import { generateQuestions } from '../src/lib/quizgen/generate';

const USAGE = 'Usage: npm run --silent quiz -- <file> [--count N] [--seed N]';

/** One clear line on stderr and a non-zero exit: the script is used from shells and tests. */
function fail(message: string, code = 1): never {
	process.stderr.write(`quiz: ${message}\n`);
	process.exit(code);
}

function readArticle(path: string): string {
	let isFile = false;
	try {
		isFile = statSync(path).isFile();
	} catch {
		fail(`file not found: ${path}`);
	}
	if (!isFile) fail(`not a file: ${path}`);
	const text = readFileSync(path, 'utf8');
	if (!text.trim()) fail(`file is empty: ${path}`);
	return text;
}

/** A whole number given after `flag`, or undefined when the flag is absent. */
function numberOption(args: string[], flag: string, min: number): number | undefined {
	const at = args.indexOf(flag);
	if (at < 0) return undefined;
	const value = Number(args[at + 1]);
	if (!Number.isInteger(value) || value < min)
		fail(`${flag} needs a whole number ≥ ${min}. ${USAGE}`, 2);
	return value;
}

const args = process.argv.slice(2);
const count = numberOption(args, '--count', 1);
const seed = numberOption(args, '--seed', 0);
const flagValues = new Set(
	['--count', '--seed']
		.map((flag) => args.indexOf(flag))
		.filter((at) => at >= 0)
		.map((at) => at + 1)
);
const path = args.find((arg, i) => !arg.startsWith('--') && !flagValues.has(i));
if (!path) fail(`missing file argument. ${USAGE}`, 2);

const raw = readArticle(path);
const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase());
const text = isHtml ? htmlToText(raw) : raw;
if (!text.trim()) fail(`no article text found in: ${path}`);
const { title, paragraphs, removed } = cleanArticle(text);
if (paragraphs.length === 0) fail(`no body paragraphs found in: ${path}`);
const questions = generateQuestions({ title, paragraphs }, { count, seed });
const output = { article: { title, paragraphs, removed }, questions };
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
