import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle, articleFromLines, cleanArticle } from './clean';
import type { CleanedArticle, RemovalReason } from './types';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const fixture = (name: string) => cleanArticle(read(`./fixtures/${name}`));
const reasonsOf = (article: CleanedArticle) => article.removed.map((line) => line.reason);
const removedWith = (article: CleanedArticle, reason: RemovalReason) =>
	article.removed.filter((line) => line.reason === reason).map((line) => line.text);

/** Every non-blank input line must end up somewhere: kept, or removed with a reason. */
function expectNothingLost(raw: string, article: CleanedArticle) {
	const pieces = [
		article.title,
		article.standfirst ?? '',
		...article.paragraphs,
		...article.removed.map((line) => line.text)
	].join('\n');
	const lines = raw
		.split(/\r?\n/)
		.map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
		.filter(Boolean);
	for (const line of lines) expect(pieces).toContain(line);
}

describe('cleanArticle on the seed article', () => {
	const raw = read('./default/cartel-crackdown.raw.txt');
	const article = cleanArticle(raw);

	it('finds the title and the standfirst', () => {
		expect(article.title).toBe('Why Trump’s Cartel Crackdown Talk Has Alarmed Mexico');
		expect(article.standfirst).toMatch(/^Donald Trump warned the US may expand /);
		expect(article.standfirst).toMatch(/cooperation without subordination$/);
	});

	it('keeps exactly the 12 body paragraphs, in order', () => {
		expect(article.paragraphs).toHaveLength(12);
		expect(article.paragraphs[0]).toMatch(
			/^US President Donald Trump has signalled a sharp escalation /
		);
		expect(article.paragraphs[3]).toBe('Mexico’s response was swift and unequivocal.');
		expect(article.paragraphs.at(-1)).toMatch(/ that ceiling remains firmly in place\.$/);
	});

	it('keeps paragraph text verbatim, curly quotes included', () => {
		for (const paragraph of article.paragraphs) expect(raw).toContain(paragraph);
		expect(article.paragraphs[1]).toContain('“running the country”');
		expect(article.paragraphs[2]).toMatch(/across Latin America\.$/);
	});

	it('keeps the partner credit as a credit, not a paragraph', () => {
		expect(article.credits).toEqual(['(yMedia and ANI are the content partners for this story)']);
		expect(removedWith(article, 'partner-credit')).toEqual(article.credits);
	});

	it('removes the header clutter with its reasons', () => {
		expect(removedWith(article, 'reading-time')).toEqual(['/3 min read']);
		expect(removedWith(article, 'duplicate-title')).toEqual([article.title]);
		expect(removedWith(article, 'photo-caption')).toEqual([
			'US President-elect Donald Trump (Photo: AP)'
		]);
	});

	it('removes the subscription prompt, the magazine promo and the issue banner', () => {
		expect(removedWith(article, 'subscription-prompt')).toEqual([
			"Sign up for Open Magazine's ad-free experience",
			'Enjoy uninterrupted access to premium content and insights.'
		]);
		expect(removedWith(article, 'promo')).toEqual([
			'open magazine cover',
			'Open Magazine Latest Edition is Out Now!',
			'2026 Forecast',
			'What to read and watch this year',
			'Read Now'
		]);
		expect(removedWith(article, 'issue-banner')).toEqual(['09 Jan 2026 - Vol 04 | Issue 53']);
		expect(article.paragraphs.join(' ')).not.toMatch(/Open Magazine|Read Now|Issue 53/);
	});

	it('accounts for every line and names no byline or source it cannot see', () => {
		expectNothingLost(raw, article);
		expect(article.byline).toBeNull();
		expect(article.source).toBeNull();
	});
});

describe('cleanArticle on other shapes of clutter', () => {
	it('removes a newsletter box and keeps byline and date out of the body', () => {
		const article = fixture('newsletter.txt');
		expect(article.byline).toBe('Marta Lindqvist');
		expect(article.standfirst).toMatch(/^Heavy rain has pushed the river/);
		expect(removedWith(article, 'newsletter')).toHaveLength(4);
		expect(removedWith(article, 'date')).toEqual(['12 March 2025, 08:15 GMT']);
		expect(article.paragraphs).toHaveLength(4);
		expect(article.paragraphs.at(-1)).toMatch(/^“We have barely dried out from January,”/);
		expectNothingLost(read('./fixtures/newsletter.txt'), article);
	});

	it('removes advertisement labels and the ad copy around them', () => {
		const article = fixture('advertisement.txt');
		expect(article.paragraphs).toHaveLength(4);
		expect(removedWith(article, 'advertisement')).toEqual([
			'ADVERTISEMENT',
			'Story continues below advertisement',
			'Advertisement',
			'Sponsored',
			'Top 10 Gadgets You Need This Summer'
		]);
		expect(removedWith(article, 'promo')).toEqual(['Shop now']);
	});

	it('removes "Related:" link lists and "Read more" links', () => {
		const article = fixture('related-links.txt');
		expect(article.paragraphs).toHaveLength(4);
		expect(new Set(reasonsOf(article))).toEqual(new Set(['related-links']));
		expect(removedWith(article, 'related-links')).toHaveLength(8);
		expect(article.paragraphs.join(' ')).not.toContain('cave tourism');
	});

	it('removes share buttons, even above the title', () => {
		const article = fixture('share-buttons.txt');
		expect(article.title).toBe('Local Bakery Wins National Bread Award');
		expect(removedWith(article, 'share-buttons')).toHaveLength(5);
		expect(article.paragraphs).toHaveLength(3);
	});

	it('removes comment prompts but keeps "declined to comment" reporting', () => {
		const article = fixture('comments.txt');
		expect(removedWith(article, 'comment-prompt')).toHaveLength(5);
		expect(article.paragraphs.at(-1)).toBe(
			'The department declined to comment on the cost of the scheme.'
		);
	});

	it('reads a byline with a date, an updated line, a breadcrumb and a copyright source', () => {
		const article = fixture('byline-date.txt');
		expect(article.title).toBe('Astronomers Spot a Comet Heading for the Inner Solar System');
		expect(article.standfirst).toBe(
			'The icy visitor should be visible with binoculars by late autumn.'
		);
		expect(article.byline).toBe('Priya Nair and Tomás García');
		expect(article.source).toBe('The Northern Courier');
		expect(reasonsOf(article)).toEqual(['navigation', 'byline', 'date', 'reading-time', 'source']);
		expect(article.paragraphs).toHaveLength(2);
	});

	it('keeps prose that only talks about subscriptions, shares and comments', () => {
		const article = fixture('prose-about-clutter.txt');
		expect(article.removed).toEqual([]);
		expect(article.paragraphs).toHaveLength(5);
		expect(article.byline).toBeNull();
	});
});

