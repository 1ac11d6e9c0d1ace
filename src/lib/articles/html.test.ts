import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean';
import { htmlToText } from './html';

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

	it('drops navigation, scripts, styles, the sidebar and the footer', () => {
		for (const clutter of ['Home', 'dataLayer', 'trackRead', 'font-family', 'Ski resorts']) {
			expect(text).not.toContain(clutter);
		}
		expect(text).not.toContain('<');
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
