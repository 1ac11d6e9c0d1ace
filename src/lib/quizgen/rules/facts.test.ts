import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { numericValue } from '../distractors';
import { BLANK } from '../types';
import { completionQuestions, trueFalseQuestions } from './facts';

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

	it('never offers a percentage of 100 or more, nor two equal values', () => {
		for (const d of drafts) {
			const values = (d.options ?? []).map(numericValue);
			expect(new Set(values).size).toBe(values.length);
			if (d.answer.endsWith('%')) for (const v of values) expect(v).toBeLessThan(100);
		}
	});
});

describe('true/false', () => {
	it('states a sentence faithfully or swaps one fact for a same-type fact', () => {
		const items = [0, 1, 2, 3, 4, 5].flatMap((seed) =>
			rulesOn(REPORT, seed).filter((d) => d.kind === 'true_false')
		);
		const answers = new Set(items.map((d) => d.answer));
		expect(answers).toEqual(new Set(['True', 'False']));
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
