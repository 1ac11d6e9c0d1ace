import { describe, expect, it } from 'vitest';
import { analyseArticle, cleanArticle } from './clean';
import { clutterReason } from './clutter';
import type { RemovalReason } from './types';

// Failure shapes of the plain-text (paste) path, each in an invented page: none is real text.
const P1 =
	'The county library reopened its reading room on Monday after a winter of repairs to the roof, which had leaked onto the local history shelves for two years.';
const P2 =
	'Staff moved four thousand books into storage in November, and volunteers spent the last fortnight carrying them back up the stairs one trolley at a time.';
const P3 =
	'The librarian said that the room would now stay open until eight on weekdays, and that the archive would take appointments again from the first week of March.';
const P4 =
	'A grant from the county council paid for most of the work, while a sponsored walk by the friends of the library raised the rest in a single weekend of autumn.';
const TITLE = 'Library Reading Room Reopens After Roof Repairs';

const page = (...lines: string[]) => lines.join('\n\n');
const reasonOf = (
	raw: string,
	text: string
): RemovalReason | 'kept' | 'missing' | 'title' | 'standfirst' => {
	const line = analyseArticle(raw).find((l) => l.text === text);
	if (!line) return 'missing';
	return line.role === 'removed' ? line.reason : line.role === 'paragraph' ? 'kept' : line.role;
};

describe('furniture the plain path must name rightly', () => {
	it('calls a cookie or consent banner a cookie notice', () => {
		const banner =
			'We use cookies and similar tools to remember your settings, measure traffic and show offers from our partners.';
		expect(clutterReason(banner)).toBe('cookie-notice');
		expect(clutterReason('Accept all and continue')).toBe('cookie-notice');
		expect(clutterReason('Please review our updated privacy terms')).toBe('cookie-notice');
	});

	it('leaves reporting about cookies alone', () => {
		const prose =
			'Regulators said that the shop had placed tracking cookies on the phones of visitors without asking them first.';
		expect(clutterReason(prose)).toBeNull();
	});

	it('calls an author biography a bio, with or without "By"', () => {
		expect(
			clutterReason(
				'Nia Okafor is a science reporter for the Valley Courier and is based in Leeds, where she covers health.'
			)
		).toBe('author-bio');
		expect(
			clutterReason(
				'By Tom Brandt, a senior editor who has covered city hall since 2015. He previously wrote for the Evening Star.'
			)
		).toBe('author-bio');
		expect(
			clutterReason(
				'Ada Moreno Ada is the Travel Editor at Wayfarer, which she joined in 2019 after six years abroad.'
			)
		).toBe('author-bio');
	});

	it('does not take a news sentence about a reporter for a bio', () => {
		expect(
			clutterReason('Police said the reporter was held for six hours before being released.')
		).toBeNull();
	});

	it('reads a byline that ends with a social handle', () => {
		expect(clutterReason('By Ravi Patel @ravipatel')).toBe('byline');
		expect(clutterReason('Ravi Patel, @ravipatel')).toBe('byline');
		expect(clutterReason('Ravi Patel - Mar 3, 2024 8:02 pm UTC')).toBe('byline');
		expect(clutterReason('Rates Rise - Markets Fall')).not.toBe('byline');
	});

	it('names review credits, sponsor notes, print notes and site plugs', () => {
		expect(clutterReason('Medically reviewed by Sam Lee, MD')).toBe('partner-credit');
		expect(clutterReason('Coastal towns is supported by the Harbour Trust')).toBe('partner-credit');
		expect(
			clutterReason('A version of this article appears in print on May 3, 2024, on Page B2.')
		).toBe('source');
		expect(clutterReason('Check out more stories on CountyEcho.com!')).toBe('promo');
		expect(
			clutterReason('The plan is supported by most of the councillors, the mayor said.')
		).toBeNull();
	});

	it('takes skip links run together for navigation', () => {
		expect(clutterReason('Skip to contentSkip to site index')).toBe('navigation');
		expect(clutterReason('Skip to main navigation')).toBe('navigation');
	});

	it('takes a headline that ends with its date for another story', () => {
		expect(clutterReason('Council Approves Budget for the New Bridge MARCH 3, 2024')).toBe(
			'teaser'
		);
	});
});

