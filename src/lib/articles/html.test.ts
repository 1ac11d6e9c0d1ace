import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean';
import { htmlToText } from './html';
import { LEFT_OUT_MARKER } from './left-out';
import { applyReview, proposeImport } from './review';

const page = readFileSync(new URL('./fixtures/page.html', import.meta.url), 'utf8');

describe('htmlToText', () => {
	const text = htmlToText(page);

	it('puts the title first, without the site name', () => {
		expect(text.split('\n')[0]).toBe('Glacier Loses a Tenth of Its Ice in One Summer');
	});

	it('keeps the article paragraphs, separated by blank lines, with inline markup flattened', () => {
		expect(text).toContain(
			'\n\nResearchers measuring the Morteratsch glacier say it lost about a tenth of its remaining ice during a single hot summer, the largest loss since records began.\n\n'
		);
		expect(text).toContain('Scientists warn that most of the Alps');
		expect(text).toContain('more than 200 metres.');
	});

	it('drops navigation, scripts, styles, the sidebar and the footer from the article', () => {
		const [article = '', leftOut = ''] = text.split(LEFT_OUT_MARKER);
		for (const clutter of ['Home', 'dataLayer', 'trackRead', 'font-family', 'Ski resorts']) {
			expect(article).not.toContain(clutter);
		}
		expect(text).not.toContain('<');
		// Scripts and styles are never text; short menu items are not worth offering back.
		for (const never of ['dataLayer', 'trackRead', 'font-family', 'Home']) {
			expect(leftOut).not.toContain(never);
		}
	});

	it('lists what Reader View left out, for the review screen, as removed lines', () => {
		const html = `<html><head><title>Harbour Wall Raised a Metre Before the Winter Storms</title></head><body>
			<article><h1>Harbour Wall Raised a Metre Before the Winter Storms</h1>
			<p>${'The harbour wall was raised by a metre over the winter after two storms flooded the market square. '.repeat(3)}</p>
			<p>${'Engineers said the new wall should hold back a surge of the size that comes once in fifty years. '.repeat(3)}</p>
			<p>${'Boats will use the slipway again in spring, when the last of the scaffolding has been taken down. '.repeat(3)}</p>
			</article>
			<aside><p>Our weekly letter brings the coast's news to you every Friday morning.</p></aside>
			</body></html>`;
		const lines = proposeImport(htmlToText(html), { structured: true }).lines;
		const aside = lines.find((l) => l.text.startsWith('Our weekly letter'));
		expect(aside).toMatchObject({ kept: false, reason: 'reader-view' });
		expect(lines.some((l) => l.text === LEFT_OUT_MARKER)).toBe(false);
		// The headline Readability took as the title is not offered again.
		expect(lines.filter((l) => l.text.startsWith('Harbour Wall Raised'))).toEqual([]);
		const restored = applyReview(htmlToText(html), new Set(lines.map((l) => l.index)), {
			structured: true
		});
		expect(restored.paragraphs.at(-1)).toMatch(/^Our weekly letter/);
	});

	it('gives the cleaner the byline and the site as source', () => {
		const article = cleanArticle(text);
		expect(article.title).toBe('Glacier Loses a Tenth of Its Ice in One Summer');
		expect(article.byline).toBe('Elena Rossi');
		expect(article.source).toBe('The Alpine Times');
		expect(article.paragraphs).toHaveLength(4);
		expect(article.removed).toContainEqual({
			text: 'Sponsored: Book your ski holiday now!',
			reason: 'advertisement'
		});
	});

	it('returns an empty string for an empty page', () => {
		expect(htmlToText('')).toBe('');
		expect(htmlToText('<html><body></body></html>').trim()).toBe('');
	});

	it('keeps the only paragraph of a very short page', () => {
		const html = '<html><head><title>Note</title></head><body><p>Short note.</p></body></html>';
		expect(htmlToText(html)).toBe('Note\n\nShort note.');
	});

	it('falls back to the body text when Readability finds no article', () => {
		const html =
			'<html><head><title>Note</title></head><body><footer><p>Hello there.</p>' +
			'<script>track()</script></footer></body></html>';
		expect(htmlToText(html)).toBe('Note\n\nHello there.');
	});
});

describe('htmlToText on fragments (a clipboard selection, a saved body)', () => {
	const para =
		'The harbour wall was raised by a metre over the winter, after two storms in a row sent the sea into the market square and flooded the cellars of the old quay.';
	const more =
		'Engineers said the new wall should hold back a storm surge of the size that comes once in fifty years, and that the slipway would reopen to boats in the spring.';

	it('reads a bare fragment of nested blocks without throwing', () => {
		const fragment = `<div id="page-1"><div><header><h4>Coast —</h4><h2>Sea wall raised</h2></header><div><p>${para}</p><p>${more}</p></div></div></div>`;
		const text = htmlToText(fragment);
		expect(text).toContain(para);
		expect(text).toContain(more);
	});

	it('reads a clipboard fragment that opens with a meta tag and no html or body element', () => {
		const clip = `<meta charset="utf-8"><h1>Harbour Wall Raised Before the Storms</h1><p>${para}</p><p>${more}</p>`;
		const text = htmlToText(clip);
		expect(text.split('\n')[0]).toBe('Harbour Wall Raised Before the Storms');
		expect(text).toContain(more);
	});
});
