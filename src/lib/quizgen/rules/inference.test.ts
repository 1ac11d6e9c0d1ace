import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { floodWall } from '../fixtures/comprehension';
import { generateQuiz } from '../generate';
import { inferenceQuestions } from './inference';

describe('inference questions', () => {
	const drafts = inferenceQuestions({ analysis: analyseArticle(floodWall), seed: 0 });

	it('turns a share of a group into the one proportion statement that follows from it', () => {
		const most = drafts.find((d) => /paragraph 2/.test(d.prompt));
		expect(most?.answer).toBe('More than half of households backed a higher wall.');
		expect(most?.options).toEqual(
			expect.arrayContaining([
				'Less than half of households backed a higher wall.',
				'No households backed a higher wall.',
				'All households backed a higher wall.'
			])
		);
		const few = drafts.find((d) => /paragraph 5/.test(d.prompt));
		expect(few?.answer).toBe('Less than half of shop owners have flood insurance.');
	});

	it('asks what a stated condition leads to, the wrong options on other subjects', () => {
		const raised = drafts.find((d) => /if the wall is raised\?$/.test(d.prompt));
		expect(raised?.prompt).toBe(
			'According to paragraph 3, what will happen if the wall is raised?'
		);
		expect(raised?.answer).toBe(
			'The riverside path will close for two summers while the work is done.'
		);
		// "The new wall would cost …" might follow from raising the wall as well: never a decoy.
		for (const o of raised?.options ?? []) expect(o).not.toMatch(/\bwall\b/);
	});

	it('never pairs a share question with another question on the same sentence', () => {
		const { drafts: quiz } = generateQuiz(floodWall, { count: 20 });
		const shares = quiz.filter((d) => d.rule === 'inference-share');
		expect(shares.length).toBeGreaterThan(0);
		for (const s of shares) {
			const same = quiz.filter((d) => d !== s && d.evidence.paragraph === s.evidence.paragraph);
			expect(same.filter((d) => d.evidence.start === s.evidence.start)).toEqual([]);
		}
	});

	it('asks nothing of a share near one half or of a total', () => {
		const analysis = analyseArticle({
			title: 'Budget',
			paragraphs: [
				'In the latest poll, 52% of voters backed the new tax on second homes.',
				'Interest will take 13 percent of the federal budget a decade from now, the office said.'
			]
		});
		expect(inferenceQuestions({ analysis, seed: 0 })).toEqual([]);
	});
});