describe('cleanArticle normalisation', () => {
	it('handles CRLF line endings, runs of blank lines and non-breaking spaces', () => {
		const raw = read('./fixtures/crlf-nbsp.txt');
		expect(raw).toContain('\r\n');
		expect(raw).toContain('\u00a0');
		const article = cleanArticle(raw);
		expect(article.title).toBe('Museum Reopens After a Two-Year Restoration');
		expect(article.paragraphs).toEqual([
			'The city museum reopened on Saturday after a two-year restoration that cost £12 million.',
			'Curators have moved the museum’s best-known painting to a new gallery on the ground floor, where it can be seen without climbing stairs.',
			'Entry remains free for children under 16.'
		]);
	});

	it('joins hard-wrapped lines back into paragraphs', () => {
		const raw = read('./fixtures/hard-wrapped.txt');
		const article = cleanArticle(raw);
		expect(article.title).toBe('River Otters Return to the City After Fifty Years');
		expect(article.paragraphs).toHaveLength(5);
		expect(article.paragraphs[1]).toBe(
			'The return is being seen as a sign that decades of work to clean up the water are paying off. Factories along the banks once poured waste directly into the river, and by the 1970s almost nothing could survive in it.'
		);
		expect(article.paragraphs[3]).toBe(
			'The council will put up signs along the path this month, asking walkers to keep their distance from the den.'
		);
		expect(article.paragraphs.some((paragraph) => paragraph.includes('\n'))).toBe(false);
	});

	it('gives an empty article for empty or blank input', () => {
		const empty: CleanedArticle = {
			title: '',
			standfirst: null,
			byline: null,
			source: null,
			publishedOn: null,
			credits: [],
			paragraphs: [],
			removed: [],
			pageKind: 'article'
		};
		expect(cleanArticle('')).toEqual(empty);
		expect(cleanArticle(' \r\n\u00a0\n\t\n')).toEqual(empty);
	});

	it('keeps a one-paragraph input as its body, with no title', () => {
		const paragraph =
			'The bridge will close for repairs on Monday. Drivers are advised to use the ring road, and buses will run on a diversion until the work is finished in June.';
		expect(cleanArticle(paragraph)).toMatchObject({ title: '', paragraphs: [paragraph] });
	});

	it('keeps an unpunctuated paragraph under a title as body rather than standfirst', () => {
		const raw =
			'Storm Warning for the Coast\n\nWinds of up to 100 km/h are expected tonight along the coast';
		const article = cleanArticle(raw);
		expect(article.standfirst).toBeNull();
		expect(article.paragraphs).toEqual([
			'Winds of up to 100 km/h are expected tonight along the coast'
		]);
	});

	it('drops a repeat of the title typed with straight quotes', () => {
		const raw =
			"Why Trump’s Talk Alarms Mexico\n\nWhy Trump's Talk Alarms Mexico\n\nThe body text is here.";
		expect(reasonsOf(cleanArticle(raw))).toEqual(['duplicate-title']);
	});

	// This expectation used to remove the lone line as a "fragment": that was the failure shape
	// of issue 12 (subheads and short list items dropped from inside the body).
	it('keeps an isolated short line between body paragraphs (a subhead)', () => {
		const raw =
			'A Title for the Story\n\nFirst paragraph here.\n\nMore below\n\nSecond paragraph here.';
		const article = cleanArticle(raw);
		expect(article.removed).toEqual([]);
		expect(article.paragraphs).toEqual([
			'First paragraph here.',
			'More below',
			'Second paragraph here.'
		]);
	});
});

describe('analyseArticle and articleFromLines', () => {
	it('lists every line in document order with its role', () => {
		const lines = analyseArticle('Headline of the Day\n\n3 min read\n\nThe only paragraph.');
		expect(lines).toEqual([
			{ text: 'Headline of the Day', role: 'title' },
			{ text: '3 min read', role: 'removed', reason: 'reading-time' },
			{ text: 'The only paragraph.', role: 'paragraph' }
		]);
	});

	it('rebuilds the article after a teacher restores a removed line', () => {
		const lines = analyseArticle(read('./default/cartel-crackdown.raw.txt'));
		const restored = lines.map((line) =>
			line.text === '2026 Forecast' ? { text: line.text, role: 'paragraph' as const } : line
		);
		const article = articleFromLines(restored);
		expect(article.paragraphs).toHaveLength(13);
		expect(article.paragraphs[7]).toBe('2026 Forecast');
		expect(article.removed.map((line) => line.text)).not.toContain('2026 Forecast');
	});
});
