import { describe, expect, it } from 'vitest';
import { analyseArticle } from './clean';
import { htmlToText } from './html';
import { proposeImport } from './review';

// Captions that are whole sentences, in invented pages: none is real text.
const TITLE = 'The Bell Foundry That Cast a City';
const BODY = [
	'Marta Lindqvist opened the foundry on the river in 1951, with two furnaces and a borrowed crane, and cast her first church bell there the following spring.',
	'Lindqvist kept every order in a ledger, and the ledgers show that by the end of the decade the foundry had cast bells for forty towns along the coast.',
	'The work was hard on the hands and harder on the lungs, and Lindqvist hired her apprentices from the fishing families, who were used to long cold days.',
	'By the time she retired, the foundry employed thirty people, and the town had started to call its annual fair the Bell Fair in her honour.',
	'Her nephew runs the foundry now, and he still pours the bronze by hand, in the same pit, on the first dry morning of every month.'
];
const page = (...lines: string[]) => [TITLE, ...lines].join('\n\n');
const verdictOf = (raw: string, text: string, structured = false) => {
	const line = analyseArticle(raw, { structured }).find((l) => l.text === text);
	if (!line) return 'missing';
	return line.role === 'removed' ? line.reason : line.role;
};

describe('a caption that points at its picture', () => {
	const caption =
		'Cameras were not allowed in the casting pit, so this picture from the town archive will have to serve.';

	it('is a caption, with no credit beside it', () => {
		const raw = page(BODY[0]!, BODY[1]!, caption, BODY[2]!, BODY[3]!);
		expect(verdictOf(raw, caption)).toBe('photo-caption');
	});

	it('stays when it reports what someone said about a picture', () => {
		const reported =
			'Her nephew said this picture of the first bell was taken on the day it was hung.';
		const raw = page(BODY[0]!, BODY[1]!, reported, BODY[2]!, BODY[3]!);
		expect(verdictOf(raw, reported)).toBe('paragraph');
	});
});

describe('a caption that names again, in full, someone the body calls by surname', () => {
	const caption = 'Marta Lindqvist signed each bell on its shoulder before it left the pit.';
	const newsletter = [
		'Newsletter',
		'Get the Coast Courier delivered to your inbox',
		'Subscribe now'
	];

	it('is a caption where a box or a credit interrupts the body', () => {
		const raw = page(BODY[0]!, BODY[1]!, BODY[2]!, ...newsletter, caption, BODY[3]!, BODY[4]!);
		expect(verdictOf(raw, caption)).toBe('photo-caption');
	});

	it('stays in the flow of the body, where nothing interrupts it', () => {
		const raw = page(BODY[0]!, BODY[1]!, BODY[2]!, caption, BODY[3]!, BODY[4]!);
		expect(verdictOf(raw, caption)).toBe('paragraph');
	});

	it('stays when the body has not yet named her by surname alone', () => {
		const early = 'Marta Lindqvist was born in a village with no church and no bell.';
		const raw = page(...newsletter, early, BODY[1]!, BODY[2]!, BODY[3]!);
		expect(verdictOf(raw, early)).toBe('paragraph');
	});

	it('takes a two-word company for no person', () => {
		const firm = 'Harbour Mills cut the price of bronze again in March.';
		const mills = [
			'The foundry bought its bronze from Harbour Mills, and the Harbour Mills depot sent it by barge.',
			'When the Harbour Mills barge ran aground in 1960, the foundry waited a month for its metal.'
		];
		const raw = page(BODY[0]!, ...mills, BODY[2]!, ...newsletter, firm, BODY[3]!);
		expect(verdictOf(raw, firm)).toBe('paragraph');
	});

	it('stays when it quotes or reports her', () => {
		const reported = 'Marta Lindqvist said she signed each bell on its shoulder.';
		const raw = page(BODY[0]!, BODY[1]!, BODY[2]!, ...newsletter, reported, BODY[3]!);
		expect(verdictOf(raw, reported)).toBe('paragraph');
	});
});

