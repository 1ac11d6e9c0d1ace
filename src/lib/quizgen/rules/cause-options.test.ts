import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { causeEffectQuestions } from './cause-effect';

// Our own article: a cause and its effect in one sentence, and only two other stated reasons.
const paragraphs = [
	'The night market in Dunmore closed early on Friday because the generator for its lights had failed.',
	'Stall holders packed away their goods by torchlight and promised to return the next week.',
	'The river path was shut for a month because of erosion along the bank near the old mill.',
	'Visitors to the museum fell sharply after the admission fee was doubled in the spring.',
	'The library moved its reading group to Tuesdays because the hall was booked on Mondays.'
];

describe('cause and effect in one sentence', () => {
	it('is not asked with only two wrong options (its prompt and key copy its two halves)', () => {
		const drafts = causeEffectQuestions({
			analysis: analyseArticle({ title: 'Town', paragraphs }),
			seed: 0
		});
		const market = drafts.filter((d) => /night market/.test(d.prompt));
		expect(market.filter((d) => (d.options?.length ?? 0) < 4)).toEqual([]);
	});
});
