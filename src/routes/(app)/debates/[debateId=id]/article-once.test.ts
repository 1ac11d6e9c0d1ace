import { describe, expect, it } from 'vitest';
import { roomArticle } from './article-once';

const article = { id: 3, title: 'Lanes', html: '<ol class="paragraphs"><li>Text</li></ol>' };

describe("the room's article, sent once", () => {
	it('on a page load: readable by the server render, left out of what is serialised', () => {
		const sent = roomArticle(article, true);
		expect(sent.html).toBe(article.html);
		// Kit's serialiser walks an object's own enumerable keys, as these do.
		expect(Object.keys(sent)).toEqual(['id', 'title']);
		expect(JSON.parse(JSON.stringify(sent))).toEqual({ id: 3, title: 'Lanes' });
	});

	it('on a data request (a later navigation): the string goes with the data', () => {
		expect(JSON.parse(JSON.stringify(roomArticle(article, false)))).toEqual(article);
	});
});
