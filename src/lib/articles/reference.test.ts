import { describe, expect, it } from 'vitest';
import { correctReference, fragmentMatches } from './reference';

const expected = [
	'Harbour lights',
	'The pier reopened on Monday after the storm took two of its pylons.',
	'Fishing boats were back at their moorings by noon.',
	'A gull on the rebuilt rail, seen from the ferry deck',
	'Facebook'
];
const page = [
	...expected,
	'Who pays for the repairs? The council has not said yet:',
	'Sign up for the Harbour Daily newsletter.'
];

describe('fragmentMatches', () => {
	it('matches words in order on word boundaries, whatever the quotes and case', () => {
		expect(fragmentMatches('took two of its', expected[1]!)).toBe(true);
		expect(fragmentMatches('two of it', expected[1]!)).toBe(false);
		expect(fragmentMatches('“Pier REOPENED”', expected[1]!)).toBe(true);
	});

	it('with "=" matches only the whole paragraph', () => {
		expect(fragmentMatches('=Facebook', 'Facebook')).toBe(true);
		expect(fragmentMatches('=Facebook', 'Her Facebook page filled with comments.')).toBe(false);
	});
});

describe('correctReference', () => {
	it('drops what a fragment names, adds body lines from the page, keeps the rest in order', () => {
		const corrected = correctReference(expected, page, {
			remove: ['seen from the ferry deck', '=Facebook'],
			add: ['council has not said'],
			summary: ['=Harbour lights']
		});
		expect(corrected.expected).toEqual([expected[0], expected[1], expected[2], page[5]]);
		expect(corrected.summary).toEqual(['Harbour lights']);
		expect(corrected.unmatched).toEqual([]);
	});

	it('reports a fragment that matches nothing instead of ignoring it', () => {
		expect(correctReference(expected, page, { remove: ['lighthouse keeper'] }).unmatched).toEqual([
			'lighthouse keeper'
		]);
	});

	it('expects no body at all on a page of many stories', () => {
		expect(correctReference(expected, page, { storyList: true }).expected).toEqual([]);
	});

	it('leaves the reference alone with no correction', () => {
		expect(correctReference(expected, page).expected).toEqual(expected);
	});
});
