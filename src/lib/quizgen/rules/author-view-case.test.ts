import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { authorViewQuestions } from './author-view';

// Our own review, in the third person throughout: the author never says "I".
const review = (verdict: string) =>
	analyseArticle({
		title: 'A history of the city tram',
		paragraphs: [
			'The historian Carmen Ruiz has written a short history of the city tram and the streets it shaped.',
			'The book has few maps, and readers who want timetables will look elsewhere.',
			verdict,
			'The tram first ran along the harbour road in 1902.'
		]
	});

describe('the author’s verdict on a named person’s case', () => {
	it('asks the author’s opinion of the case, the attitude paraphrased', () => {
		const [d] = authorViewQuestions({
			analysis: review(
				'Nonetheless, Ruiz makes a convincing case for the tram as the backbone of the modern city.'
			),
			seed: 0
		});
		expect(d?.prompt).toBe(
			'In paragraph 3, what is the author’s opinion of Ruiz’s case for the tram as the backbone of the modern city?'
		);
		expect(d?.answer).toBe('The author thinks highly of it.');
		expect(d?.options).toContain('The author thinks poorly of it.');
		// Nobody is worried about what an argument might lead to: never a wrong option here.
		expect(d?.options).toHaveLength(3);
	});

	it('reads a weak case as the author thinking poorly of it', () => {
		const [d] = authorViewQuestions({
			analysis: review('Ruiz makes a weak case that the tram caused the growth of the suburbs.'),
			seed: 0
		});
		expect(d?.answer).toBe('The author thinks poorly of it.');
	});

	it('asks nothing when a source, not the author, judges the case', () => {
		const drafts = authorViewQuestions({
			analysis: review(
				'Critic Tom Hale said Ruiz makes a convincing case for the tram as the backbone of the city.'
			),
			seed: 0
		});
		expect(drafts).toEqual([]);
	});
});
