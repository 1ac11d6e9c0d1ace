import { describe, expect, it } from 'vitest';
import { articleHtml, escapeHtml } from './article-html';

describe('articleHtml', () => {
	it('numbers each paragraph with an anchor the room and the evidence links use', () => {
		const html = articleHtml(['First.', 'Second.']);
		expect(html).toBe(
			'<ol class="paragraphs article-text">' +
				'<li id="p1"><span class="number"><a href="#p1" aria-label="Paragraph 1">1</a></span><p>First.</p></li>' +
				'<li id="p2"><span class="number"><a href="#p2" aria-label="Paragraph 2">2</a></span><p>Second.</p></li>' +
				'</ol>'
		);
	});

	it('keeps markup in the article as text', () => {
		const html = articleHtml([
			'<script>alert(1)</script> & "quotes" \'too\' <img src=x onerror=y>'
		]);
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain(
			'&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39; &lt;img src=x onerror=y&gt;'
		);
	});

	it('marks the evidence span in its paragraph only, escaped inside and out', () => {
		const html = articleHtml(['Keep <this> apart.', 'Other.'], { paragraph: 0, start: 5, end: 11 });
		expect(html).toContain('<li id="p1" class="has-highlight">');
		expect(html).toContain('<p>Keep <mark>&lt;this&gt;</mark> apart.</p>');
		expect(html).toContain('<li id="p2"><span');
	});

	it('ignores a span outside the paragraph', () => {
		expect(articleHtml(['Short.'], { paragraph: 0, start: 3, end: 99 })).toContain('<p>Short.</p>');
	});
});

describe('escapeHtml', () => {
	it('escapes the five characters with meaning in HTML text and attributes', () => {
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});
});
