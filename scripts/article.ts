// `npm run --silent article -- <file>`: cleans a pasted article (.txt, .md) or a saved web page
// (.html, .htm) and prints the result as JSON, so the cleaner can be tried without the app.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { htmlToText } from '../src/lib/articles/html';

/** One clear line on stderr and a non-zero exit: the script is used from shells and tests. */
function fail(message: string, code = 1): never {
	process.stderr.write(`article: ${message}\n`);
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

const path = process.argv[2];
if (!path) fail('missing file argument. Usage: npm run --silent article -- <file>', 2);
const raw = readArticle(path);
const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase());
const text = isHtml ? htmlToText(raw) : raw;
if (!text.trim()) fail(`no article text found in: ${path}`);
process.stdout.write(`${JSON.stringify(cleanArticle(text), null, 2)}\n`);
