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
		expect(drafts.length).toBeGreaterThan(0);
		for (const d of drafts) {
			const source = ARTICLE.paragraphs[d.evidence.paragraph] ?? '';
			expect(d.prompt.split(BLANK)).toHaveLength(2);
			expect(source).toContain(
				d.prompt.replace('Fill in the blank: ', '').replace(BLANK, d.answer)
			);
		}
	});

	it('blanks figures only, never a key-term noun a synonym would fill (issue 11)', () => {
		const answers = drafts.map((d) => d.answer);
		expect(answers).toContain('97%');
		expect(answers).not.toContain('sovereignty');
		expect(answers).not.toContain('interdiction');
	});
});

describe('accepted variants', () => {
	it('accepts a percentage written three ways and a plural or singular noun', () => {
		expect(acceptedVariants('97%')).toEqual(['97%', '97 percent', '97 per cent']);
		expect(acceptedVariants('countries')).toEqual(['countries', 'country']);
		expect(acceptedVariants('cartels')).toEqual(['cartels', 'cartel']);
	});

	it('accepts an amount with its scale written short or long, and a figure without commas', () => {
		expect(acceptedVariants('$4 billion')).toEqual(['$4 billion', '$4bn']);
		expect(acceptedVariants('30,000')).toEqual(['30,000', '30000']);
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

	it('never types a name: a blank on a name or place admits any other (issue 11)', () => {
		expect(drafts).toEqual([]);
	});
});

// Issue 11, blind judge: "…among _____ wealthy countries", "…in _____ equations": a small bare
// count typed from memory is trivia, not a detail worth a question (a brief makes every figure
// central, so the article here is a brief).
describe('cloze on small counts', () => {
	const brief = {
		title: 'Orchard survey',
		paragraphs: [
			'The survey compared harvests among 11 orchards in the valley over the past decade.',
			'Pear growers lost 38 percent of their crop to the late frost, the survey found.'
		]
	};
	const analysis = analyseArticle(brief);
	const drafts = analysis.sentences.flatMap((s) => clozeQuestions(s, { analysis, seed: 0 }));

	it('blanks a share but not a small bare count', () => {
		expect(drafts.map((d) => d.answer)).toContain('38 percent');
		expect(drafts.map((d) => d.answer)).not.toContain('11');
	});
});
