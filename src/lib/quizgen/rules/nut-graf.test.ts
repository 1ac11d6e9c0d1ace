import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { ledeQuestion } from './central-idea';

// Our own feature story: two paragraphs of anecdote about one nurse, then the nut graf that
// states the article's point, then minor details (the decoys).
const TITLE = 'Rural clinics lose nurses as city hospitals raise pay';
const ANECDOTE = [
	'Ana Ortiz unlocked the clinic in Harlow before dawn and found three patients already waiting in the snow outside.',
	'The clinic has had one nurse for two years, and Ortiz works twelve-hour shifts while the county searches for help.'
];
const DETAILS = [
	'The diner across the road from the clinic opens at six and serves eggs to farm workers.',
	'A bus to the county seat leaves twice a day from the corner by the hardware store.',
	'The community college trains about forty students a year in its two-year program.',
	'Some families in Harlow have lived on the same farms for more than a century.',
	'Ortiz grew up on a farm outside Harlow and studied at the community college.',
	'The town library shares a building with the post office and closes early on Fridays.',
	'Snow closed the main road through town for three days last winter.'
];

const lede = (paragraphs: string[]) =>
	ledeQuestion({ analysis: analyseArticle({ title: TITLE, paragraphs }), seed: 0 }, new Set());

describe('central idea after an anecdote lede', () => {
	it('keys the nut graf, not the anecdote that opens the story', () => {
		const nut =
			'Clinics like the one in Harlow are part of a growing shortage across the state, as rural clinics lose nurses to city hospitals that pay more.';
		const d = lede([...ANECDOTE, nut, ...DETAILS]);
		expect(d?.answer).toMatch(/^Clinics like the one in Harlow are part of a growing shortage/);
		expect(d?.options).toHaveLength(4);
	});

	it('asks nothing when the nut graf leans on the anecdote ("Her story is one of many")', () => {
		const nut =
			'Her story is one of many across the state, where rural clinics are losing nurses to city hospitals that pay more.';
		expect(lede([...ANECDOTE, nut, ...DETAILS])).toBeNull();
	});

	it('keeps a news lede that opens on an office-holder', () => {
		const news =
			'Governor Lena Marsh said on Monday that rural clinics will get money to raise nurses’ pay as city hospitals lure staff away.';
		const d = lede([news, ...DETAILS]);
		expect(d?.answer).toMatch(/^Governor Lena Marsh said/);
	});
});
