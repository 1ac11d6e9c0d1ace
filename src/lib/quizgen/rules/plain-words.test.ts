import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { structuralProblems } from '../checks';
import { loadWordNet } from '../wordnet';
import { plainFor } from './plain-words';
import { restatement } from './restate';
import { trueFalseQuestions } from './true-false';

// Our own sentences: verbs whose sense the sentence settles, and one a swap can test.
const lexicon = loadWordNet();
const sentence = (text: string) => analyseArticle({ title: 'x', paragraphs: [text] }).sentences[0]!;

describe('plainFor', () => {
	it('says a clear tier-2 verb in a plainer word of its sense, in the same form', () => {
		const s = sentence('The harbour board curtailed night shifts in 2019 after a long dispute.');
		expect(plainFor(lexicon, s, '2019', '')).toMatchObject({ from: 'curtailed', to: 'restricted' });
		const c = sentence('Tenants feel compelled to pay the new charges before the end of March.');
		expect(plainFor(lexicon, c, '', '')?.to).toBe('obliged');
	});

	it('uses a participle after an auxiliary and never guesses one elsewhere', () => {
		const after = sentence(
			'Fishing in the bay will still be prohibited under the new harbour rules.'
		);
		expect(plainFor(lexicon, after, '', '')?.to).toBe('forbidden');
		const bare = sentence('The harbour board prohibited fishing in the bay for three long years.');
		expect(plainFor(lexicon, bare, '', '')).toBeNull();
	});

	it('leaves the fact a swap needs untouched', () => {
		const s = sentence('The harbour board curtailed night shifts in 2019 after a long dispute.');
		expect(plainFor(lexicon, s, 'curtailed night shifts', '')).toBeNull();
	});
});

describe('true/false with a True item in other words', () => {
	it('words the False item with the plain verb, but asks no True item on one swapped word', () => {
		const paragraphs = [
			'The port of Velmar handles most of the grain shipped from the northern plains each year.',
			'After a long dispute, the harbour board curtailed night shifts at the docks to save 340 jobs.',
			'A survey found that 62 percent of dock workers wanted shorter shifts in the winter months.'
		];
		const analysis = analyseArticle({ title: 'Grain port', paragraphs });
		const s = analysis.sentences.find((x) => x.text.includes('curtailed'))!;
		const restated = restatement(s, '340', { lexicon });
		expect(restated).toMatchObject({ reworded: true, plain: ['curtailed', 'restricted'] });
		const items = trueFalseQuestions(s, { analysis, seed: 0, lexicon });
		// A blind judge read "assessed" → "evaluated" as the sentence copied with one synonym.
		expect(items.map((d) => d.answer)).toEqual(['False']);
		for (const d of items) {
			expect(structuralProblems({ ...d, score: 0 }, { title: 'Grain port', paragraphs })).toEqual(
				[]
			);
			expect(d.prompt).toContain('restricted');
		}
	});
});
