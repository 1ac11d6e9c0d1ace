import { describe, expect, it } from 'vitest';
import { analyseArticle } from './clean';
import { htmlToText } from './html';
import type { RemovalReason } from './types';

// Shapes found measuring the cleaner on real pages, each rebuilt in an invented page: lists that
// belong to the body, captions with no label, and teasers after the body.
const P = [
	'The new kettle from Brightwell boils a full litre in under three minutes, which makes it one of the quickest we have tried this year at any price.',
	'Its body is brushed steel with a plastic handle that stays cool, and the lid opens with a button on the top rather than a lever on the side.',
	'We used it every morning for a month in a shared office kitchen, where it was filled, boiled and left to stand more often than any kettle should be.',
	'The temperature dial is the feature most buyers will notice first, because it lets green tea drinkers stop the water well short of boiling.',
	'At seventy pounds it costs more than most of its rivals, though the five year guarantee goes some way to making up for the difference in price.',
	'Over the month the limescale filter needed rinsing twice, and the water gauge on the side stayed easy to read even after the kettle was descaled.'
];
const TITLE = 'Brightwell Kettle Review: Quick, Quiet and a Little Dear';

const page = (...lines: string[]) => lines.join('\n\n');
type Outcome = RemovalReason | 'kept' | 'missing' | 'title' | 'standfirst';
const outcome = (raw: string, text: string, structured = false): Outcome => {
	const line = analyseArticle(raw, { structured }).find((l) => l.text === text);
	if (!line) return 'missing';
	return line.role === 'removed' ? line.reason : line.role === 'paragraph' ? 'kept' : line.role;
};

describe('lists inside the body', () => {
	const pros = ['Boils a litre in under three minutes', 'Handle stays cool', 'Clear water gauge'];
	const cons = ['Pricey', 'Lid button is stiff at first', 'No keep-warm setting'];

	it('keeps a pros and cons list under one-word headings, even beside a buy button', () => {
		const raw = page(
			TITLE,
			'By Ana Ruiz',
			P[0]!,
			P[1]!,
			'From £70',
			'Buy now',
			'Pros',
			...pros,
			'Cons',
			...cons,
			'Verdict',
			P[2]!,
			P[3]!,
			P[4]!
		);
		for (const item of [...pros, ...cons]) expect(outcome(raw, item)).toBe('kept');
	});

	it('keeps a short bulleted list under a heading next to an advert label', () => {
		const items = ['• A descaling tablet', '• A soft cloth', '• Ten minutes'];
		const raw = page(
			TITLE,
			'By Ana Ruiz',
			P[0]!,
			P[1]!,
			P[2]!,
			'Advertisement',
			'What you need to descale it',
			...items,
			P[3]!,
			P[4]!,
			P[5]!
		);
		for (const item of items) expect(outcome(raw, item)).toBe('kept');
		expect(outcome(raw, 'What you need to descale it')).toBe('kept');
	});

	it('still drops a box of short headlines under a section label after the body', () => {
		const box = [
			'Toasters that are worth the money',
			'The best cheap coffee grinders',
			'Why your fridge hums at night',
			'Six blenders put to the test'
		];
		const raw = page(TITLE, 'By Ana Ruiz', ...P, 'Kitchen', ...box, 'About us', 'Contact');
		for (const line of box) expect(outcome(raw, line)).not.toBe('kept');
	});

	it('keeps a list under a heading on the HTML path, beside a share bar', () => {
		const li = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
		const html =
			`<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>` +
			P.slice(0, 3)
				.map((p) => `<p>${p}</p>`)
				.join('') +
			`<p>Share</p><h3>Pros</h3>${li(pros)}<h3>Cons</h3>${li(cons)}` +
			P.slice(3)
				.map((p) => `<p>${p}</p>`)
				.join('') +
			'</article></body></html>';
		const raw = htmlToText(html);
		for (const item of [...pros, ...cons]) expect(outcome(raw, item, true)).toBe('kept');
	});
});

