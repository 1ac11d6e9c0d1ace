// `npm run --silent article:score -- [folder] [--verbose]`: runs the cleaner's two paths (the
// pasted text `page.txt` and the saved page `page.html`) over every page folder in `folder`
// (default /work/shared/corpus) and prints body recall, clutter share and title per page. A title
// is right when it matches the metadata title or the page's own <h1> (the headline a paste shows).
// A page the cleaner judges a list of many stories (a front page) is marked "list" and shows no
// body; the totals are printed with such pages and again without them.
// Each page folder holds page.txt, page.html, body.html (the reference body) and metadata.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { cleanArticle } from '../src/lib/articles/clean';
import { htmlParagraphs, htmlToText } from '../src/lib/articles/html';
import { scoreParagraphs, titleMatches, type PageScore } from '../src/lib/articles/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folder = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus';

interface Row extends PageScore {
	title: string;
	titleRight: boolean;
	storyList: boolean;
	ms: number;
	words: number;
}

/**
 * The headlines a page gives its article: the metadata title and the page's own <h1>. A paste
 * only carries the visible headline, which some sites word differently from the <title>.
 */
function referenceTitles(dir: string): string[] {
	const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')).title ?? '';
	const { document } = parseHTML(readFileSync(join(dir, 'page.html'), 'utf8'));
	const h1 = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
	return [meta, h1].filter(Boolean);
}

interface Reference {
	expected: string[];
	titles: string[];
	/** Readability's excerpt: the page's own summary, which a right standfirst repeats. */
	excerpt: string;
}

function run(input: string, reference: Reference, structured: boolean): Row {
	const start = performance.now();
	const article = cleanArticle(input, { structured });
	const ms = performance.now() - start;
	const shown = [article.standfirst, ...article.paragraphs].filter((p): p is string => !!p);
	return {
		...scoreParagraphs(shown, reference.expected, reference.excerpt ? [reference.excerpt] : [], [
			article.title
		]),
		title: article.title,
		titleRight: reference.titles.some((title) => titleMatches(article.title, title)),
		storyList: article.pageKind === 'story-list',
		ms,
		words: input.split(/\s+/).length
	};
}

// Warm the cleaner up once, so the first page does not pay for compiling it.
cleanArticle('Warm up\n\nA first paragraph of text that says something or other.');

const pages = readdirSync(folder).filter((name) => existsSync(join(folder, name, 'body.html')));
const totals = { text: [] as Row[], html: [] as Row[] };
const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);
const cell = (r: Row) =>
	`${`${r.kept}/${r.expected}`.padStart(7)} ${`${r.clutter}/${r.shown}`.padStart(6)} ${r.titleRight ? 'ok ' : 'BAD'}` +
	(r.storyList ? ' list' : '     ');

console.log(`${'page'.padEnd(20)} | text: kept  clutter title      | html: kept  clutter title`);
for (const name of pages) {
	const dir = join(folder, name);
	const reference: Reference = {
		expected: htmlParagraphs(readFileSync(join(dir, 'body.html'), 'utf8')),
		titles: referenceTitles(dir),
		excerpt: JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')).excerpt ?? ''
	};
	const text = run(readFileSync(join(dir, 'page.txt'), 'utf8'), reference, false);
	const htmlStart = performance.now();
	const html = run(htmlToText(readFileSync(join(dir, 'page.html'), 'utf8')), reference, true);
	// The HTML path's time includes Readability.
	html.ms = performance.now() - htmlStart;
	totals.text.push(text);
	totals.html.push(html);
	console.log(`${name.padEnd(20)} | ${cell(text)} | ${cell(html)}`);
	if (verbose) {
		for (const [path, row] of [
			['text', text],
			['html', html]
		] as const) {
			if (!row.titleRight)
				console.log(`   ${path} title: ${row.title} ≠ ${reference.titles.join(' / ')}`);
			for (const line of row.missingLines) console.log(`   ${path} MISSING: ${line.slice(0, 110)}`);
			for (const line of row.clutterLines) console.log(`   ${path} CLUTTER: ${line.slice(0, 110)}`);
		}
	}
}

function printTotals(path: string, rows: Row[], label = 'overall'): void {
	const sum = (key: 'kept' | 'expected' | 'clutter' | 'shown' | 'ms' | 'words') =>
		rows.reduce((n, r) => n + r[key], 0);
	const titles = rows.filter((r) => r.titleRight).length;
	console.log(
		`${path.padEnd(4)} ${label}: body recall ${pct(sum('kept'), sum('expected'))}` +
			` (${sum('kept')}/${sum('expected')}), clutter ${pct(sum('clutter'), sum('shown'))}` +
			` (${sum('clutter')}/${sum('shown')}), titles ${titles}/${rows.length},` +
			` ${((1000 * sum('ms')) / sum('words')).toFixed(2)} ms per 1,000 words`
	);
}

for (const [path, rows] of Object.entries(totals)) printTotals(path, rows);
for (const [path, rows] of Object.entries(totals)) {
	const articles = rows.filter((r) => !r.storyList);
	if (articles.length < rows.length) {
		printTotals(path, articles, `${rows.length - articles.length} list page(s) set aside`);
	}
}
