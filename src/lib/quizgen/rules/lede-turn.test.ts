import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { ledeQuestion } from './central-idea';
import { background, carriesFigure, turnText } from './lede-turn';

const lede = (title: string, paragraphs: string[]) =>
	ledeQuestion({ analysis: analyseArticle({ title, paragraphs }), seed: 0 }, new Set());

// Our own book review: a dated history as its standfirst, the book described, then the turn
// ("Nonetheless, …") that states what the review argues, then minor details.
const REVIEW_TITLE = 'The Hidden Ambitions Behind the Paper Lantern';
const REVIEW = [
	'The humble form of lighting was common when it first appeared in the early 1800s, though it has since come to seem quaint.',
	'In a new book, the historian Mara Quill traces the craft of lantern making from the river towns of the south to the great fairs of the north.',
	'The book is short and has few pictures, and some chapters wander far from the workshops. Nonetheless, Quill makes a convincing case for the paper lantern as a symbol of the hidden ambitions of its makers.',
	'Workshops in the river towns once dyed their paper with walnut shells and rust from old nails.',
	'Some makers guarded their patterns so closely that they burned them before they died.',
	'The fairs in the north drew buyers who travelled for many days along muddy roads.',
	'Quill describes a festival where children carried small lanterns shaped like fish and birds.',
	'The glue that held the frames was boiled from rice and kept in clay pots through the winter.',
	'Quill argues that the makers saw their lanterns as a way to be remembered by strangers.'
];

// Our own first-person essay: its headline says "Me", and the point is the author's own case.
const ESSAY_TITLE = 'The Library Keeps Fining Me Even Though I Never Borrowed a Book';
const ESSAY = [
	'I do not have a library card. I read a great deal, but I buy my books from a small shop on my street.',
	'I have nothing against libraries, and I think a public library is one of the best things a town can pay for.',
	'But while I have never signed up for a card at the town library, the library still sends fines to my address and blames me for books I never saw.',
	'The letters arrive every month in a pale green envelope with the town crest printed on the back.',
	'I called the front desk twice and waited on hold while a recording described the summer reading club.',
	'A clerk told me that the address had once belonged to a reader who moved away without paying.',
	'I keep the letters in a shoebox on a shelf in the hall, next to the bills for water and gas.',
	'I would much prefer a system that checks a name before it sends a fine to a stranger.',
	'The library board meets on the first Tuesday of each month in a room above the fire station.'
];

// Our own gadget review: the verdict, then the specifications that back it.
const GADGET_TITLE = 'The Lumen X2 hands-on: a camera phone for the dark';
const GADGET = [
	'I took the Lumen X2 out at midnight last week and photographed a street lit only by a bakery window.',
	'That is the test every phone camera fails. The Lumen X2 passes it, and the pictures look like they were taken at dusk.',
	'The camera in the phone packs a huge 48-megapixel sensor behind a lens that lets in twice as much light as the last model.',
	'The screen is bright enough to read in full sun, though the glass picks up fingerprints quickly.',
	'The battery lasted a full day of use with the camera, which is better than its rival managed.',
	'The case comes in grey and green, and the buttons sit a little too low on the side.',
	'Night photographs take about two seconds to process, and the phone warns you to hold still.',
	'The price has not been announced, and the phone ships in the spring.'
];

describe('the turn a lede leads up to', () => {
	it('keys the turn without its connective, never the dated background standfirst', () => {
		const d = lede(REVIEW_TITLE, REVIEW);
		expect(d?.answer).toBe(
			'Quill makes a convincing case for the paper lantern as a symbol of the hidden ambitions of its makers.'
		);
		expect(d?.options).toHaveLength(4);
	});

	it('keeps a turn that points back at its set-up out of the options', () => {
		expect(turnText('But a new report released on Monday calls that into question.')).toBe('');
		expect(turnText('But this is only one side of it.')).toBe('');
		expect(turnText('Now, the city plans to close the depot.')).toBe(
			'The city plans to close the depot.'
		);
		expect(turnText('Now that the vote is over, the city will close the depot.')).toBe('');
		expect(turnText('Nonetheless, the plan went ahead in the spring.')).toBe(
			'The plan went ahead in the spring.'
		);
	});
});

describe('the first-person essay', () => {
	// Judged: options in the author's "I" ("I can afford the time …") say nothing out of the
	// article, whatever the headline; the first-person headline once let them in.
	it('asks nothing in the "I", even when the headline speaks as "I"', () => {
		for (const title of [ESSAY_TITLE, 'Town library fines readers in error']) {
			const d = lede(title, ESSAY);
			const inI = (d?.options ?? []).filter((o) => /\b(?:I|me|my)\b/.test(o));
			expect(inI).toEqual([]);
		}
	});
});

describe('sentences that are never the point', () => {
	it('never keys a specification past the opening sentence', () => {
		const d = lede(GADGET_TITLE, GADGET);
		expect(d?.answer ?? '').not.toMatch(/megapixel/);
	});

	it('reads a dated past as background and an era as no figure', () => {
		expect(background('It was novel when it first emerged in the early 1900s.')).toBe(true);
		expect(background('The council will vote on the plan in 2026.')).toBe(false);
		// What was known before the news is its ground, not its point.
		expect(
			background(
				'With better scanners, it has become more and more clear to researchers that tides shape the harbour floor.'
			)
		).toBe(true);
		expect(background('Earlier studies have shown that the reef recovers within a decade.')).toBe(
			true
		);
		expect(background('A new study shows when the reef recovers after a storm.')).toBe(false);
		expect(background('The valley has long been known as the orchard of the north.')).toBe(true);
		expect(background('The valley was farmed for generations by the same families.')).toBe(true);
		expect(
			background('The council voted to close the ferry, a crossing used for generations.')
		).toBe(false);
		expect(carriesFigure('A symbol of the ambitions of the 20th century.')).toBe(false);
		expect(carriesFigure('The headset packs 23 megapixels into two panels.')).toBe(true);
	});
});

// Our own news analysis: a set-up sentence answered at once by "It failed."
const TOUR_TITLE = 'Angry farmers will not back down over new water rules';
const TOUR = [
	'A team of senior officials has been touring farmers’ groups across the valley in an attempt to calm fears about the new water rules. It failed.',
	'The officials met growers in four towns and answered questions for several hours at each stop.',
	'Growers say the changes would cut what they may draw from the river in dry summers.',
	'The valley grows most of the region’s apples, pears and cherries on small family farms.',
	'Some orchards have been worked by the same families since the railway first reached the valley.',
	'A cooperative in the largest town packs and ships fruit to markets in the capital.',
	'The river is fed by snow from the mountains, which melts slowly through the spring.',
	'Growers have planted hedges along the river banks to slow erosion after heavy rain.'
];

describe('the set-up and its reversal', () => {
	it('keys the opening joined to the short sentence that reverses it', () => {
		const d = lede(TOUR_TITLE, TOUR);
		expect(d?.answer).toBe(
			'A team of senior officials has been touring farmers’ groups across the valley in an attempt to calm fears about the new water rules, but it failed.'
		);
		expect(d?.evidence.end).toBe((TOUR[0] as string).length);
	});
});