describe('captions with no label', () => {
	const around = (caption: string, ...after: string[]) =>
		page(TITLE, 'By Ana Ruiz', P[0]!, P[1]!, P[2]!, caption, ...after, P[3]!, P[4]!, P[5]!);

	it.each([
		{
			what: 'a long descriptive line above a credit for a caption, and the credit with it',
			caption:
				'Two engineers from the Brightwell works in Derby test the first batch of kettles on the factory floor, a month before the launch in the spring of last year.',
			credit: 'Sam Holt/Derby Wire'
		},
		{
			what: 'the line above a picture agency alone for a caption',
			caption: 'Shoppers queue outside the Brightwell store in Leeds on the morning of the sale.',
			credit: 'Getty Images'
		}
	])('takes $what', ({ caption, credit }) => {
		const raw = around(caption, credit);
		expect(outcome(raw, caption)).toBe('photo-caption');
		expect(outcome(raw, credit)).toBe('photo-caption');
	});

	it('leaves a paragraph of reporting above a credit in the body', () => {
		const quote =
			'The designer said the dial had taken two years to get right, and that the first prototypes had been far too stiff for older hands to turn at all.';
		const raw = around(quote, 'Sam Holt/Derby Wire');
		expect(outcome(raw, quote)).toBe('kept');
	});

	it('takes a line ending with an agency or photographer in brackets for a caption', () => {
		const agency = 'A kettle on display at the trade fair in Frankfurt in March. (AP)';
		const named = 'The Derby works at dusk, seen from the canal towpath. (Sam Holt / Derby Wire)';
		expect(outcome(around(agency), agency)).toBe('photo-caption');
		expect(outcome(around(named), named)).toBe('photo-caption');
	});

	it('takes a caption whose credit follows it after a space, however long', () => {
		const caption =
			'Workers at the Derby plant pack kettles for export on Tuesday. The company says that the new line will double output by the end of the year, and that it will hire forty more staff to run it. Credit Sam Holt/Derby Wire — Valley Images';
		expect(outcome(around(caption), caption)).toBe('photo-caption');
	});

	it('does not take a short sentence for a caption because it says "from left"', () => {
		const line = 'The party moved from left-wing roots to the centre.';
		expect(outcome(around(line), line)).toBe('kept');
	});

	it('does not call an agency byline under the headline a caption', () => {
		const raw = page(TITLE, 'Reuters', ...P);
		expect(outcome(raw, 'Reuters')).not.toBe('photo-caption');
		expect(outcome(raw, P[0]!)).toBe('kept');
	});

	it('takes a line that points at the people in the picture for a caption', () => {
		const caption = 'Ana Ruiz (left) and Tom Brandt at the tasting in Leeds.';
		expect(outcome(around(caption), caption)).toBe('photo-caption');
	});
});

describe('teasers after and inside the body', () => {
	it('drops a headline and its summary standing over a "Read now" button', () => {
		const head = 'Ten ways to keep your kettle clean';
		const dek = 'Limescale is easier to shift than you think.';
		const raw = page(
			TITLE,
			'By Ana Ruiz',
			P[0]!,
			P[1]!,
			P[2]!,
			head,
			dek,
			'Read now',
			P[3]!,
			P[4]!
		);
		expect(outcome(raw, head)).toBe('teaser');
		expect(outcome(raw, dek)).toBe('teaser');
		expect(outcome(raw, P[3]!)).toBe('kept');
	});

	it('drops other stories listed with their dates, with or without a header', () => {
		const items = [
			'Toaster makers face a new safety rule',
			'March 2, 2024',
			'Why the price of kettles keeps rising',
			'February 27, 2024'
		];
		for (const header of [[], ['More on kitchen gadgets']]) {
			const raw = page(TITLE, 'By Ana Ruiz', ...P.slice(0, 4), ...header, ...items, P[4]!, P[5]!);
			expect(outcome(raw, items[0]!)).not.toBe('kept');
			expect(outcome(raw, items[2]!)).not.toBe('kept');
			expect(outcome(raw, P[4]!)).toBe('kept');
		}
	});
});

