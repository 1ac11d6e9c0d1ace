// Shared by quiz:sample and the trace scripts: a corpus page folder read the one way they all
// measure it, so a trace explains exactly the drafts the blind sample shows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../../src/lib/articles/html';
import { readArticleText } from './article-file';

/**
 * Readability's body.html is a fragment without <html> or <title>: it is wrapped in a page with
 * the title from metadata.json and read through the same HTML path as an uploaded page. Without
 * it, the whole page.html (else page.txt); undefined when the folder holds none of them.
 */
export function corpusPageText(dir: string, fail: (message: string) => never): string | undefined {
	const body = join(dir, 'body.html');
	if (existsSync(body)) {
		const meta = join(dir, 'metadata.json');
		const title = existsSync(meta)
			? String(JSON.parse(readFileSync(meta, 'utf8')).title ?? '')
			: '';
		const safe = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
		return htmlToText(
			`<html><head><title>${safe}</title></head><body>${readFileSync(body, 'utf8')}</body></html>`
		);
	}
	const page = ['page.html', 'page.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
	return page ? readArticleText(page, fail) : undefined;
}
