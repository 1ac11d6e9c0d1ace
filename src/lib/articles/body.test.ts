import { describe, expect, it } from 'vitest';
import { analyseArticle, cleanArticle } from './clean';
import { parseDate } from './metadata';
import type { RemovalReason } from './types';

// Every fixture here is written for its failure shape; none is taken from a real page.
const P1 =
	'The island ferry returned to service on Tuesday after a week in dry dock, where engineers replaced two plates of its hull and tested the new pumps before the first crossing.';
const P2 =
	'Passengers queued from dawn, and the first crossing left ten minutes late because of the crowd, the operator said in a statement on Tuesday afternoon.';
const P3 =
	'The operator said that the timetable would return to normal by the weekend, and that extra sailings would run on Friday evening for commuters who had missed work.';
const P4 =
	'Islanders had relied on a smaller boat for the week, which carried no cars and was cancelled twice when the wind rose above thirty knots.';
const TITLE = 'Ferry Returns to the Island After Hull Repairs';

const page = (...lines: string[]) => lines.join('\n\n');
const reasonOf = (raw: string, text: string): RemovalReason | 'kept' | 'missing' => {
	const line = analyseArticle(raw).find((l) => l.text === text);
	if (!line) return 'missing';
	return line.role === 'removed' ? line.reason : 'kept';
};

