import { describe, expect, it } from 'vitest';
import { allFixtures, cartelCrackdown } from './fixtures';
import { generateQuestions } from './generate';

// Blind judges (issue 11) kept 2 of 10 "Who said …?" items with no options: the student finds the
// quoted words and copies the name next to them, and is graded on its spelling.
describe('typed names', () => {
	it('never come back in a default quiz', () => {
		for (const [name, article] of Object.entries(allFixtures)) {
			const typed = generateQuestions(article).filter((d) => d.kind === 'short_answer');
			expect(
				typed.map((d) => d.prompt),
				name
			).toEqual([]);
		}
	});

	it('still come back when a teacher asks for recall', () => {
		const recall = generateQuestions(cartelCrackdown, { mix: { 'key-details': 20 } });
		expect(recall.some((d) => d.kind === 'short_answer')).toBe(true);
	});
});
