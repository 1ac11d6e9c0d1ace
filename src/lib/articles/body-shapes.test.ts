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
