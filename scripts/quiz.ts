// `npm run --silent quiz -- <file> [--count N] [--seed N]`: cleans a pasted article (.txt, .md)
// or a saved web page (.html, .htm), generates question drafts, and prints both as JSON: every
// question names its `skill`, `skills` counts them, and `notes` (or `refusal`, for an article not
// in English) says in plain sentences why fewer than N came back.
import { cleanArticle } from '../src/lib/articles/clean';
import { generateQuiz } from '../src/lib/quizgen/generate';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { failWith, readArticleText } from './lib/article-file';

const USAGE = 'Usage: npm run --silent quiz -- <file> [--count N] [--seed N]';

// Typed explicitly so that TypeScript narrows after a call (a `never` function needs it).
const fail: (message: string, code?: number) => never = failWith('quiz');

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

const text = readArticleText(path, fail);
const { title, paragraphs, removed } = cleanArticle(text);
if (paragraphs.length === 0) fail(`no body paragraphs found in: ${path}`);
const {
	drafts: questions,
	notes,
	refusal
} = generateQuiz({ title, paragraphs }, { count, seed, lexicon: loadWordNet() });
const skills: Record<string, number> = {};
for (const q of questions) skills[q.skill] = (skills[q.skill] ?? 0) + 1;
const output = {
	article: { title, paragraphs, removed },
	...(refusal ? { refusal } : {}),
	notes,
	skills,
	questions
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
