import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { numericValue } from '../distractors';
import { BLANK } from '../types';
import { completionQuestions } from './facts';
import { trueFalseQuestions } from './true-false';

const REPORT = [
	'Researchers said 54% of the corals they surveyed had bleached during the summer heatwave.',
	'In earlier events, about 30% of bleached corals died within a year of the heatwave.',
	'The government has pledged $1.2 billion to protect the reef by 2030, the minister said.',
	'Tourism brings in $6.4 billion a year and supports many thousands of local jobs.'
];

function rulesOn(paragraphs: string[], seed = 0) {
	const analysis = analyseArticle({ title: 'Reef report', paragraphs });
	const ctx = { analysis, seed };
	return analysis.sentences.flatMap((s) => [
		...completionQuestions(s, ctx),
		...trueFalseQuestions(s, ctx)
	]);
}

describe('fact completion', () => {
	const drafts = rulesOn(REPORT).filter((d) => d.kind === 'multiple_choice');

	it('blanks a figure and offers same-type options, from the article first', () => {
		const percent = drafts.find((d) => d.answer === '54%');
		expect(percent?.prompt).toContain(`said ${BLANK} of the corals`);
		expect(percent?.options).toContain('30%');
		for (const option of percent?.options ?? []) expect(option).toMatch(/^\d+%$/);
		const money = drafts.find((d) => d.answer === '$1.2 billion');
		expect(money?.options).toContain('$6.4 billion');
		for (const option of money?.options ?? []) expect(option).toMatch(/^\$[\d.]+ billion$/);
	});

	// Issue 11, blind judge: "in _____ equations" (10? 5? 20? 12?) tests nothing but one figure.
	it('never blanks a bare count under twenty', () => {
		const counts = rulesOn([
			'The model described the weather of the valley in 12 equations run on one computer.',
			'A later model used 40 equations and ran on 3 computers over 90 days of tests.',
			'The team of 7 engineers published 15 papers on the valley models in 2012.'
		]).filter((d) => d.kind === 'multiple_choice' && /Which number/.test(d.prompt));
		expect(counts.map((d) => d.answer)).not.toEqual(expect.arrayContaining(['12']));
		for (const d of counts) expect(Number(d.answer)).toBeGreaterThanOrEqual(20);
	});

	it('never offers a percentage of 100 or more, nor two equal values', () => {
		for (const d of drafts) {
			const values = (d.options ?? []).map(numericValue);
			expect(new Set(values).size).toBe(values.length);
			if (d.answer.endsWith('%')) for (const v of values) expect(v).toBeLessThan(100);
		}
	});
});

describe('true/false', () => {
	it('swaps one fact for a same-type fact, and never copies a sentence as True', () => {
		// Issue 11: a copied sentence answered True is a matching exercise; a True item is a
		// restatement (attribution turned around, an opening phrase moved), never a copy.
		const items = [0, 1, 2, 3, 4, 5].flatMap((seed) =>
			rulesOn(REPORT, seed).filter((d) => d.kind === 'true_false')
		);
		for (const d of items.filter((x) => x.answer === 'True')) {
			const statement = d.prompt.replace('True or false? ', '').replace(/\.$/, '');
			expect(REPORT[d.evidence.paragraph] ?? '').not.toContain(statement);
		}
		for (const d of items.filter((x) => x.answer === 'False')) {
			const statement = d.prompt.replace('True or false? ', '');
			const source = REPORT[d.evidence.paragraph] ?? '';
			expect(source).not.toContain(statement.replace(/\.$/, ''));
			expect(d.explanation).toMatch(/^Paragraph \d says: “.+”, so the statement is false: it was/);
		}
	});

	it('never swaps in a fact named in the same paragraph', () => {
		const paragraphs = [
			'Ana Ortiz and Ben Cho met. Ana Ortiz said 40% of the budget went on roads.'
		];
		const items = [0, 1, 2, 3].flatMap((seed) => rulesOn(paragraphs, seed));
		const falseItems = items.filter((d) => d.answer === 'False');
		for (const d of falseItems) expect(d.prompt).not.toMatch(/Ben Cho said/);
		expect(items.length).toBeGreaterThan(0);
	});
});

describe('completion and true/false on unseen shapes', () => {
	const on = (paragraphs: string[], title = 'T') => {
		const analysis = analyseArticle({ title, paragraphs });
		const ctx = { analysis, seed: 0 };
		return analysis.sentences.flatMap((s) => [
			...completionQuestions(s, ctx),
			...trueFalseQuestions(s, ctx)
		]);
	};

	it('never doubles quotation marks around a sentence that is itself a quote', () => {
		const drafts = on([
			'Ana Ortiz spoke first. “The ground here sinks about 2 centimetres a year while the water keeps rising.”'
		]);
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) expect(d.prompt).not.toMatch(/[“”"]{2}/);
	});

	it('asks about figures inside a long quote, naming its certain speaker', () => {
		const drafts = on([
			'“Because the river rose,” Ana Ortiz said. “In 2024 the water reached 5.3 metres at the harbour gauge. The old walls were built for 4 metres.”'
		]);
		const completion = drafts.find((d) => d.answer === '5.3');
		expect(completion?.prompt).toBe(
			`Which number completes what Ana Ortiz said in paragraph 1? “In 2024 the water reached ${BLANK} metres at the harbour gauge.”`
		);
		// …but never states a quoted claim as plain fact, nor one from an interviewer.
		expect(drafts.filter((d) => d.kind === 'true_false')).toEqual([]);
		expect(on(['You have said the walls were built for 4 metres in 1990. Why then?'])).toEqual([]);
	});

	it('never swaps a person in after a role that belongs to someone else', () => {
		const drafts = on([
			'City manager Marco Bellini was less happy with the result on Saturday.',
			'Ana Ortiz and Ben Cho scored the goals for the home side.'
		]);
		const swapped = drafts.filter((d) => d.answer === 'False' && d.evidence.paragraph === 0);
		expect(swapped.map((d) => d.prompt)).toEqual([]);
	});

	it('never swaps in a fact that makes the statement true elsewhere in the article', () => {
		const drafts = on([
			'Dylan Marsh crossed for the equaliser in the 51st minute.',
			'Ben Cho crossed for the equaliser in the 51st minute, said Ana Ortiz.',
			'Carla Diaz watched from the stand.'
		]);
		const first = drafts.filter((d) => d.evidence.paragraph === 0);
		expect(first.filter((d) => /Ben Cho crossed/.test(d.prompt))).toEqual([]);
	});
});

describe('place swaps', () => {
	it('never swaps the country in a phrase of rule ("who has led Kenya since independence")', () => {
		const drafts = rulesOn([
			'The president, who has led Kenya since independence, met farmers in Nairobi on Monday to discuss the drought.',
			'The talks in Ghana ended without an agreement on the price of grain, officials said afterwards.',
			'Farmers from Nigeria and Uganda travelled for two days to attend the meeting, as did traders from Ghana.',
			// Places are swapped only for one the article sets beside them (Ghana with Uganda).
			'The meeting lasted until late evening and ended with a shared meal for everyone.',
			'Many of the visitors said the journey had been long but worth making this year.',
			'The organisers hope to hold a second meeting once the rains have returned.',
			'A report on the talks will be published by the organisers next month.'
		]).filter((d) => d.rule === 'fact-swap');
		expect(drafts.some((d) => d.evidence.paragraph === 1)).toBe(true);
		expect(drafts.filter((d) => d.evidence.paragraph === 0).map((d) => d.prompt)).toEqual([]);
	});
});
