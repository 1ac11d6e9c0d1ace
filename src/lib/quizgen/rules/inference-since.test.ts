import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { sinceQuestions } from './inference-since';

const asked = (paragraphs: string[]) =>
	sinceQuestions({ analysis: analyseArticle({ title: 'Island news', paragraphs }), seed: 0 });

describe('inference from "the first time since 1998" and "the highest since 1981"', () => {
	it('asks what the phrase implies: it had happened before, but not since', () => {
		const [d] = asked([
			'For the first time since the 1990s, the island will be able to export fish to the mainland.'
		]);
		expect(d?.prompt).toBe(
			'In paragraph 1, the article says: “For the first time since the 1990s, the island will be able to export fish to the mainland.” What does “for the first time since the 1990s” suggest?'
		);
		expect(d?.answer).toBe('It had happened before, but not since the 1990s.');
		expect(d?.skill).toBe('inference');
		// The misreadings the phrase rules out: never before, every year since, only just before.
		expect(d?.options).toContain('It had never happened before.');
		expect(d?.options).toContain('It had happened every year since the 1990s.');
	});

	it('says what had been so ("that big"), what there had been ("a rate cut"), how high it had been', () => {
		const drafts = asked([
			'The deficit will be nearly $900 million next year, the first time it has been that big since 2012.',
			'The central bank announced its first rate cut since 2008 on Wednesday.',
			'Inflation climbed to 9.1% in June, the highest level since 1981, the bureau reported.',
			'The team won the cup for the first time in a decade on Saturday.',
			'Harbour fees fell to their lowest level since the 1980s last year.'
		]);
		expect(drafts.map((d) => d.answer)).toEqual([
			'It had been that big before, but not since 2012.',
			'There had been a rate cut before, but not since 2008.',
			'It had been this high before, but not since 1981.',
			'It had happened before, but not for a decade.',
			'They had been this low before, but not since the 1980s.'
		]);
		expect(drafts[2]?.options).toContain('It had never been this high before.');
	});

	it('offers "only a few weeks earlier" only when the year is not the last one or two the text names', () => {
		const [d] = asked([
			'The river froze over in January, the first time it has done so since 2025.',
			'The 2026 thaw came early.'
		]);
		expect(d?.answer).toBe('It had happened before, but not since 2025.');
		expect(d?.options?.join(' ')).not.toMatch(/few weeks/);
	});

	it('asks nothing of a date that is no span, a person who did a first deed, or a quotation', () => {
		expect(
			asked([
				'I still remember using the phone for the first time in 2010.',
				'The mayor spoke to the press for the first time since he took office.',
				'She became the first woman since 1990 to lead the harbour board.',
				'Ferry traffic hit its lowest level since the 2008 crisis, the port said.',
				'“It is the first time since 2004 that we have seen this,” the warden said.',
				'The team posted its first winning season since 2011?'
			])
		).toEqual([]);
	});
});
