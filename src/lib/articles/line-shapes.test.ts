import { describe, expect, it } from 'vitest';
import { cleanArticle } from './clean';
import { clutterReason } from './clutter';
import type { RemovalReason } from './types';

/**
 * Invented lines of the shapes Readability keeps as body and the line rules let through: each
 * is furniture by its own shape, whatever page it comes from.
 */
const FURNITURE: [string, RemovalReason][] = [
	['[Read: Why the harbour board wants a second breakwater]', 'link'],
	['[Lighthouse keepers’ logbooks go on show in the village]', 'link'],
	['Map: Where the storm surge reached in March', 'photo-caption'],
	['Chart: Ferry crossings by month', 'photo-caption'],
	['Workers lift the new lamp into the tower on Tuesday. Source: Supplied', 'photo-caption'],
	[
		'Photos by Ana Ruiz (Coastline), B. Okafor, tidewatcher, Sam Lee, Harbour Archive.',
		'photo-caption'
	],
	['Powered by Tidechart.io', 'partner-credit'],
	['Mara Quint contributed to this report.', 'partner-credit'],
	['Jon Bell and Ana Ruiz contributed reporting.', 'partner-credit'],
	['This article was reprinted on Coastwatch.org.', 'source'],
	['Storms are getting worse. Keep up with the Harbour Weekly newsletter.', 'newsletter'],
	[
		'Ines Paley has covered the coast since 2015. Previously, she wrote about shipping for the Courier.',
		'author-bio'
	],
	['INES PALEY IS THE HARBOUR TIMES MARITIME EDITOR', 'author-bio'],
	[
		'Clockwise from top: the lamp room before the repairs; the keeper’s logbook from 1931, open at the night of the great storm; the new glass panes waiting on the quay below the tower for the volunteers who carried them up by hand',
		'photo-caption'
	],
	['$9/month', 'promo'],
	['£80/person/year', 'promo'],
	['€5 per week', 'promo'],
	['Harbour Buzz - What’s Trending', 'related-links'],
	['We accept debit cards, PayPal and Apple Pay.', 'subscription-prompt'],
	['Gallery: The new lamp room | 12 Photos', 'photo-caption'],
	['Read the full text of the harbour board’s report', 'link'],
	['Coast Desk (Portree) First published March 3, 2021: 9:10 AM ET', 'date'],
	['Harbours & Ports —', 'section-label']
];

/** Body lines of the same vocabulary, which must stay. */
const BODY = [
	'The survey was powered by volunteers who walked the whole shoreline twice.',
	'Two divers contributed to the survey of the wreck, the council said.',
	'All twelve islands contributed.',
	'Photos by amateur divers helped the inquiry find the wreck.',
	'Ines Paley has covered the cost of the repairs herself, her lawyer said.',
	'The map of the harbour, drawn in 1890, shows a second pier that was never built.',
	'Keep the gate shut, the sign at the slipway says.',
	'The keepers (and their dogs) lived in the cottage until 1962.',
	'The ticket costs $9 a month, and most islanders pay it without complaint.',
	'Read the full report and you find a second warning, on page 40.',
	'The council first published its plans in March 2021, to little notice.',
	'from $1,299.00',
	'Ferry fares - what the rise means for islanders'
];

describe('line rules for furniture Readability keeps', () => {
	it.each(FURNITURE)('removes %j as %s', (text, reason) => {
		expect(clutterReason(text)).toBe(reason);
	});

	it.each(BODY)('keeps %j', (text) => {
		expect(clutterReason(text)).toBeNull();
	});
});

describe('a short sentence inside a sign-up box', () => {
	const prose = [
		'The lighthouse on the north point was switched back on last night after two years of repairs to its lamp room and stair.',
		'Volunteers from the village carried the last of the new glass panes up the tower by hand, because no crane could reach the rock.',
		'The keeper said the beam can now be seen from the ferry route again, which the harbour board had asked for since the spring.',
		'A small exhibition about the old keepers opens in the cottage at the foot of the tower next month, with their logbooks on show.'
	];

	it('goes with the box whose buttons stand on both sides of it', () => {
		const page = [
			'Lighthouse Lit Again After Repairs',
			...prose,
			'Sign up for Tide Notes, our paid weekly newsletter about the coast.',
			'Monthly',
			'$5/month',
			'A plan you can cancel at any time.',
			'Subscribe',
			'We take cards and bank transfers.',
			'Most read',
			'Ferry fares to rise in April'
		].join('\n\n');
		const article = cleanArticle(page);
		expect(article.paragraphs).toEqual(prose);
	});

	it('stays between a sign-up prompt and an ad label inside the body', () => {
		const short = 'He declined to comment.';
		const page = [
			'Lighthouse Lit Again After Repairs',
			prose[0],
			prose[1],
			'Sign up for our weekly newsletter.',
			'Subscribe',
			short,
			'Advertisement',
			prose[2],
			prose[3]
		];
		expect(cleanArticle(page.join('\n\n')).paragraphs).toContain(short);
	});

	it('stays when body paragraphs stand on either side of it', () => {
		const short = 'The lamp turns twice a minute.';
		const page = [
			'Lighthouse Lit Again After Repairs',
			prose[0],
			prose[1],
			short,
			prose[2],
			prose[3]
		];
		expect(cleanArticle(page.join('\n\n')).paragraphs).toContain(short);
	});
});

