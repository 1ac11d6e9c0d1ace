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

describe('how the author responds to a claim the article reports', () => {
	const [draft] = authorAgreeQuestions({ analysis: essay(), seed: 0 });

	it('states the disputed claim plainly and asks how the author answers it', () => {
		expect(draft?.prompt).toBe(
			'In paragraph 2, the article reports the claim that Zipline is a cleaner alternative to the crowded city buses. How does the author respond to this claim?'
		);
		expect(draft?.answer).toBe('The author rejects it.');
		expect(draft?.explanation).toMatch(/the next sentence says: “But the scooters are not clean/);
	});

	it('never keys the one statement not on the opposing side: the options are attitudes of one form', () => {
		expect(draft?.prompt).not.toMatch(/most likely agree/);
		expect(draft?.options).toHaveLength(3);
		for (const o of draft?.options ?? []) expect(o).toMatch(/^The author \w+/);
		// The author's own position ("Walkers deserve …") is never an option beside the rejected claims.
		expect(draft?.options?.join(' ')).not.toMatch(/Walkers deserve/);
	});

	it('cites the claim and the sentence that denies it', () => {
		const text = essay().paragraphs[1] as string;
		expect(text.slice(draft!.evidence.start, draft!.evidence.end)).toMatch(
			/^Zipline .+every night\.$/
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