describe('subheads after a link list', () => {
	it('keeps the subhead that follows a list of other stories, on both paths', () => {
		const subhead = 'The price of a good cup';
		const related = ['More on kitchen gadgets', 'Toaster makers face a new safety rule'];
		const raw = page(TITLE, 'By Ana Ruiz', ...P.slice(0, 3), ...related, subhead, ...P.slice(3));
		expect(outcome(raw, subhead)).toBe('kept');
		expect(outcome(raw, subhead, true)).toBe('kept');
	});
});

describe('an author bio under a second byline', () => {
	it('drops the paragraph about the author that opens with a name from the byline above it', () => {
		const bio =
			'Ana has tested kitchen gadgets since her first job in a cafe, and she still keeps the first kettle she ever bought on a shelf above her desk.';
		const raw = page(TITLE, 'By Ana Ruiz', ...P, 'By Ana Ruiz @anaruiz', bio, 'About us');
		expect(outcome(raw, bio)).toBe('author-bio');
		expect(outcome(raw, P[5]!)).toBe('kept');
	});

	it('keeps a first paragraph that opens with the reporter’s name under the byline', () => {
		const first =
			'Ana Ruiz spent a month with the kettle in a shared office kitchen, where it was filled, boiled and left to stand more often than any kettle should be.';
		const dek =
			'A month of mornings in an office kitchen shows what the quickest kettle of the year does well, and where it falls short.';
		for (const raw of [
			page(TITLE, 'By Ana Ruiz', first, ...P),
			page(TITLE, dek, 'By Ana Ruiz', first, ...P)
		]) {
			expect(outcome(raw, first)).toBe('kept');
		}
	});
});

describe('the headline the page prints', () => {
	it('takes the printed <h1> over a differently worded <title>, and does not repeat it', () => {
		const printed = 'Why the Quickest Kettle of the Year Is Not the Best';
		const html =
			`<html><head><title>Brightwell kettle review and rating | Kitchen Weekly</title></head><body><article>` +
			`<h1>${printed}</h1><p>2:15 PM ET</p>${P.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
		const lines = analyseArticle(htmlToText(html), { structured: true });
		expect(lines.find((l) => l.role === 'title')?.text).toBe(printed);
		expect(lines.filter((l) => l.role === 'paragraph').map((l) => l.text)).toEqual(P);
	});
});

describe('the body’s last line over a footer', () => {
	const footer = [
		'Most read',
		'Kettles tested for limescale',
		'Best toasters',
		'About us',
		'Terms of use'
	];

	it('keeps an unpunctuated last paragraph over a link box, on both paths', () => {
		const last = 'The kettle will be in shops from the end of next month';
		const raw = page(TITLE, 'By Ana Ruiz', ...P, last, ...footer);
		expect(outcome(raw, last)).toBe('kept');
		const html = htmlToText([...P, last, ...footer].map((p) => `<p>${p}</p>`).join(''));
		expect(outcome(html, last, true)).toBe('kept');
		expect(outcome(raw, 'Kettles tested for limescale')).not.toBe('kept');
	});

	it('keeps a reported sale date, but not a promo that speaks to the reader', () => {
		const sale = 'Tickets for the kettle show go on sale at the town hall from Monday.';
		const raw = page(TITLE, 'By Ana Ruiz', ...P.slice(0, 3), sale, ...P.slice(3));
		expect(outcome(raw, sale)).toBe('kept');
		const pitch = 'Send yourself a link to download the app.';
		expect(outcome(page(TITLE, ...P, pitch, 'Download now'), pitch)).toBe('promo');
	});
});

describe('a headline ending on an abbreviation inside a link box', () => {
	it('goes with the box; a body sentence ending so stays', () => {
		const box = [
			'Related stories',
			'Kettle makers fined over false claims',
			'Toaster sales rise in the U.K.',
			'Five quiet fridges tested'
		];
		const body = 'Brightwell says the kettle will also be sold in the U.S.';
		const raw = page(TITLE, 'By Ana Ruiz', ...P.slice(0, 3), body, ...P.slice(3), ...box);
		expect(outcome(raw, 'Toaster sales rise in the U.K.')).not.toBe('kept');
		expect(outcome(raw, body)).toBe('kept');
	});
});
