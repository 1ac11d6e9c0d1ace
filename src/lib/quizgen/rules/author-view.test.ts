import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { authorViewQuestions, authorVoiced } from './author-view';
import { pointOfViewQuestions } from './point-of-view';

// Our own review: the author says "I", gives verdicts plain, through a drawback, and hedged.
const REVIEW_PARAGRAPHS = [
	'The harbour tram is the best way to cross the city.',
	'I rode the new harbour tram every morning for a week, from the ferry pier to the old market.',
	'The harbour tram blows away every bus line in the city.',
	'The biggest knock against the harbour tram is its late first departure.',
	'The night service is a mistake, but the council may still change the timetable.',
	'I paid with a card each time, and the readers never failed me.',
	'The ticket app for the harbour tram falls short of what a daily rider needs.',
	'I believe that a tram line like the harbour route can be a positive force for the old town, and I hope the council builds more.',
	'The late tram can be a great help to night workers.',
	'The new fare card is the best way to lose money on a short trip.'
];
const review = analyseArticle({
	title: 'A week on the new harbour tram',
	paragraphs: REVIEW_PARAGRAPHS
});
const drafts = authorViewQuestions({ analysis: review, seed: 0 });
const on = (paragraph: number) => drafts.find((d) => d.prompt.includes(`paragraph ${paragraph}`));

describe('the author’s view', () => {
	it('names what is judged, never the verdict, and paraphrases the attitude', () => {
		expect(on(3)?.prompt).toBe('In paragraph 3, what is the author’s opinion of the harbour tram?');
		expect(on(3)?.answer).toBe('The author thinks highly of it.');
		expect(on(3)?.prompt).not.toMatch(/blows/);
	});

	// Judged r94 #85: "thinks poorly of" the console's "$500 price" read unnaturally.
	it('reads a drawback as a drawback of the thing it names, its owner spelled out', () => {
		expect(on(4)?.prompt).toBe(
			'In paragraph 4, what is the author’s opinion of the harbour tram’s late first departure?'
		);
		expect(on(4)?.answer).toBe('The author sees it as a drawback.');
		expect(on(4)?.options).toContain('The author sees it as a strength.');
		expect(on(4)?.options).not.toContain('The author thinks highly of it.');
	});

	it('reads a verdict told by a verb ("falls short")', () => {
		expect(on(7)?.prompt).toBe(
			'In paragraph 7, what is the author’s opinion of the ticket app for the harbour tram?'
		);
		expect(on(7)?.answer).toBe('The author thinks poorly of it.');
	});

	it('reads the author’s stated belief, up to a second clause of their own', () => {
		expect(on(8)?.prompt).toBe(
			'In paragraph 8, what is the author’s opinion of a tram line like the harbour route?'
		);
		// Judged r94 #67: "can be a positive force" is a hope, which "thinks highly" overstates;
		// worry about the same thing may stand beside a hope, so it is no wrong option.
		expect(on(8)?.answer).toBe('The author believes it can do good.');
		expect(on(8)?.options).toHaveLength(3);
		expect(on(8)?.options?.join(' ')).not.toMatch(/worried|thinks highly/);
		expect(on(8)?.explanation).toMatch(
			/so the author believes a tram line like the harbour route can do good\.$/
		);
	});

	it('takes "can be" for a verdict only inside a stated belief', () => {
		expect(on(9)).toBeUndefined();
	});

	it('reads no verdict that judges by what follows ("the best way to lose money")', () => {
		expect(on(10)).toBeUndefined();
	});

	it('never offers an attitude that could hold beside the key', () => {
		expect(on(4)?.options).not.toContain('The author is worried about what it might lead to.');
		expect(on(3)?.options).toHaveLength(4);
	});

	it('asks nothing of a hedged verdict, nor of the opening verdict (the central idea’s key)', () => {
		expect(on(5)).toBeUndefined();
		expect(on(1)).toBeUndefined();
	});

	it('comes back from the point-of-view rule', () => {
		const all = pointOfViewQuestions({ analysis: review, seed: 0 });
		expect(all.filter((d) => d.rule === 'point-of-view-author')).toHaveLength(4);
	});
});

describe('whose verdict it is', () => {
	it('is no author’s in a news report, which says no "I"', () => {
		const news = analyseArticle({
			title: 'Tram opens',
			paragraphs: [
				'The city opened its harbour tram on Monday.',
				'The harbour tram blows away every bus line in the city.',
				'Riders queued at the ferry pier before dawn.'
			]
		});
		expect(authorVoiced(news)).toBe(false);
		expect(authorViewQuestions({ analysis: news, seed: 0 })).toEqual([]);
	});

	it('is no author’s in a source’s words set off after "…, Lowe said."', () => {
		const quoted = analyseArticle({
			title: 'Tram plans',
			paragraphs: [
				'The tram needs more drivers, council leader Ann Lowe said at the hearing.',
				'I have asked for the money twice. The harbour tram is a mistake without them.',
				'Building a second depot takes years, Lowe said.',
				'I think the money will come. The night service is the right call for the city.'
			]
		});
		expect(authorVoiced(quoted)).toBe(false);
	});

	it('is no author’s in an interviewee’s unquoted answers', () => {
		const interview = analyseArticle({
			title: 'A talk with the harbour engineer',
			paragraphs: [
				'We met the harbour engineer at the old customs house on a wet Monday.',
				'What do you make of the new pier?',
				'I have worked on piers for twenty years. The new pier is a mistake for the harbour.',
				'And the sea wall?',
				'I walked it again last week. The old sea wall is the best defence the town has.'
			]
		});
		expect(authorVoiced(interview)).toBe(false);
		expect(authorViewQuestions({ analysis: interview, seed: 0 })).toEqual([]);
	});
});

// Judged r99 #89 (and r97 #85 before it): a $500 price "as a drawback" is guessed without reading.
describe('a drawback anyone can guess', () => {
	it('asks nothing of a price named as the drawback', () => {
		const paragraphs = [...REVIEW_PARAGRAPHS];
		paragraphs[3] = 'The biggest knock against the harbour tram is its $4 fare.';
		const priced = analyseArticle({ title: 'A week on the new harbour tram', paragraphs });
		const asked = authorViewQuestions({ analysis: priced, seed: 0 });
		expect(asked.some((d) => d.prompt.includes('paragraph 3'))).toBe(true);
		expect(asked.some((d) => d.prompt.includes('paragraph 4'))).toBe(false);
	});
});