describe('the body of a pasted page', () => {
	it('keeps a list introduced by a colon inside the body, even after an advert label', () => {
		const items = [
			'The roof was relined with lead from a reclaimed chapel in the next valley',
			'The shelves were rebuilt to take the weight of the bound newspapers',
			'A lift now reaches the reading room for readers who cannot climb stairs'
		];
		const raw = page(
			TITLE,
			'By Ana Ruiz',
			P1,
			P2,
			'Advertisement',
			'The work also covered:',
			...items,
			P3,
			P4
		);
		expect(cleanArticle(raw).paragraphs).toEqual([
			P1,
			P2,
			'The work also covered:',
			...items,
			P3,
			P4
		]);
		expect(reasonOf(raw, 'Advertisement')).toBe('advertisement');
	});

	it('drops a run of menu lines just above the headline, even next to the body', () => {
		const menu = [
			'Opening Times',
			'Events for Children',
			'Local History',
			'Join the Library',
			'Font Size',
			'A',
			'A'
		];
		const box = [
			'Talk to other readers in our friendly forum, where you can ask questions and share tips.',
			'Reader Forum',
			'Ask the Librarian',
			'Sign in to your account',
			'My Loans',
			'My Holds',
			'My Account',
			'Sign Out'
		];
		const raw = page(...box, ...menu, TITLE, 'By Ana Ruiz', P1, P2, P3, P4);
		const article = cleanArticle(raw);
		expect(article.title).toBe(TITLE);
		expect(article.paragraphs).toEqual([P1, P2, P3, P4]);
	});

	it('takes the long headline above a standfirst, not a short product name nearer the body', () => {
		const raw = page(
			'Reviews',
			'Library Reading Room review: the roof repairs were worth the wait',
			'But only local historians will notice the difference.',
			'Ana Ruiz, @anaruiz',
			'Share',
			'Reading Room',
			'Opening hours',
			'Mon to Fri',
			P1,
			P2,
			P3
		);
		expect(cleanArticle(raw).title).toBe(
			'Library Reading Room review: the roof repairs were worth the wait'
		);
	});

	it('removes a chart caption above values with units and chart titles', () => {
		const caption = 'Loans from the archive have risen every year since the reading room opened.';
		const raw = page(TITLE, P1, P2, caption, '$915', 'thousand', 'Loans a year', '600', P3, P4);
		expect(reasonOf(raw, caption)).toBe('photo-caption');
	});

	it('removes a chart caption that sits above chart labels and numbers', () => {
		const caption = 'Visits to the reading room are expected to double over the next five years.';
		const raw = page(
			TITLE,
			P1,
			P2,
			caption,
			'Visits per year',
			'40,000',
			'20,000',
			'2020',
			'2025',
			P3,
			P4
		);
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3, P4]);
		expect(reasonOf(raw, caption)).toBe('photo-caption');
	});

	it('drops a cookie banner standing above the headline without stealing the title', () => {
		const raw = page(
			'Get the most out of our site:',
			'Tailored reading lists for you',
			'Please review our updated privacy terms',
			'We use cookies and similar tools to remember your settings, measure traffic and show offers from our partners.',
			'Accept all and continue',
			TITLE,
			'By Ana Ruiz',
			P1,
			P2,
			P3
		);
		const article = cleanArticle(raw);
		expect(article.title).toBe(TITLE);
		expect(article.paragraphs).toEqual([P1, P2, P3]);
	});

	it('drops the author bio at the end of the body', () => {
		const bio =
			'Ana Ruiz is a reporter for the County Echo and is based in Harlow, where she covers libraries and schools.';
		const raw = page(TITLE, 'By Ana Ruiz', P1, P2, P3, P4, bio);
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3, P4]);
		expect(reasonOf(raw, bio)).toBe('author-bio');
	});

	it('takes the headline over its dek and author, not a short label that shares its words', () => {
		const raw = page(
			'Sunday, Mar 1, 2026 09:15 AM UTC',
			TITLE,
			'A leaking roof, four thousand books and a fortnight of volunteers on the stairs',
			'Ana Ruiz',
			'Share',
			'0',
			'Reading Room Library',
			P1,
			P2,
			P3
		);
		expect(cleanArticle(raw).title).toBe(TITLE);
	});

	it('finds the headline over a dated byline far above the body, past a video player', () => {
		const player = Array.from({ length: 90 }, (_, i) => (i % 2 ? 'Aa' : `Option ${i}`));
		const clip = 'Library Roof Repairs Finished in Time for Spring';
		const raw = page(
			'Home',
			TITLE,
			'By ANA RUIZ March 3, 2026 9:15 AM County Echo',
			...player,
			clip,
			'Now watching',
			clip,
			P1,
			P2,
			P3
		);
		expect(cleanArticle(raw).title).toBe(TITLE);
	});

	it('removes a caption by the labels and credits around it, and its repeat', () => {
		const caption = 'Volunteers carry boxes of books up the stairs of the library on Monday.';
		const second = 'The new roof seen from the churchyard.';
		const raw = page(
			TITLE,
			'By Ana Ruiz',
			caption,
			'Caption',
			caption,
			'Buy Photo',
			'Wait 1 second to continue.',
			P1,
			P2,
			second,
			'Li Wei/County Echo',
			P3,
			'Read Later',
			'Loading...',
			P4
		);
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3, P4]);
		expect(reasonOf(raw, second)).toBe('photo-caption');
		expect(reasonOf(raw, 'Buy Photo')).toBe('photo-caption');
	});

	it('drops the one story linked under a bare "Related" heading', () => {
		const link = 'We toured the old archive. It is colder than you would think.';
		const raw = page(TITLE, 'By Ana Ruiz', P1, P2, 'Related', link, P3, P4);
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3, P4]);
		expect(reasonOf(raw, link)).toBe('related-links');
	});

	it('drops teaser summaries cut off with "Read more" and headlines printed thrice', () => {
		const teaser =
			'Ever wondered where old library books go when they are withdrawn? As it… Read more Read more';
		const triple =
			'Where Old Library Books Go Where Old Library Books Go Where Old Library Books Go';
		const cut = 'Where Old Maps Are Kept Where Old Maps Are Kept Where Old Ma';
		expect(clutterReason(cut)).toBe('teaser');
		expect(clutterReason('Again and again and again we said it')).toBeNull();
		const raw = page(TITLE, 'By Ana Ruiz', P1, P2, triple, teaser, P3, P4);
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3, P4]);
		expect(reasonOf(raw, teaser)).toBe('teaser');
		expect(reasonOf(raw, triple)).toBe('teaser');
	});
});

describe('the reasons given to a menu above the headline', () => {
	it('calls menu items navigation and other stories teasers, not the sign-in prompt beside them', () => {
		const raw = page(
			'Log in',
			'Sign up',
			'Home',
			'World',
			'Sport',
			'Business',
			'Storm closes the harbour road after a night of gales',
			'Council votes on new parking charges for the quay',
			TITLE,
			P1,
			P2,
			P3,
			P4
		);
		expect(reasonOf(raw, 'World')).toBe('navigation');
		expect(reasonOf(raw, 'Business')).toBe('navigation');
		expect(reasonOf(raw, 'Council votes on new parking charges for the quay')).toBe('teaser');
		expect(reasonOf(raw, 'Sign up')).toBe('subscription-prompt');
		expect(reasonOf(raw, TITLE)).toBe('title');
	});
});
