import { describe, expect, it } from 'vitest';
import { normaliseForMatch, scoreParagraphs, titleMatches } from './score';

describe('scoreParagraphs', () => {
	const body = [
		'The ferry resumed service on Tuesday after a week of repairs to its hull.',
		'Passengers said the crossing was calmer than they had feared.'
	];

	it('counts a paragraph as kept when its text is shown, whatever the quotes and spacing', () => {
		const score = scoreParagraphs(
			['The ferry resumed service on  Tuesday after a week of repairs to its “hull”.', body[1]!],
			body
		);
		expect(score).toMatchObject({ expected: 2, kept: 2, shown: 2, clutter: 0 });
	});

	it('counts a paragraph split over two shown lines as kept', () => {
		const score = scoreParagraphs(
			['The ferry resumed service on Tuesday', 'after a week of repairs to its hull.', body[1]!],
			body
		);
		expect(score.kept).toBe(2);
	});

	it('counts a reference headline as kept when it is shown as the title', () => {
		const headline = 'Island ferry back after a week in dry dock';
		expect(scoreParagraphs(body, [headline, ...body]).kept).toBe(2);
		expect(scoreParagraphs(body, [headline, ...body], [], [headline]).kept).toBe(3);
	});

	it('does not count a standfirst as clutter when it is the page summary', () => {
		const dek = 'A week in dry dock and the island has its ferry back';
		const score = scoreParagraphs([dek, ...body], body, [dek]);
		expect(score).toMatchObject({ shown: 3, clutter: 0, expected: 2, kept: 2 });
		expect(scoreParagraphs(['Most read', ...body], body, [dek]).clutter).toBe(1);
	});

	it('flags shown lines that are not in the body and body lines not shown', () => {
		const score = scoreParagraphs(['Most read', body[0]!], body);
		expect(score.clutterLines).toEqual(['Most read']);
		expect(score.missingLines).toEqual([body[1]]);
	});
});

describe('titleMatches', () => {
	it('ignores case, punctuation and a site suffix on either side', () => {
		expect(titleMatches('Ferry back at sea', 'Ferry Back at Sea | The Harbour Times')).toBe(true);
		expect(titleMatches("Ferry 'back' at sea – Harbour", 'Ferry back at sea')).toBe(true);
		expect(titleMatches('Harbour Times homepage', 'Ferry back at sea')).toBe(false);
	});

	it('folds accents the same way on both sides', () => {
		expect(normaliseForMatch('Māori')).toBe(normaliseForMatch('Maori'));
	});
});

describe('scoreParagraphs word boundaries', () => {
	it('does not find a one-word line inside a longer word of the other side', () => {
		const body = ['The console ships with one controller and a cable.'];
		const score = scoreParagraphs(['Cons', body[0]!], body);
		expect(score.clutterLines).toEqual(['Cons']);
		expect(scoreParagraphs(body, ['Annual', ...body]).missingLines).toEqual(['Annual']);
		expect(scoreParagraphs(['Annually', ...body], ['Annual', ...body]).kept).toBe(1);
	});
});
