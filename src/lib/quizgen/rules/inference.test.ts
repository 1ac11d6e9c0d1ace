import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { floodWall } from '../fixtures/comprehension';
import { generateQuiz } from '../generate';
import { inferenceQuestions } from './inference';

describe('inference questions', () => {
	const drafts = inferenceQuestions({ analysis: analyseArticle(floodWall), seed: 0 });

	it('never turns a share into "more than half / less than half / all / none" (arithmetic, not reading)', () => {
		// floodWall states "64% of households backed a higher wall" and a share of shop owners.
		expect(drafts.filter((d) => /\b(?:more|less) than half\b/i.test(d.answer))).toEqual([]);
		const { drafts: quiz } = generateQuiz(floodWall, { count: 20 });
		expect(quiz.filter((d) => d.rule === 'inference-share')).toEqual([]);
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
