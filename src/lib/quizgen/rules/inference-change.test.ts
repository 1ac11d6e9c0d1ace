import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { structuralProblems } from '../checks';
import { generateQuiz } from '../generate';
import type { ArticleInput } from '../types';
import { changeQuestions } from './inference-change';

const asked = (paragraphs: string[]) =>
	changeQuestions({ analysis: analyseArticle({ title: 'Valley figures', paragraphs }), seed: 0 });

describe('inference from a change between two stated figures', () => {
	it('asks how the measure changed, the key the relation the text leaves unstated', () => {
		const [d] = asked([
			'The share of adults who cycle to work rose from 12% in 2010 to 31% in 2020.'
		]);
		expect(d?.prompt).toBe(
			'Based on paragraph 1, how did the share of adults who cycle to work change between 2010 and 2020?'
		);
		expect(d?.answer).toBe('It more than doubled.');
		expect(d?.skill).toBe('inference');
		// The wrong options are ruled out by the figures: the other way, far too little, far too much.
		expect([...(d?.options ?? [])].sort()).toEqual([
			'It fell by about half.',
			'It more than doubled.',
			'It more than quadrupled.',
			'It rose by less than a tenth.'
		]);
		expect(d?.explanation).toMatch(/so 31% is more than twice 12%\.$/);
	});

	it('keeps the tense and number of the sentence, and reads "down from" and a leading period', () => {
		const drafts = asked([
			'Home prices have fallen from about $400,000 to $190,000 since the mill closed.',
			'Between 2015 and 2022, bus fares in the valley climbed from $1.20 to $2.40 over the decade.',
			'The jobless rate in the county was 4.4% in May, down from 8.9% a year earlier.',
			'Average rents in the city are $2,500 a month, up from $1,100 in 2012.',
			'Visitor numbers will be 90,000 this summer, up from 30,000 in 2021.'
		]);
		// "$2.40 over the decade": "over" is no unit of the figure.
		expect(drafts[1]?.explanation).toMatch(/so \$2\.40 is about twice \$1\.20\.$/);
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['Based on paragraph 1, how have home prices changed?', 'They have fallen by about half.'],
			[
				'Based on paragraph 2, how did bus fares in the valley change between 2015 and 2022?',
				'They roughly doubled.'
			],
			[
				'Based on paragraph 3, how did the jobless rate in the county change?',
				'It fell by about half.'
			],
			[
				'Based on paragraph 4, how have average rents in the city changed since 2012?',
				'They have more than doubled.'
			],
			['Based on paragraph 5, how will visitor numbers change?', 'They will roughly triple.']
		]);
	});

	it('asks nothing when the text states the relation, a figure is hedged, or the ratio is borderline', () => {
		expect(
			asked([
				'Ticket sales at the museum doubled from 200 to 400 last year.',
				'Membership rose from 40 to 90, more than twice the level of 2019.',
				'The number of visitors grew from more than 400 to 1,200.',
				'The number of visitors grew from 1,000 to 1,700 in two years.',
				'The number of buses rose from 2010 to 2020 in every county.',
				'Its revenue rose from $5 million to $12 million.',
				'The number of ferries fell from 3 to 9 after the storm.',
				'The average wait at the clinic grew from 20 minutes to 50 hours.',
				'The water temperature rose from 10 degrees to 25 degrees by noon.',
				'“Our fares rose from $1 to $3,” the driver said.'
			])
		).toEqual([]);
	});

	it('passes the structural checks inside a quiz, labelled inference', () => {
		const article: ArticleInput = {
			title: 'The valley cycles to work',
			paragraphs: [
				'More people in the valley now ride bicycles to their jobs than at any point in the past.',
				'The share of adults who cycle to work rose from 12% in 2010 to 31% in 2020.',
				'The council has added painted lanes on the main road and a covered shelter at the station.'
			]
		};
		const { drafts } = generateQuiz(article, { count: 20 });
		const change = drafts.find((d) => d.rule === 'inference-change');
		expect(change?.skill).toBe('inference');
		expect(structuralProblems(change!, article)).toEqual([]);
	});
});

describe('inference from a change: the other orders of two figures', () => {
	it('reads "rose to B from A" and "B, compared with A a year earlier"', () => {
		const drafts = asked([
			'Exports of valley apples rose to $31 million from $12 million in 2010.',
			'The average wait at the clinic was 50 minutes in March, compared with 22 minutes a year earlier.'
		]);
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['Based on paragraph 1, how did exports of valley apples change?', 'They more than doubled.'],
			[
				'Based on paragraph 2, how did the average wait at the clinic change?',
				'It more than doubled.'
			]
		]);
	});

	it('never reads "compared with" two groups as a change', () => {
		expect(
			asked(['The allergy rate was 3% among early eaters, compared with 17% of other children.'])
		).toEqual([]);
	});
});
