import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean';
import { htmlToText } from './html';
import { isCredit, isDateLine, parseByline, parseSource } from './metadata';

describe('parseByline', () => {
	it.each([
		['By Ana Ruiz', 'Ana Ruiz'],
		['BY ANA RUIZ', 'ANA RUIZ'],
		['By Ana Ruiz and Li Wei | 3 March 2024', 'Ana Ruiz and Li Wei'],
		['By Ana Ruiz, March 3, 2024', 'Ana Ruiz'],
		['By Ana Ruiz on 3 March 2024, 10:30 IST', 'Ana Ruiz'],
		['Written by Jean-Luc de la Tour · 5 min read', 'Jean-Luc de la Tour'],
		['Authors: Ana Ruiz, Li Wei', 'Ana Ruiz, Li Wei'],
		['by: Ana Ruiz', 'Ana Ruiz'],
		['by Ana Ruiz (reporting) and Li Wei (photography)', 'Ana Ruiz and Li Wei'],
		['By Ana Ruiz Coast Health News', 'Ana Ruiz'],
		['By Ana (A.M.) Ruiz', 'Ana (A.M.) Ruiz']
	])('reads %j as %j', (line, names) => {
		expect(parseByline(line)).toBe(names);
	});

	it.each([
		'By the end of the year, prices had doubled.',
		'By Monday, the deal was done and the ministers had gone home.',
		'Bystanders filmed the arrest.'
	])('rejects prose %j', (line) => {
		expect(parseByline(line)).toBeNull();
	});
});

describe('isDateLine', () => {
	it.each([
		'12 March 2025, 08:15 GMT',
		'Updated: 4 October 2025',
		'Published on Mar. 3, 2024 at 9:05 a.m. ET',
		'2024-03-03',
		'Tuesday 4 March 2025 | 10:30am',
		'2 days ago',
		'1:39 PM ET',
		'Updated 9.05 am'
	])('accepts %j', (line) => {
		expect(isDateLine(line)).toBe(true);
	});

	it.each([
		'2026 Forecast',
		'March on Washington',
		'May 2024 was the wettest month on record.',
		'12.50'
	])('rejects %j', (line) => {
		expect(isDateLine(line)).toBe(false);
	});
});

describe('parseSource', () => {
	it.each([
		['Source: Reuters', 'Reuters'],
		['© 2025 The Northern Courier. All rights reserved.', 'The Northern Courier'],
		['Copyright 2020-2024 Example Media', 'Example Media'],
		['This article was originally published in The Conversation.', 'The Conversation'],
		['First published on BBC News, 3 March 2024', 'BBC News']
	])('reads %j as %j', (line, source) => {
		expect(parseSource(line)).toBe(source);
	});

	it('ignores a publication date that looks like "Published on …"', () => {
		expect(parseSource('Published on March 3, 2024')).toBeNull();
	});
});

describe('isCredit', () => {
	it.each([
		'(yMedia and ANI are the content partners for this story)',
		'(With inputs from Reuters)',
		'With agency inputs',
		'Additional reporting by Sam Lee in London',
		'[This story has been auto-generated from a syndicated feed.]'
	])('accepts %j', (line) => {
		expect(isCredit(line)).toBe(true);
	});

	it('rejects reporting that mentions a news agency in passing', () => {
		expect(
			isCredit('The minister told a news agency that the talks had failed. He left on Friday.')
		).toBe(false);
	});
});

describe('bylines without their usual shape', () => {
	const title = 'Harbour Board Shuts Old Ferry Pier For a Year';
	const body = [
		'The harbour board voted on Tuesday to close the old ferry pier for a year, after divers found that two of its wooden piles had rotted through below the waterline.',
		'Passengers will board from a floating pontoon at the fish market instead, which the board said could take the small ferry but not the summer boat to the islands.',
		'A spokesman for the board said the repairs would cost about two million pounds and that a grant from the regional fund would pay for most of the new piles.'
	];
	const page = (...lines: string[]) => lines.join('\n\n');

	it('reads a bare name between the headline and the date as the byline', () => {
		const article = cleanArticle(page(title, 'Ewan Reid', '9:15 AM ET', ...body));
		expect(article.byline).toBe('Ewan Reid');
		expect(article.removed).toContainEqual({ text: 'Ewan Reid', reason: 'byline' });
	});

	describe('a name with bracketed initials under the standfirst, above a share bar', () => {
		const dek =
			'Divers found two rotten piles below the waterline, and the board says the repairs cannot wait for the summer';
		const name = 'Ewan (E.J.) Reid';

		it('is the byline on the plain-text path', () => {
			const article = cleanArticle(page(title, dek, name, 'Share', 'Tweet', ...body));
			expect(article.byline).toBe(name);
			expect(article.removed).toContainEqual({ text: name, reason: 'byline' });
		});

		it('is the byline on the HTML path, not a byline in the most-read list above it', () => {
			const html = `<html><head><title>${title}</title></head><body>
				<ul class="most-read"><li><a href="/a">Lifeboat crew rescue two walkers cut off by the tide</a>
				<span class="byline"><a href="/writer/ana">Ana Ruiz</a></span></li></ul>
				<article><h1>${title}</h1><h2>${dek}</h2>
				<span class="byline"><a rel="author" href="/writer/ewan">${name}</a></span>
				<ul class="share"><li><a href="/s">Share</a></li></ul>
				${body.map((p) => `<p>${p} ${p}</p>`).join('')}</article></body></html>`;
			const text = cleanArticle(page(title, dek, name, 'Share', 'Tweet', ...body));
			const fromHtml = cleanArticle(htmlToText(html), { structured: true });
			expect(fromHtml.byline).toBe(name);
			expect(fromHtml.byline).toBe(text.byline);
		});
	});

	it('reads the byline from a "By …" line that runs on into a short bio', () => {
		const bio =
			'By Ewan Reid, a senior reporter who has covered the coast for the Courier since 2015.';
		const article = cleanArticle(page(title, bio, ...body));
		expect(article.byline).toBe('Ewan Reid');
	});

	it('keeps the headline over a caption, a standfirst and a byline with roles', () => {
		const dek =
			'Divers found two rotten piles below the waterline, and the board says the repairs cannot wait for the summer';
		const raw = page(
			'Coast News',
			title,
			'The old pier at low tide. Photograph: Li Wei for the Courier',
			dek,
			'by Ewan Reid (reporting) and Li Wei (photography)',
			'Tue 3 Mar 2026 09.15 GMT',
			...body
		);
		const article = cleanArticle(raw);
		expect(article.title).toBe(title);
		expect(article.standfirst).toBe(dek);
		expect(article.byline).toBe('Ewan Reid and Li Wei');
	});

	it('does not take a date that Reader View calls the byline for a name', () => {
		const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
			<div class="article-dateline"><time>March 3, 2024 at 6:01 am</time></div>
			${body.map((p) => `<p>${p} ${p}</p>`).join('')}</article></body></html>`;
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.byline).toBeNull();
		expect(article.publishedOn).toBe('2024-03-03');
	});

	it('fills "Published on" from the date a page declares in its head', () => {
		const html = `<html><head><title>${title}</title>
			<meta property="article:published_time" content="2026-03-03T09:15:00Z"></head>
			<body><article><h1>${title}</h1>${body.map((p) => `<p>${p} ${p}</p>`).join('')}</article></body></html>`;
		expect(cleanArticle(htmlToText(html), { structured: true }).publishedOn).toBe('2026-03-03');
	});
});
