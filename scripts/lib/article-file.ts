// Shared by the `article` and `quiz` command-line entries: read a file as article text.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { htmlToText } from '../../src/lib/articles/html';

/** One clear line on stderr and a non-zero exit: the scripts are used from shells and tests. */
export function failWith(command: string) {
	return (message: string, code = 1): never => {
		process.stderr.write(`${command}: ${message}\n`);
		process.exit(code);
	};
}

/** The article text in `path`: saved web pages (.html, .htm) reduced to their article. */
export function readArticleText(path: string, fail: (message: string) => never): string {
	let isFile = false;
	try {
		isFile = statSync(path).isFile();
	} catch {
		fail(`file not found: ${path}`);
	}
	if (!isFile) fail(`not a file: ${path}`);
	const raw = readFileSync(path, 'utf8');
	if (!raw.trim()) fail(`file is empty: ${path}`);
	const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase());
	const text = isHtml ? htmlToText(raw) : raw;
	if (!text.trim()) fail(`no article text found in: ${path}`);
	return text;
}
