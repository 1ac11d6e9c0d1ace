// `npm run --silent article:score -- [folder] [--verbose]`: runs the cleaner's two paths (the
// pasted text `page.txt` and the saved page `page.html`) over every page folder in `folder`
// (default /work/shared/corpus) and prints body recall, clutter share and title per page. A title
// is right when it matches the metadata title or the page's own <h1> (the headline a paste shows).
// A page the cleaner judges a list of many stories (a front page) is marked "list" and shows no
// body; the totals are printed with such pages and again without them.
// Each page folder holds page.txt, page.html, body.html (the reference body) and metadata.json.
// Every figure is printed twice: against Readability's body.html as it is ("readability"), and
// against the hand-corrected reference ("corrected"): scripts/article-reference/corrections.json
// names, by short fragments, the captions, boxes and bios Readability keeps and the body lines it
// drops, page by page (a folder's own corrections.json, when there is one, is used instead).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { cleanArticle, type CleanedArticle } from '../src/lib/articles/clean';
import { htmlParagraphs, htmlToText } from '../src/lib/articles/html';
import { correctReference, type ReferenceCorrection } from '../src/lib/articles/reference';
import { scoreParagraphs, titleMatches, type PageScore } from '../src/lib/articles/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folder = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus';
const correctionsFile = existsSync(join(folder, 'corrections.json'))
	? join(folder, 'corrections.json')
	: join(import.meta.dirname, 'article-reference', 'corrections.json');
const corrections: Record<string, ReferenceCorrection> = existsSync(correctionsFile)
	? JSON.parse(readFileSync(correctionsFile, 'utf8'))
	: {};

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
	/** The page's own summary (Readability's excerpt), which a right standfirst repeats. */
	summary: string[];
}

interface Cleaned {
	article: CleanedArticle;
	ms: number;
	words: number;
}

function clean(input: string, structured: boolean): Cleaned {
	const start = performance.now();
	const article = cleanArticle(input, { structured });
	return { article, ms: performance.now() - start, words: input.split(/\s+/).length };
}

function score({ article, ms, words }: Cleaned, reference: Reference): Row {
	const shown = [article.standfirst, ...article.paragraphs].filter((p): p is string => !!p);
	return {
		...scoreParagraphs(shown, reference.expected, reference.summary, [article.title]),
		title: article.title,
		titleRight: reference.titles.some((title) => titleMatches(article.title, title)),
		storyList: article.pageKind === 'story-list',
		ms,
		words
	};
}

/** The page's own lines, where a correction finds the body lines Readability dropped. */
function pageLines(dir: string): string[] {
	return readFileSync(join(dir, 'page.txt'), 'utf8')
		.split(/\n+/)
		.map((line) => line.trim())
		.filter(Boolean);
}

// Warm the cleaner up once, so the first page does not pay for compiling it.
cleanArticle('Warm up\n\nA first paragraph of text that says something or other.');

const pages = readdirSync(folder).filter((name) => existsSync(join(folder, name, 'body.html')));
const references = ['readability', 'corrected'] as const;
type Key = `${'text' | 'html'} ${(typeof references)[number]}`;
const totals = new Map<Key, Row[]>();
const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);
const cell = (r: Row) =>
	`${`${r.kept}/${r.expected}`.padStart(7)} ${`${r.clutter}/${r.shown}`.padStart(6)} ${r.titleRight ? 'ok ' : 'BAD'}` +
	(r.storyList ? ' list' : '     ');
const lines = new Map<string, string[]>(references.map((name) => [name, []]));

for (const name of pages) {
	const dir = join(folder, name);
	const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
	const readability: Reference = {
		expected: htmlParagraphs(readFileSync(join(dir, 'body.html'), 'utf8')),
		titles: referenceTitles(dir),
		summary: meta.excerpt ? [meta.excerpt] : []
	};
	const fix = correctReference(readability.expected, pageLines(dir), corrections[name]);
	if (fix.unmatched.length > 0)
		console.warn(`${name}: corrections match nothing: ${fix.unmatched.join(' | ')}`);
	const corrected: Reference = {
		...readability,
		expected: fix.expected,
		summary: [...readability.summary, ...fix.summary]
	};
	const text = clean(readFileSync(join(dir, 'page.txt'), 'utf8'), false);
	const htmlStart = performance.now();
	const html = clean(htmlToText(readFileSync(join(dir, 'page.html'), 'utf8')), true);
	// The HTML path's time includes Readability.
	html.ms = performance.now() - htmlStart;
	for (const [refName, reference] of [
		['readability', readability],
		['corrected', corrected]
	] as const) {
		const rows = { text: score(text, reference), html: score(html, reference) };
		const out = lines.get(refName)!;
		out.push(`${name.padEnd(20)} | ${cell(rows.text)} | ${cell(rows.html)}`);
		for (const [path, row] of Object.entries(rows)) {
			const key: Key = `${path as 'text' | 'html'} ${refName}`;
			totals.set(key, [...(totals.get(key) ?? []), row]);
			if (!verbose) continue;
			if (!row.titleRight && refName === 'readability')
				out.push(`   ${path} title: ${row.title} ≠ ${reference.titles.join(' / ')}`);
			for (const line of row.missingLines) out.push(`   ${path} MISSING: ${line.slice(0, 110)}`);
			for (const line of row.clutterLines) out.push(`   ${path} CLUTTER: ${line.slice(0, 110)}`);
		}
	}
}

for (const refName of references) {
	const against =
		refName === 'readability'
			? "Readability's body.html as it is"
			: `the hand-corrected reference (${correctionsFile})`;
	console.log(`\n== against ${against}`);
	console.log(`${'page'.padEnd(20)} | text: kept  clutter title      | html: kept  clutter title`);
	for (const line of lines.get(refName)!) console.log(line);
}
console.log('');

function printTotals(path: string, rows: Row[], label = 'overall'): void {
	const sum = (key: 'kept' | 'expected' | 'clutter' | 'shown' | 'ms' | 'words') =>
		rows.reduce((n, r) => n + r[key], 0);
	const titles = rows.filter((r) => r.titleRight).length;
	console.log(
		`${path.padEnd(16)} ${label}: body recall ${pct(sum('kept'), sum('expected'))}` +
			` (${sum('kept')}/${sum('expected')}), clutter ${pct(sum('clutter'), sum('shown'))}` +
			` (${sum('clutter')}/${sum('shown')}), titles ${titles}/${rows.length},` +
			` ${((1000 * sum('ms')) / sum('words')).toFixed(2)} ms per 1,000 words`
	);
}

for (const [key, rows] of totals) printTotals(key, rows);
for (const [key, rows] of totals) {
	const articles = rows.filter((r) => !r.storyList);
	if (articles.length < rows.length) {
		printTotals(key, articles, `${rows.length - articles.length} list page(s) set aside`);
	}
}