describe('a figure caption on the HTML path', () => {
	const paragraphs = BODY.map((p) => `<p>${p}</p>`);
	const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
		${paragraphs.slice(0, 2).join('')}
		<figure><img src="pit.jpg" alt=""><figcaption><span>The casting pit on a dry morning in spring</span></figcaption></figure>
		${paragraphs.slice(2).join('')}
		<div class="media"><figcaption><em>The last bell cast by hand, now in the harbour church.</em></figcaption></div>
		</article></body></html>`;

	it('is a caption whatever its punctuation, told by its element', () => {
		const text = htmlToText(html);
		expect(verdictOf(text, 'The casting pit on a dry morning in spring', true)).toBe(
			'photo-caption'
		);
		expect(verdictOf(text, 'The last bell cast by hand, now in the harbour church.', true)).toBe(
			'photo-caption'
		);
		for (const p of BODY) expect(verdictOf(text, p, true)).toBe('paragraph');
	});

	it('offers the caption back on the review screen, without the marker that told it', () => {
		const lines = proposeImport(htmlToText(html), { structured: true }).lines;
		expect(lines.find((l) => l.text.startsWith('The casting pit'))).toMatchObject({
			kept: false,
			reason: 'photo-caption'
		});
		expect(lines.every((l) => /\p{L}{3}/u.test(l.text))).toBe(true);
		expect(lines).toHaveLength(BODY.length + 2);
	});
});

describe('a link left between a paragraph and the subhead under it', () => {
	const link = 'Inside the Casting Pit';
	const subhead = 'First: How Is a Bell Tuned?';

	it('is a link: a subhead never heads a subhead', () => {
		const raw = page(BODY[0]!, BODY[1]!, link, subhead, BODY[2]!, BODY[3]!);
		expect(verdictOf(raw, link)).toBe('link');
		expect(verdictOf(raw, subhead)).toBe('paragraph');
	});

	it('stays as the subhead it is when prose follows it', () => {
		const raw = page(BODY[0]!, BODY[1]!, link, BODY[2]!, BODY[3]!);
		expect(verdictOf(raw, link)).toBe('paragraph');
	});

	it('stays over a list heading and its items', () => {
		const items = ['Pros', 'A clear bright tone', 'Cast by hand', 'Cons', 'Heavy to hang'];
		const raw = page(BODY[0]!, BODY[1]!, 'Our Verdict on the Bell', ...items, BODY[2]!);
		expect(verdictOf(raw, 'Our Verdict on the Bell')).toBe('paragraph');
	});
});

describe('a paragraph Reader View drops between two it keeps', () => {
	it('goes back in its place, and the line rules still judge its neighbours', () => {
		const question = 'What did the ledgers show?';
		const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>
			<div class="body">${BODY.slice(0, 3)
				.map((p) => `<p>${p} ${p}</p>`)
				.join('')}<p>${question}</p><p class="share">Share this story</p>${BODY.slice(3)
				.map((p) => `<p>${p} ${p}</p>`)
				.join('')}</div></article></body></html>`;
		const lines = analyseArticle(htmlToText(html), { structured: true });
		const at = (text: string) => lines.findIndex((l) => l.text === text);
		expect(lines[at(question)]?.role).toBe('paragraph');
		expect(at(question)).toBe(at(`${BODY[2]} ${BODY[2]}`) + 1);
		expect(lines.find((l) => l.text === 'Share this story')).toMatchObject({ role: 'removed' });
	});
});

describe('a credit under a picture’s link', () => {
	it('is a caption, past a stray full stop; a name in the body is not', () => {
		const raw = page(
			BODY[0]!,
			'View this image ›',
			'.',
			'Harbour Trust Archive',
			BODY[1]!,
			BODY[2]!,
			'Marta Lindqvist',
			BODY[3]!
		);
		expect(verdictOf(raw, 'Harbour Trust Archive')).toBe('photo-caption');
		expect(verdictOf(raw, '.')).toBe('fragment');
		expect(verdictOf(raw, 'Marta Lindqvist')).toBe('paragraph');
	});
});
