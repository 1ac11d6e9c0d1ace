import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { authorAgreeQuestions } from './author-agree';

// Our own essay: two claims the author reports and answers, an argued position in the author's
// voice, a hedged one, and one embedded after "the idea that".
const essay = (extra: string[] = []) =>
	analyseArticle({
		title: 'The scooter firms and the city',
		paragraphs: [
			'Rental scooters arrived in the old town two summers ago.',
			'Zipline has presented itself as a cleaner alternative to the crowded city buses. But the scooters are not clean, since diesel vans charge them every night.',
			'Zipline claims that its parking rules keep every pavement clear for walkers, but that’s an untested promise.',
			'Some residents may choose to believe that scooters should be banned from the old town.',
			'Walkers deserve pavements that are safe and clear of clutter.',
			...extra
		]
	});

describe('which statement the author would agree with', () => {
	const [draft] = authorAgreeQuestions({ analysis: essay(), seed: 0 });

	it('keys the author’s own argued position, unhedged and in the main clause', () => {
		expect(draft?.prompt).toBe('Which statement would the author most likely agree with?');
		expect(draft?.answer).toBe('Walkers deserve pavements that are safe and clear of clutter.');
		expect(draft?.evidence.paragraph).toBe(4);
	});

	it('offers the claims the article reports in order to dispute them, restated plainly', () => {
		expect(draft?.options).toEqual(
			expect.arrayContaining([
				'Zipline is a cleaner alternative to the crowded city buses.',
				'Zipline’s parking rules keep every pavement clear for walkers.'
			])
		);
	});

	it('asks nothing when fewer than two claims are disputed', () => {
		const one = analyseArticle({
			title: 'The scooter firms',
			paragraphs: [
				'Zipline has presented itself as a cleaner alternative to the crowded city buses. But the scooters are not clean, since diesel vans charge them every night.',
				'Walkers deserve pavements that are safe and clear of clutter.'
			]
		});
		expect(authorAgreeQuestions({ analysis: one, seed: 0 })).toEqual([]);
	});

	it('never takes a claim the author concedes and adds to as one the author disputes', () => {
		const conceded = analyseArticle({
			title: 'The scooter firms',
			paragraphs: [
				'Zipline claims that its scooters are popular with tourists in the old town. But they are also popular with thieves.',
				'Zipline claims that its parking rules keep every pavement clear for walkers, but that’s an untested promise.',
				'Walkers deserve pavements that are safe and clear of clutter.'
			]
		});
		expect(authorAgreeQuestions({ analysis: conceded, seed: 0 })).toEqual([]);
	});

	it('never takes a claim answered by another speaker as one the author disputes', () => {
		const answered = analyseArticle({
			title: 'The scooter firms',
			paragraphs: [
				'Zipline has presented itself as a cleaner alternative to the crowded city buses. But Ana Ruiz said the vans run all night.',
				'Zipline claims that its parking rules keep every pavement clear for walkers, but that’s an untested promise.',
				'Walkers deserve pavements that are safe and clear of clutter.'
			]
		});
		expect(authorAgreeQuestions({ analysis: answered, seed: 0 })).toEqual([]);
	});
});
