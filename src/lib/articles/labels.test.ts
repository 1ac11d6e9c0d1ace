import { describe, expect, it } from 'vitest';
import { analyseArticle, cleanArticle } from './clean';
import { clutterReason } from './clutter';

// Invented pages for the last shapes of clutter on the plain path: captions with no punctuation,
// live-updates teasers, section labels and widget disclosures. None is real text.
const P = [
	'The harbour board voted on Tuesday to close the old ferry pier for a year, after divers found that two of its wooden piles had rotted through below the waterline.',
	'Passengers will board from a floating pontoon at the fish market instead, which the board said could take the small ferry but not the summer boat to the islands.',
	'Fishermen who moor beside the pier said they had warned the board about the piles three winters ago and were told that there was no money to replace them.',
	'A spokesman for the board said the repairs would cost about two million pounds and that a grant from the regional fund would pay for most of the new piles.',
	'The summer boat will sail from the northern quay until the pier reopens, which the board hopes will happen before the regatta in the middle of next August.'
] as const;
const TITLE = 'Harbour Board Shuts Old Ferry Pier For Repairs';
const page = (...lines: string[]) => lines.join('\n\n');
const outcome = (raw: string, text: string, structured = false) => {
	const line = analyseArticle(raw, { structured }).find((l) => l.text === text);
	if (!line) return 'missing';
	return line.role === 'removed' ? line.reason : line.role === 'paragraph' ? 'kept' : line.role;
};

describe('captions with no punctuation', () => {
	it('takes a line beside a video caption for a caption', () => {
		const caption = 'A diver checks the rotten piles under the old ferry pier at low tide';
		const video = 'Media caption The harbour master: "We had no choice"';
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], video, caption, P[2], P[3], P[4]);
		expect(outcome(raw, caption)).toBe('photo-caption');
	});

	it('keeps a long unpunctuated subhead between paragraphs', () => {
		const subhead = 'Repairs make it harder for the board to do other things';
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], subhead, P[2], P[3], P[4]);
		expect(outcome(raw, subhead)).toBe('kept');
		expect(outcome(raw, subhead, true)).toBe('kept');
	});

	it('takes a dozen unpunctuated words with a comma inside for a caption, not a short subhead', () => {
		const caption =
			'Ewan Reid on the old ferry pier, the place where his father fished for forty years';
		const subhead = 'After the storm, a new pier';
		const raw = page(TITLE, 'By Jo Bell', P[0], P[1], caption, P[2], subhead, P[3], P[4]);
		expect(outcome(raw, caption)).toBe('photo-caption');
		expect(outcome(raw, caption, true)).toBe('photo-caption');
		expect(outcome(raw, subhead)).toBe('kept');
	});

	it('takes two headline lines between a paragraph and a caption for links, not subheads', () => {
		const links = ['Five things the divers found under the pier', 'The winter the ferry stopped'];
		const video = 'Media caption The harbour master on the repairs';
		const raw = page(TITLE, 'By Jo Bell', P[0], P[1], ...links, video, P[2], P[3], P[4]);
		expect(outcome(raw, links[0]!)).toBe('link');
		expect(outcome(raw, links[1]!)).toBe('link');
		const subheads = page(TITLE, 'By Jo Bell', P[0], P[1], ...links, P[2], P[3], P[4]);
		expect(outcome(subheads, links[1]!)).toBe('kept');
	});

	it('takes a long line over a short subhead for a caption', () => {
		const caption = 'The old ferry pier at low tide with its rotten piles showing in the mud';
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], caption, 'Pier repairs', P[2], P[3], P[4]);
		expect(outcome(raw, caption)).toBe('photo-caption');
		expect(outcome(raw, 'Pier repairs')).toBe('kept');
	});

	it('keeps a subhead that follows a credited caption', () => {
		const caption = 'Divers at the pier in the spring.Credit Ewan Reid';
		const subhead = 'Salt water eats the old piles from the inside out';
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], caption, subhead, P[2], P[3], P[4]);
		expect(outcome(raw, caption)).toBe('photo-caption');
		expect(outcome(raw, subhead)).toBe('kept');
	});

	it('keeps short subheads and short sentences inside the body', () => {
		const subhead = 'Who pays for the repairs';
		const question = 'What happens to the summer boat';
		const sentence = 'Nobody was hurt.';
		const raw = page(
			TITLE,
			'By Ewan Reid',
			P[0],
			subhead,
			P[1],
			sentence,
			P[2],
			question,
			P[3],
			P[4]
		);
		expect(outcome(raw, subhead)).toBe('kept');
		expect(outcome(raw, question)).toBe('kept');
		expect(outcome(raw, sentence)).toBe('kept');
	});
});

