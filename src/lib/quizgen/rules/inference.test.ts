import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { floodWall } from '../fixtures/comprehension';
import { generateQuiz } from '../generate';
import { inferenceQuestions } from './inference';
import { likelyQuestions } from './likely';

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
		// A blind judge found such an item no inference: the text states the consequence outright.
		// It is a cause-and-effect question ("what will happen if …"), and says so.
		expect(raised?.skill).toBe('cause-effect');
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

describe('what is likely, from a stated expectation or plan', () => {
	const analysis = analyseArticle({
		title: 'Harbour plans',
		paragraphs: [
			'The port authority is expected to reopen the north pier by June, officials said.',
			'The ferry company will add a second boat on the winter route.',
			'The fishing cooperative plans to build a new ice house beside the slipway.',
			'Visitors will find the old lighthouse open every Sunday afternoon.',
			'The harbour trust planned to sell the old crane to a museum last year.',
			'They are expected to finish the survey of the sea wall soon.'
		]
	});
	const drafts = likelyQuestions({ analysis, seed: 0 });

	it('asks what the subject is likely to do, the wrong options other subjects’ plans', () => {
		const pier = drafts.find((d) => d.answer === 'Reopen the north pier by June');
		expect(pier?.prompt).toBe('Based on paragraph 1, what is the port authority likely to do?');
		expect(pier?.options?.length).toBeGreaterThanOrEqual(3);
		for (const o of pier?.options ?? []) expect(o).not.toMatch(/said|\.$/);
	});

	it('labels a stated plan recall, not inference ("is expected to" says it outright)', () => {
		const asked = inferenceQuestions({ analysis, seed: 0 });
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.filter((d) => d.skill === 'inference')).toEqual([]);
		expect(asked.find((d) => d.answer === 'Reopen the north pier by June')?.skill).toBe(
			'key-details'
		);
	});

	it('never asks a past plan or a plan whose subject is a pronoun', () => {
		expect(drafts.map((d) => d.prompt).join(' ')).not.toMatch(/harbour trust|they/i);
	});
});

describe('what will happen if …: the wrong options', () => {
	it('are outcomes, never a forecast of a figure or an estimate', () => {
		const dredging = {
			title: 'Porthcove Votes on Dredging',
			paragraphs: [
				'If the harbour is dredged, larger fishing boats could return to the old quay.',
				'The town will hold its summer fair on the green again this year.',
				'The port office estimates that visits will rise to 4,000 in 2030.',
				'The old lighthouse may become a small museum of the coast.',
				'Tourism will grow by 12 percent next year, the board says.',
				'The ferry company might add a winter service to the island.',
				'Harbour fees will reach £40 a night by 2028.'
			]
		};
		const drafts = inferenceQuestions({ analysis: analyseArticle(dredging), seed: 0 });
		const asked = drafts.find((d) => /if the harbour is dredged\?$/.test(d.prompt));
		expect(asked?.answer).toBe('Larger fishing boats could return to the old quay.');
		for (const o of asked?.options ?? []) expect(o).not.toMatch(/\d|estimates/);
	});
});