describe('an author box at the end of the body', () => {
	it('goes whole: its heading, the name and the bio', () => {
		const page = [
			'Lighthouse Lit Again After Repairs',
			'The lighthouse on the north point was switched back on last night after two years of repairs to its lamp room and stair.',
			'Volunteers from the village carried the last of the new glass panes up the tower by hand, because no crane could reach the rock.',
			'The keeper said the beam can now be seen from the ferry route again, which the harbour board had asked for since the spring.',
			'About the Author',
			'Ines Paley',
			'Ines Paley is the author of Lamps of the North.'
		].join('\n\n');
		for (const structured of [false, true]) {
			const article = cleanArticle(page, { structured });
			expect(article.paragraphs).toHaveLength(3);
			expect(article.removed.filter((line) => line.reason === 'author-bio')).toHaveLength(3);
		}
	});
});

describe('a gallery link in the body', () => {
	const prose = [
		'The lighthouse on the north point was switched back on last night after two years of repairs to its lamp room and stair.',
		'Volunteers from the village carried the last of the new glass panes up the tower by hand, because no crane could reach the rock.',
		'The keeper said the beam can now be seen from the ferry route again, which the harbour board had asked for since the spring.'
	];
	const items = ['Brighter beam than before', 'New stair is safe', 'Costly'];

	it('takes its counters with it and leaves the list under it', () => {
		const page = [
			'Lighthouse Lit Again After Repairs',
			prose[0],
			'Gallery: The lamp room | 9 Photos',
			'9',
			'+6',
			...items,
			prose[1],
			prose[2]
		];
		for (const structured of [false, true]) {
			const article = cleanArticle(page.join('\n\n'), { structured });
			expect(article.paragraphs.filter((p) => /^\+?\d+$/.test(p))).toEqual([]);
			if (structured) expect(article.paragraphs).toEqual(expect.arrayContaining(items));
		}
	});
});

describe('a long line with no closing punctuation between body paragraphs', () => {
	const prose = [
		'The lighthouse on the north point was switched back on last night after two years of repairs to its lamp room and stair.',
		'Volunteers from the village carried the last of the new glass panes up the tower by hand, because no crane could reach the rock.',
		'The keeper said the beam can now be seen from the ferry route again, which the harbour board had asked for since the spring.',
		'A small exhibition about the old keepers opens in the cottage at the foot of the tower next month, with their logbooks on show.'
	];
	const page = (line: string, after = prose[2]!) =>
		['Lighthouse Lit Again After Repairs', prose[0], prose[1], line, after, prose[3]].join('\n\n');

	it('is a picture’s caption', () => {
		const caption =
			'Ines Paley with her grandson on the gallery of the north point tower, where her father kept the lamp for thirty years';
		const article = cleanArticle(page(caption));
		expect(article.paragraphs).not.toContain(caption);
		expect(article.removed).toContainEqual({ text: caption, reason: 'photo-caption' });
	});

	it('stays as a subhead when it is short', () => {
		const subhead = 'Why the harbour board wanted the beam back before the winter';
		expect(cleanArticle(page(subhead)).paragraphs).toContain(subhead);
	});

	it('stays when an ad cut the sentence and the next line carries on', () => {
		const cut =
			'The harbour board, which had asked for the light since the spring, agreed in the end to pay for most of the new';
		const rest =
			'glass, the stair and a year of the keeper’s wages, the chair told the village meeting.';
		expect(cleanArticle(page(cut, rest)).paragraphs).toContain(cut);
	});

	it('stays when someone speaks in it', () => {
		const quote =
			'It was the longest winter any of us can remember on the point, the keeper said as she climbed the stair once more';
		expect(cleanArticle(page(quote)).paragraphs).toContain(quote);
	});
});

describe('a list announced by a full sentence', () => {
	const prose = [
		'The lighthouse on the north point was switched back on last night after two years of repairs to its lamp room and stair.',
		'The keeper said the beam can now be seen from the ferry route again, which the harbour board had asked for since the spring.',
		'A small exhibition about the old keepers opens in the cottage at the foot of the tower next month, with their logbooks on show.'
	];
	const items = ['A new breakwater', 'A second slipway', 'Longer ferry hours'];

	it('keeps its short items, as a list introduced by a colon is kept', () => {
		const page = [
			'Lighthouse Lit Again After Repairs',
			prose[0],
			'The plan has three parts.',
			...items,
			prose[1],
			prose[2]
		];
		expect(cleanArticle(page.join('\n\n')).paragraphs).toEqual(expect.arrayContaining(items));
	});

	it('still drops a run of headlines under an ordinary sentence', () => {
		const teasers = [
			'Ferry fares to rise in April',
			'Storm closes the causeway again',
			'Island school gets a new roof'
		];
		const page = [
			'Lighthouse Lit Again After Repairs',
			prose[0],
			prose[1],
			'The board meets again in June.',
			...teasers,
			prose[2]
		];
		const shown = cleanArticle(page.join('\n\n')).paragraphs;
		for (const teaser of teasers) expect(shown).not.toContain(teaser);
	});
});
