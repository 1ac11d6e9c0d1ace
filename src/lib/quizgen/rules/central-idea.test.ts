import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { centralIdeaQuestions } from './central-idea';

// Our own article, one shape each: an anecdotal hook as the first sentence, a dateline, and
// later sentences that cannot stand alone ("They…", "In either case, …", "…, officials said, …").
const body = [
	'The harbour ferry in Dunmore will stop running in May because the council can no longer pay for its repairs.',
	'Councillors voted to close the harbour ferry after engineers found the hull was beyond repair.',
	'They were built with a thicker grade of steel than the boats used on the river today.',
	'In either case, the passengers will have to drive around the bay to reach the town centre.',
	'Each year, harbour officials said, it carries more than forty thousand passengers across the bay.',
	'The ticket office near the pier sells coffee and newspapers to passengers on winter mornings.',
	'A retired captain keeps a small museum of ship models in the old customs house by the quay.',
	'The harbour ferry will be replaced by a bus route that runs around the bay every thirty minutes.'
];

describe('central-idea questions', () => {
	it('never takes an anecdotal hook as the central idea', () => {
		const hook =
			'Anna Reid was just seven years old when she first crossed the bay on the harbour ferry.';
		const [d] = centralIdeaQuestions({
			analysis: analyseArticle({
				title: 'Dunmore harbour ferry to close',
				paragraphs: [hook, ...body]
			}),
			seed: 0
		});
		expect(d?.answer).not.toMatch(/seven years old/);
	});

	it('drops the dateline and offers only decoys that stand alone', () => {
		const [d] = centralIdeaQuestions({
			analysis: analyseArticle({
				title: 'Dunmore harbour ferry to close',
				paragraphs: [`DUNMORE — ${body[0]}`, ...body.slice(1)]
			}),
			seed: 0
		});
		expect(d?.answer).toMatch(/^The harbour ferry in Dunmore will stop running/);
		for (const o of d?.options ?? [])
			expect(o).not.toMatch(/^(?:They|In either case)\b|, harbour officials said,/);
	});
});
