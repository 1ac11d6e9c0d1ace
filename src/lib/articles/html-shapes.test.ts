import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean';
import { htmlToText } from './html';

/** Invented article shapes that Readability's output carries into the HTML path. */
const prose = [
	'The lighthouse on the north point was switched back on last night after two years of repairs to its lamp room and stair.',
	'Volunteers from the village carried the last of the new glass panes up the tower by hand, because no crane could reach the rock.',
	'The keeper said the beam can now be seen from the ferry route again, which the harbour board had asked for since the spring.',
	'A small exhibition about the old keepers opens in the cottage at the foot of the tower next month, with their logbooks on show.'
];

const page = (body: string) =>
	`<html><head><title>Lighthouse Lit Again After Repairs</title></head><body><article><h1>Lighthouse Lit Again After Repairs</h1>${body}</article></body></html>`;

describe('HTML path shapes', () => {
	it('keeps a paragraph whole when the page splits its text with comments', () => {
		const split = `<div>The lamp was made in 1902 <!-- -->by a firm in <!-- -->Glasgow<!-- -->, and it still turns on its original bearing today.</div>`;
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${split}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.paragraphs).toContain(
			'The lamp was made in 1902 by a firm in Glasgow, and it still turns on its original bearing today.'
		);
		expect(article.paragraphs).not.toContain('Glasgow');
	});

	it('files a line that repeats the picture’s alt text as that picture’s caption', () => {
		const figure =
			'<figure><img src="tower.jpg" alt="The tower seen from the harbour wall at dusk."></figure>' +
			'<ul><li><p>The tower seen from the harbour wall at dusk</p></li></ul>';
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${figure}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.paragraphs).toEqual(prose);
		expect(article.removed).toContainEqual({
			text: 'The tower seen from the harbour wall at dusk',
			reason: 'photo-caption'
		});
	});

	it('files a caption that rewords the alt texts of the two pictures above it', () => {
		const figures =
			'<figure><img src="a.jpg" alt="The old brass lamp of the Northpoint lighthouse."></figure>' +
			'<figure><img src="b.jpg" alt="A keeper’s logbook from 1931, open on a stormy night."></figure>' +
			'<p>Left, the brass lamp of the lighthouse; right, a keeper’s logbook from 1931</p>';
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${figures}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		expect(cleanArticle(htmlToText(html), { structured: true }).paragraphs).toEqual(prose);
	});

	it('keeps a body paragraph that only happens to follow a picture', () => {
		const figure =
			'<figure><img src="tower.jpg" alt="Volunteers carry glass panes up the lighthouse tower."></figure>';
		const html = page(
			`<p>${prose[0]}</p>${figure}<p>${prose[1]}</p><p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		expect(cleanArticle(htmlToText(html), { structured: true }).paragraphs).toEqual(prose);
	});

	it('files a paragraph that is only a link to another story as a link, not body', () => {
		const links =
			'<p><a href="/keepers">Six things the keepers wrote down</a></p>' +
			'<p><a href="/video/lamp">Watch the lamp turn for the first time</a></p>';
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${links}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.paragraphs).toEqual(prose);
		expect(article.removed).toContainEqual({
			text: 'Six things the keepers wrote down',
			reason: 'link'
		});
	});

	it('keeps a sentence that happens to be all link', () => {
		const sentence = 'The harbour board published its report on the repairs in full last week.';
		const html = page(
			`<p>${prose[0]}</p><p><a href="/report">${sentence}</a></p><p>${prose[1]}</p>`
		);
		expect(cleanArticle(htmlToText(html), { structured: true }).paragraphs).toContain(sentence);
	});

	it('files a paragraph the page names a caption or credit, with no picture left above it', () => {
		const credit = '<p class="story-photo_credit"><span>Harbour Trust Archive</span></p>';
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${credit}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.paragraphs).toEqual(prose);
		expect(article.removed).toContainEqual({
			text: 'Harbour Trust Archive',
			reason: 'photo-caption'
		});
	});

	it('files the few names right under a picture as its credit, but not a subhead', () => {
		const figure = '<figure><img src="keeper.jpg" alt=""></figure>';
		const credit = `<p>${prose[0]}</p>${figure}<p>Morag Bell</p><p>${prose[1]}</p>`;
		const subhead = `<p>${prose[2]}</p>${figure}<h2>The Keepers</h2><p>${prose[3]}</p>`;
		const article = cleanArticle(htmlToText(page(credit + subhead)), { structured: true });
		expect(article.paragraphs).toEqual([...prose.slice(0, 3), 'The Keepers', prose[3]]);
	});

	it('leaves out a sign-up form’s label and a lone full stop', () => {
		const box =
			'<section><h2>Keep up with our coast newsletter.</h2>' +
			'<label for="email">The best way to follow the stories you care about.</label>' +
			'<form><input id="email"></form></section><p>.</p>';
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${box}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		expect(cleanArticle(htmlToText(html), { structured: true }).paragraphs).toEqual(prose);
	});

	it('puts back a list’s heading Reader View dropped, and leaves out the price box over it', () => {
		const box =
			'<div><div><p><span>from</span>&nbsp;<span>$149.00</span></p></div><div><p> 82 </p></div></div>' +
			'<div class="cell"><h5 class="t-list-header">Pros</h5><ul><li>Bright lamp for its size</li>' +
			'<li>Runs a week on one charge</li></ul></div>' +
			'<div class="cell"><h5 class="t-list-header">Cons</h5><ul><li>Heavy to carry</li>' +
			'<li>No dimmer switch</li></ul></div>';
		const html = page(
			`<p>${prose[0]}</p><p>${prose[1]}</p>${box}<p>${prose[2]}</p><p>${prose[3]}</p>`
		);
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.paragraphs).toEqual([
			prose[0],
			prose[1],
			'Pros',
			'Bright lamp for its size',
			'Runs a week on one charge',
			'Cons',
			'Heavy to carry',
			'No dimmer switch',
			prose[2],
			prose[3]
		]);
		expect(article.removed).toContainEqual({ text: 'from $149.00', reason: 'promo' });
		expect(article.removed).toContainEqual({ text: '82', reason: 'promo' });
	});
});
