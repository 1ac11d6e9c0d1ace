import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { REBUTTAL_TEXT } from './rebuttal-role';
import { ROLE_TEXT, textStructureQuestions } from './text-structure';

// Our own essay: a paragraph opening on a claim the author answers, one on a claim another
// speaker answers, and one on a claim nobody answers.
const paragraphs = [
	'Rental scooters arrived in the old town two summers ago, and the pavements have not been the same.',
	'Zipline claims that its parking rules keep every pavement clear for walkers. But the rules do not stop riders from blocking the narrow lanes by the harbour every evening.',
	'Zipline argues that the scooters cut traffic on the ring road. But Ana Ruiz said the vans that charge them run all night.',
	'Zipline insists that riders are careful with the new machines in the old streets.',
	'Walkers deserve pavements that are safe and clear of clutter, and the council should say so.'
];
const drafts = textStructureQuestions({
	analysis: analyseArticle({ title: 'Scooters', paragraphs }),
	seed: 0
});
const rebuttals = drafts.filter((d) => d.rule === 'text-structure-rebuttal');

describe('a paragraph that reports a claim and answers it', () => {
	it('is asked by role, once, of the paragraph the author answers in their own voice', () => {
		expect(rebuttals).toHaveLength(1);
		expect(rebuttals[0]?.prompt).toBe('Why does the author include paragraph 2?');
		expect(rebuttals[0]?.answer).toBe(REBUTTAL_TEXT);
	});

	it('never offers a challenge to what came before, nor an example, as a wrong role', () => {
		expect(rebuttals[0]?.options).not.toContain(ROLE_TEXT.counterpoint);
		expect(rebuttals[0]?.options).not.toContain(ROLE_TEXT.example);
		expect(rebuttals[0]?.options).toHaveLength(4);
	});

	it('cites the claim and the answer', () => {
		expect(rebuttals[0]?.explanation).toMatch(/Zipline claims .+ But the rules do not stop/);
	});
});

describe('a rebuttal beside the author-agree question', () => {
	it('is not asked of a paragraph whose claim that question offers as a wrong option', () => {
		const essay = [
			'Rental scooters arrived in the old town two summers ago, and the pavements have not been the same.',
			'Zipline has presented itself as a cleaner alternative to the crowded city buses. But the scooters are not clean, since diesel vans charge them every night.',
			'Zipline claims that its parking rules keep every pavement clear for walkers, but that’s an untested promise.',
			'Walkers deserve pavements that are safe and clear of clutter.'
		];
		const found = textStructureQuestions({
			analysis: analyseArticle({ title: 'Scooters', paragraphs: essay }),
			seed: 0
		});
		expect(found.filter((d) => d.rule === 'text-structure-rebuttal')).toEqual([]);
	});
});
