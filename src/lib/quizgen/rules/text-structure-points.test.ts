import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { textStructureQuestions } from './text-structure';

// A blind judge's finding: "To support the point that the fact that it can't be mass-produced
// has made …". Our own article: the example's point is sound, and the sentences that would be
// wrong options each lean on words they leave behind: "the fact that it", a "we", a "this kind
// of", an "around this time", an "also", a ", for example," (an example, not a point).
const GLASS = {
	title: 'The last glassblowers of Dunmore',
	paragraphs: [
		'Two workshops in Dunmore still blow glass by hand, using furnaces built more than a century ago.',
		'Handmade glass takes far longer to produce than glass from a factory line.',
		'For example, a single vase can take a skilled worker most of a day to shape, cool and polish.',
		'The fact that it cannot be made by machine has turned the craft into a cherished local tradition.',
		'We need to protect the skills of older workers before they are lost for good.',
		'The town museum also displays old tools from the workshops beside the harbour.',
		'Around this time, the furnaces began to burn gas instead of coal from the valley mines.',
		'Tourists, for example, often buy small glass birds from the stalls near the station.',
		'This kind of work is rarely taught in the colleges of the region any more.',
		'The river that runs past the workshops once carried sand down from the northern hills.',
		'Local schools send their pupils on visits to watch the furnaces being lit each spring.',
		'The council has promised to repair the roof of the older workshop before the winter storms.',
		'Visitors can reach the workshops on foot from the main square in a few minutes.'
	]
};

describe('text-structure points read as whole claims', () => {
	const drafts = textStructureQuestions({ analysis: analyseArticle(GLASS), seed: 0 });
	const d = drafts.find((x) => x.evidence.paragraph === 2);

	it('still asks why the example is there, keyed on the point before it', () => {
		expect(d?.answer).toBe(
			'To support the point that handmade glass takes far longer to produce than glass from a factory line'
		);
	});

	it('offers no point that leans on a sentence it does not show', () => {
		for (const o of d?.options ?? []) {
			expect(o).not.toMatch(/the fact that|\bit\b|\bwe\b|this kind|this time|for example/i);
			expect(o).not.toMatch(/\balso\b/);
			// "Tourists, for example, …" is an example itself, not a point, with or without its cue.
			expect(o).not.toMatch(/glass birds/);
		}
	});
});
