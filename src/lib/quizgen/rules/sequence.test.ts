import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { millHistory } from '../fixtures/comprehension';
import { sequenceQuestions } from './sequence';

describe('sequence questions', () => {
	const drafts = sequenceQuestions({ analysis: analyseArticle(millHistory), seed: 0 });
	const first = drafts.find((d) => d.rule === 'sequence-first');
	const last = drafts.find((d) => d.rule === 'sequence-last');

	it('dates events by a year inside the sentence, the date phrase taken out', () => {
		expect(first?.answer).toBe('The mill was built beside the weir by a family of wool merchants.');
		expect(last?.answer).toBe('The town council listed the mill as a historic building.');
		for (const o of [...(first?.options ?? []), ...(last?.options ?? [])])
			expect(o).not.toMatch(/\b(?:1[6-9]|20)\d{2}\b|\bin the (?:summer|winter) of\b/);
	});

	it('takes no year from a "When …" clause, a figure or a forecast', () => {
		const shown = drafts.flatMap((d) => d.options ?? []).join(' ');
		expect(shown).not.toMatch(/engineer arrived|bolts of cloth|will reopen/);
	});
});