describe('labels and teasers', () => {
	it('names a live-updates teaser a teaser', () => {
		expect(clutterReason('Coast News Live updates from the harbour')).toBe('teaser');
		expect(clutterReason('Follow our live coverage of the storm')).toBe('teaser');
		const prose =
			'Residents who live near the pier said the updates from the board had been too few and too late.';
		expect(clutterReason(prose)).toBeNull();
	});

	it('names a kicker with a bar a section label', () => {
		expect(clutterReason('Profile | Marta Lind')).toBe('section-label');
		expect(clutterReason('Analysis | Why the pier matters')).toBe('section-label');
		expect(clutterReason('Explainer: How piles rot')).toBe('section-label');
		expect(clutterReason('Analysis: Jo Bell, Coast News, Oban')).not.toBe('section-label');
	});

	it('names an analysis box’s sign-off a byline, without taking it for the article’s', () => {
		expect(clutterReason('Analysis: Jo Bell, Coast News, Oban')).toBe('byline');
		expect(clutterReason('Comment: Ewan Reid')).toBe('byline');
		expect(clutterReason('Analysis: Why the pier matters, and why now')).not.toBe('byline');
		const raw = page(TITLE, ...P.slice(0, 2), 'Analysis: Jo Bell, Coast News, Oban', ...P.slice(2));
		expect(cleanArticle(raw).byline).toBeNull();
		expect(outcome(raw, 'Analysis: Jo Bell, Coast News, Oban')).toBe('byline');
	});

	it('names a desk label beside the byline a section label', () => {
		const raw = page(TITLE, 'By Ewan Reid', 'Coastal Health News', ...P);
		expect(outcome(raw, 'Coastal Health News')).toBe('section-label');
	});

	it('names a widget disclosures line a link', () => {
		expect(clutterReason('Disclosures FundFinder.com')).toBe('link');
		expect(clutterReason('Disclosures')).toBe('link');
	});
});

describe('social links are never a title', () => {
	it('calls a follow-us line with glued network names share buttons', () => {
		expect(clutterReason('Síguenos: FacebookTwitter')).toBe('share-buttons');
		expect(clutterReason('Follow us: InstagramYouTube')).toBe('share-buttons');
		expect(clutterReason('Folgen Sie uns: Facebook Twitter')).toBe('share-buttons');
	});
});

describe('unbulleted lists under any heading inside the body', () => {
	it('keeps a run of short items under a short heading between paragraphs, on both paths', () => {
		const heading = 'What the divers found';
		const items = [
			'Two rotten piles',
			'A cracked beam under the deck',
			'Loose bolts on the ladder'
		];
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], heading, ...items, P[2], P[3], P[4]);
		for (const text of [heading, ...items]) {
			expect(outcome(raw, text)).toBe('kept');
			expect(outcome(raw, text, true)).toBe('kept');
		}
	});

	it('still drops a box of headlines after the body', () => {
		const box = [
			'More from the coast',
			'Storm closes harbour road after a night of gales',
			'Council votes on parking charges for the quay',
			'New café opens in the old lifeboat station'
		];
		const raw = page(TITLE, 'By Ewan Reid', ...P, ...box);
		for (const text of box.slice(1)) expect(outcome(raw, text)).not.toBe('kept');
	});
});

describe('a site section named by a media word', () => {
	it('takes a lone "Video" between paragraphs for a menu item, not a caption', () => {
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], 'Video', P[2], P[3], P[4]);
		expect(outcome(raw, 'Video')).toBe('navigation');
		expect(outcome(raw, 'Video', true)).toBe('navigation');
		expect(outcome(page(TITLE, P[0], P[1], 'Gallery', P[2], P[3]), 'Gallery')).toBe('navigation');
	});

	it('takes "Video" among other menu items for navigation', () => {
		const raw = page('Home', 'World', 'Video', 'Sport', TITLE, 'By Ewan Reid', ...P);
		expect(outcome(raw, 'Video')).toBe('navigation');
	});

	it('still takes a player label or a media word over its caption for the caption', () => {
		expect(clutterReason('Video 2:14')).toBe('photo-caption');
		expect(clutterReason('Gallery: 12 photos')).toBe('photo-caption');
		const video = 'Media caption The harbour master: "We had no choice"';
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], 'Video', video, P[2], P[3], P[4]);
		expect(outcome(raw, 'Video')).toBe('photo-caption');
	});
});

describe('box labels and figures at the body’s edges', () => {
	it('names a short colon label over the first paragraph a section label', () => {
		const raw = page(TITLE, 'By Ewan Reid', 'Harbour Webcam Search:', ...P);
		expect(outcome(raw, 'Harbour Webcam Search:')).toBe('section-label');
		expect(outcome(raw, 'Harbour Webcam Search:', true)).toBe('section-label');
	});

	it('keeps a colon line that leads into a quote or a later paragraph', () => {
		const quote =
			'“We had no choice but to close it before the winter storms,” the harbour master said.';
		const raw = page(
			TITLE,
			'By Ewan Reid',
			'He said:',
			quote,
			P[0],
			'The board said:',
			...P.slice(1)
		);
		expect(outcome(raw, 'He said:', true)).toBe('kept');
		expect(outcome(raw, 'The board said:', true)).toBe('kept');
	});

	it('leaves a chart’s run of figures to the chart, not a price box', () => {
		const raw = page(TITLE, 'By Ewan Reid', P[0], P[1], '$90', '$60', '30', P[2], P[3], P[4]);
		expect(outcome(raw, '$90', true)).toBe('kept');
	});
});
