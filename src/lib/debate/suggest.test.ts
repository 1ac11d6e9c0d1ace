import { describe, expect, it } from 'vitest';
import { MOTION_MAX } from './limits';
import { suggestDebates, type ArticleText } from './suggest';

// Invented articles, one per shape the suggestions read.
const article = (title: string, paragraphs: string[] = [], standfirst: string | null = null) =>
	({ title, standfirst, paragraphs }) satisfies ArticleText;

const BUS_LANES = article('Town Council Approves New Bus Lanes on Main Street', [
	'The council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.',
	'Supporters of the plan say buses will be faster for 12,000 riders.',
	'Critics, led by councillor Tom Berg, argued that shops on Main Street would lose parking.'
]);

describe('suggestDebates', () => {
	it('turns a reported decision into a motion, with sides named after the two camps', () => {
		expect(suggestDebates(BUS_LANES)).toEqual([
			{
				motion: 'The town council was right to approve new bus lanes on Main Street.',
				sideFor: 'Supporters',
				sideAgainst: 'Critics'
			}
		]);
	});

	it('offers the question a headline asks, and one the standfirst asks', () => {
		const phones = article(
			'Should Schools Ban Phones in Class?',
			['Opponents of a ban say phones help in emergencies; advocates point to better marks.'],
			'A new study tracked 20 schools for a year. Is a ban the answer, or better teaching?'
		);
		expect(suggestDebates(phones).map((s) => s.motion)).toEqual([
			'Should Schools Ban Phones in Class?',
			'Is a ban the answer, or better teaching?'
		]);
		expect(suggestDebates(phones)[0]).toMatchObject({
			sideFor: 'Advocates',
			sideAgainst: 'Opponents'
		});
	});

	it('names the sides of a choice the headline sets out', () => {
		expect(suggestDebates(article('Trams vs buses: the city decides'))).toEqual([
			{
				motion: 'Trams would be a better choice than buses.',
				sideFor: 'Trams',
				sideAgainst: 'Buses'
			}
		]);
		expect(suggestDebates(article('Heat pumps or gas boilers?'))[0]).toEqual({
			motion: 'Heat pumps would be a better choice than gas boilers.',
			sideFor: 'Heat pumps',
			sideAgainst: 'Gas boilers'
		});
	});

	it('reads a plan as what someone should do, keeping names the body capitalises', () => {
		const [first] = suggestDebates(
			article('Riverton Plans To Close Its Last Library', [
				'The mayor of Riverton said the building on Elm Road costs too much to heat.'
			])
		);
		expect(first).toEqual({
			motion: 'Riverton should close its last library.',
			sideFor: 'Agree',
			sideAgainst: 'Disagree'
		});
	});

	it('suggests nothing when the article poses no question, choice or decision', () => {
		expect(
			suggestDebates(article('A Quiet Week at the Harbour', ['Boats came and went.']))
		).toEqual([]);
	});

	it('never offers a motion longer than the form takes', () => {
		const long = `Should ${'the very long council of the region '.repeat(12)}act?`;
		expect(long.length).toBeGreaterThan(MOTION_MAX);
		expect(suggestDebates(article(long))).toEqual([]);
	});
});
