import { describe, expect, it } from 'vitest';
import { analyseArticle, cleanArticle } from './clean';
import { htmlToText } from './html';
import { proposeImport } from './review';

// Invented pages: a front page of story cards, and an article with a small box of other stories.
const card = (head: string, summary: string, by: string) => [
	'Photo',
	'Credit Jo Park/Valley Wire',
	head,
	summary,
	by
];
const FRONT = [
	'The Valley Courier',
	'Sections',
	'Local',
	'Sport',
	'Top stories',
	...card(
		'Bridge repairs close the river road until spring',
		'Engineers found rust in the main span and asked for the crossing to shut while it is mended.',
		'By Ana Ruiz'
	),
	'Opinion',
	...card(
		'Why the market hall deserves a second life',
		'A trader of thirty years argues that the old hall could still pay its way.',
		'By Tom Brandt'
	),
	...card(
		'School choir wins the county festival',
		'Forty pupils sang three pieces and came home with the shield for the first time.',
		'By Nia Okafor'
	),
	'Science',
	...card(
		'What the cold snap did to the orchards',
		'Growers say that early blossom was lost, but the later varieties should be fine.',
		'By Li Wei'
	),
	...card(
		'Council votes to keep the night buses',
		'The service will run for another year after a petition gathered two thousand names.',
		'By Ana Ruiz'
	)
].join('\n\n');

const SPANISH_FRONT = [
	'El Diario del Valle',
	'Portada',
	'¿Qué pasará con el puente del río?',
	'Los ingenieros encontraron óxido en el tramo principal y pidieron cerrar el paso.',
	'Por Ana Ruiz',
	'La feria del libro vuelve a la plaza',
	'Más de cuarenta casetas abrirán el sábado con autores de toda la región.',
	'Por Tomás Brandt y Nia Okafor',
	'El coro de la escuela gana el festival',
	'Cuarenta alumnos cantaron tres piezas y se llevaron el escudo por primera vez.',
	'Por Li Wei',
	'Los autobuses nocturnos seguirán un año más',
	'El servicio continuará después de una petición con dos mil firmas.',
	'Por Ana Ruiz'
].join('\n\n');

const BODY = [
	'The county library reopened its reading room on Monday after a winter of repairs to the roof, which had leaked onto the local history shelves for two years.',
	'Staff moved four thousand books into storage in November, and volunteers spent the last fortnight carrying them back up the stairs one trolley at a time.',
	'The librarian said that the room would now stay open until eight on weekdays, and that the archive would take appointments again from the first week of March.',
	'A grant from the county council paid for most of the work, while a sponsored walk by the friends of the library raised the rest in a single weekend of autumn.',
	'Readers who used the room before the leak said that they had missed its quiet most of all, and several came on the first morning to sit by the tall windows.'
];
const ARTICLE_WITH_BOX = [
	'Library Reading Room Reopens After Roof Repairs',
	'By Ana Ruiz',
	...BODY,
	'More from the Courier',
	...card(
		'Bridge repairs close the river road until spring',
		'Engineers found rust in the main span.',
		'By Tom Brandt'
	),
	...card('School choir wins the county festival', 'Forty pupils sang.', 'By Nia Okafor'),
	...card('Council votes to keep the night buses', 'The service will run.', 'By Li Wei')
].join('\n\n');

describe('a page of many stories', () => {
	it('keeps nothing as the body of a front page of story cards, on the plain path', () => {
		const article = cleanArticle(FRONT);
		expect(article.pageKind).toBe('story-list');
		expect(article.paragraphs).toEqual([]);
		expect(article.standfirst).toBeNull();
		const summary = article.removed.find((line) => line.text.startsWith('Engineers found rust'));
		expect(summary?.reason).toBe('story-list');
	});

	it('takes no one story’s headline or byline for the page’s own', () => {
		const article = cleanArticle(FRONT);
		expect(article.title).toBe('');
		expect(article.byline).toBeNull();
		expect(analyseArticle(FRONT).some((line) => line.role === 'title')).toBe(false);
	});

	it('says so for a Spanish front page whose bylines say "Por"', () => {
		const article = cleanArticle(SPANISH_FRONT);
		expect(article.pageKind).toBe('story-list');
		expect(article.paragraphs).toEqual([]);
	});

	it('says so on the HTML path, where Reader View took the cards for an article', () => {
		const cards = FRONT.split('\n\n')
			.map((line) => (line.startsWith('By ') ? `<p class="byline">${line}</p>` : `<p>${line}</p>`))
			.join('');
		const html = `<html><head><title>The Valley Courier</title></head><body><main>${cards}</main></body></html>`;
		const article = cleanArticle(htmlToText(html), { structured: true });
		expect(article.pageKind).toBe('story-list');
		expect(article.paragraphs).toEqual([]);
	});

	it('offers every card line unticked for the teacher to restore', () => {
		const { article, lines } = proposeImport(FRONT);
		expect(article.pageKind).toBe('story-list');
		expect(lines.some((line) => line.kept)).toBe(false);
		expect(lines.some((line) => line.reason === 'story-list')).toBe(true);
	});

	it('leaves a short article over a long box of story cards an article', () => {
		const cards = FRONT.split('\n\n').slice(5);
		const raw = [
			'Library Reading Room Reopens After Roof Repairs',
			'By Ana Ruiz',
			...BODY.slice(0, 3),
			'More from the Courier',
			...cards
		].join('\n\n');
		const article = cleanArticle(raw);
		expect(article.pageKind).toBe('article');
		expect(article.paragraphs).toEqual(expect.arrayContaining(BODY.slice(0, 3)));
	});

	it('leaves an article with a small box of other stories an article', () => {
		const article = cleanArticle(ARTICLE_WITH_BOX);
		expect(article.pageKind).toBe('article');
		expect(article.paragraphs).toEqual(expect.arrayContaining(BODY));
	});
});