describe('the body of a whole pasted page', () => {
	const MENU = ['Home', 'News', 'Sport', 'Weather', 'Your local paper since 1892', 'Send us a tip'];
	const TEASERS = [
		'Most read',
		'Storm closes harbour road after night of gales',
		'Council votes on parking charges for the quay',
		'New café opens in the old lifeboat station',
		'Lifeboat crew rescues two walkers from the cliffs'
	];

	it('takes the headline above the byline, not a slogan, section name or "send us a tip"', () => {
		const article = cleanArticle(
			page(...MENU, 'Transport', TITLE, 'By Ana Ruiz', '3 March 2026', P1, P2, P3)
		);
		expect(article.title).toBe(TITLE);
		expect(article.byline).toBe('Ana Ruiz');
		expect(article.publishedOn).toBe('2026-03-03');
		expect(article.paragraphs).toEqual([P1, P2, P3]);
	});

	it('drops a run of teaser headlines after the body as related links, keeping the body', () => {
		const raw = page(...MENU, TITLE, 'By Ana Ruiz', P1, P2, P3, ...TEASERS);
		const article = cleanArticle(raw);
		expect(article.paragraphs).toEqual([P1, P2, P3]);
		expect(reasonOf(raw, 'Council votes on parking charges for the quay')).toBe('related-links');
	});

	it('drops a teaser box set in the middle of the body but keeps the paragraphs around it', () => {
		const raw = page(TITLE, P1, P2, ...TEASERS.slice(1), P3, P4);
		const article = cleanArticle(raw);
		expect(article.paragraphs).toEqual([P1, P2, P3, P4]);
		expect(reasonOf(raw, 'New café opens in the old lifeboat station')).toBe('teaser');
	});

	it('keeps a subhead and a list introduced inside the body', () => {
		const list = ['Two new hull plates', 'A second bilge pump', 'Fresh paint below the waterline'];
		const raw = page(
			TITLE,
			P1,
			'What the engineers changed',
			'The yard listed three jobs:',
			...list,
			P2,
			P3
		);
		expect(cleanArticle(raw).paragraphs).toEqual([
			P1,
			'What the engineers changed',
			'The yard listed three jobs:',
			...list,
			P2,
			P3
		]);
	});

	it('drops teaser cards (headline, one-line summary, again and again) after the body', () => {
		const cards = [
			'Storm closes harbour road',
			'Gales brought down two trees across the coast road overnight.',
			'Council votes on parking',
			'Charges for the quay car park will rise in April.',
			'New café in the old lifeboat station',
			'The building has stood empty since the station moved in 1998.'
		];
		const article = cleanArticle(page(TITLE, P1, P2, P3, 'More from the coast', ...cards));
		expect(article.paragraphs).toEqual([P1, P2, P3]);
	});

	it('ends the body at a comments section', () => {
		const comment =
			'I have taken this ferry for thirty years and it has never been late because of a crowd, so I do not believe a word of it.';
		const raw = page(TITLE, P1, P2, P3, 'View comments (12)', 'Sam from the harbour', comment);
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3]);
		expect(reasonOf(raw, comment)).toBe('outside-article');
	});

	it('removes footers with the right reasons', () => {
		const raw = page(
			TITLE,
			P1,
			P2,
			P3,
			'About us',
			'Contact',
			'Terms of use',
			'© 2026 Harbour Times. All rights reserved.'
		);
		expect(reasonOf(raw, 'Terms of use')).toBe('legal');
		expect(reasonOf(raw, 'Contact')).toBe('footer');
		expect(cleanArticle(raw).source).toBe('Harbour Times');
	});

	it('removes picture labels and captions run into their credit', () => {
		const caption = 'The ferry leaving the harbour on Tuesday.CreditLi Wei for the Harbour Times';
		const raw = page(TITLE, P1, 'Image', caption, P2, 'Li Wei/Reuters', P3);
		expect(reasonOf(raw, 'Image')).toBe('photo-caption');
		expect(reasonOf(raw, caption)).toBe('photo-caption');
		expect(reasonOf(raw, 'Li Wei/Reuters')).toBe('photo-caption');
		expect(cleanArticle(raw).paragraphs).toEqual([P1, P2, P3]);
	});

	it('shows a standfirst once when the page repeats it as the first paragraph', () => {
		const dek = 'Engineers replaced two hull plates in a week of repairs';
		const raw = page(TITLE, dek, 'By Ana Ruiz', dek, P1, P2);
		const article = cleanArticle(raw);
		expect(article.standfirst).toBe(dek);
		expect(article.paragraphs).toEqual([P1, P2]);
	});

	it('finds the body of a Spanish page by Spanish stop words', () => {
		const es = [
			'El transbordador de la isla volvió al servicio el martes después de una semana en el dique seco, donde los ingenieros cambiaron dos planchas del casco.',
			'Los pasajeros hicieron cola desde el amanecer, y la primera travesía salió diez minutos tarde por la multitud, según dijo la empresa en un comunicado.',
			'La empresa dijo que el horario volverá a la normalidad el fin de semana y que habrá salidas extra el viernes por la tarde para los que trabajan.'
		];
		const article = cleanArticle(
			page(
				'Inicio',
				'Deportes',
				'El transbordador vuelve a la isla',
				...es,
				'Lo más leído',
				'Tormenta cierra la carretera del puerto',
				'El ayuntamiento vota sobre aparcamiento',
				'Nuevo café en la antigua estación'
			)
		);
		expect(article.title).toBe('El transbordador vuelve a la isla');
		expect(article.paragraphs).toEqual(es);
	});

	it('reviews a 100,000-character whole-page paste in under a second', () => {
		const chunk = page('Home', 'News', TITLE, 'By Ana Ruiz', P1, P2, ...TEASERS, P3, P4);
		const raw = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
		const start = performance.now();
		cleanArticle(raw);
		expect(performance.now() - start).toBeLessThan(1000);
	});
});

describe('parseDate', () => {
	it('reads month-name dates either way round and ISO dates', () => {
		expect(parseDate('Published 3 March 2024, 08:15 GMT')).toBe('2024-03-03');
		expect(parseDate('Updated Feb. 21, 2019')).toBe('2019-02-21');
		expect(parseDate('2023-06-07T20:54')).toBe('2023-06-07');
	});

	it('leaves ambiguous numeric dates and dates without a year alone', () => {
		expect(parseDate('03/04/2024')).toBeNull();
		expect(parseDate('March 3')).toBeNull();
	});
});
