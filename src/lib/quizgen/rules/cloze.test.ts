import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { BLANK } from '../types';
import { acceptedVariants, clozeQuestions } from './cloze';

const ARTICLE = {
	title: 'Mexico rejects intervention',
	paragraphs: [
		'Officials said sovereignty was not negotiable and rejected any foreign intervention.',
		'In a country where sovereignty is cultural, the government cannot be seen to yield.',
		'The two countries share intelligence and collaborate on interdiction of smuggled goods.',
		'The minister said 97% of shipments tied to money laundering networks were stopped at sea.'
	]
};

describe('cloze', () => {
	const analysis = analyseArticle(ARTICLE);
	const drafts = analysis.sentences.flatMap((s) => clozeQuestions(s, { analysis, seed: 0 }));

	it('restores the source sentence when the blank is filled with the answer', () => {
		expect(drafts.length).toBeGreaterThan(2);
		for (const d of drafts) {
			const source = ARTICLE.paragraphs[d.evidence.paragraph] ?? '';
			expect(d.prompt.split(BLANK)).toHaveLength(2);
			expect(source).toContain(
				d.prompt.replace('Fill in the blank: ', '').replace(BLANK, d.answer)
			);
		}
	});

	it('blanks key terms and figures, never function words, short or generic words', () => {
		const answers = drafts.map((d) => d.answer);
		expect(answers).toContain('97%');
		expect(answers).toContain('sovereignty');
		for (const a of answers) expect(a).not.toMatch(/^(?:the|and|was|said|country|year|two)$/i);
	});

	it('does not blank half of a compound or a word from the title', () => {
		const answers = drafts.map((d) => d.answer);
		expect(answers).not.toContain('intervention');
		expect(answers).not.toContain('laundering');
	});
});

describe('accepted variants', () => {
	it('accepts a percentage written three ways and a plural or singular noun', () => {
		expect(acceptedVariants('97%')).toEqual(['97%', '97 percent', '97 per cent']);
		expect(acceptedVariants('countries')).toEqual(['countries', 'country']);
		expect(acceptedVariants('cartels')).toEqual(['cartels', 'cartel']);
	});
});

describe('cloze key terms', () => {
	const analysis = analyseArticle({
		title: 'Night shift',
		paragraphs: [
			'Porters, cleaners, doctors and nurses work side by side until the morning handover.',
			'The doctors said the handover was warned of “hit land” operations long before operations began.',
			'Most doctors agree that a longer handover would help, and handover notes now run to pages.'
		]
	});
	const drafts = analysis.sentences.flatMap((s) => clozeQuestions(s, { analysis, seed: 0 }));

	it('never blanks an item of a list or a word beside a quotation', () => {
		const answers = (paragraph: number) =>
			drafts.filter((d) => d.evidence.paragraph === paragraph).map((d) => d.answer);
		expect(answers(0)).not.toContain('doctors');
		expect(answers(1)).not.toContain('operations');
		expect(answers(2)).toContain('doctors');
	});
});

describe('cloze on names', () => {
	const analysis = analyseArticle({
		title: 'Fraud',
		paragraphs: [
			'FBI special agent Kevin Marsh said the bureau was still tracing the missing money.',
			'The bank alerted the police and the Securities and Exchange Commission within a week.',
			'The SEC said in a statement that investors should be wary of high returns.'
		]
	});
	const drafts = analysis.sentences.flatMap((s) => clozeQuestions(s, { analysis, seed: 0 }));

	it('never blanks an organisation used as a modifier, whose next words give it away', () => {
		expect(drafts.filter((d) => d.answer === 'FBI')).toEqual([]);
	});

	it('accepts an organisation under the other name the article gives it', () => {
		const sec = drafts.find((d) => d.answer === 'Securities and Exchange Commission');
		expect(sec?.acceptedAnswers).toContain('SEC');
	});
});
