import { describe, expect, it } from 'vitest';
import { CARTEL_ARTICLE, SEED_PARAGRAPH, SEED_PARAGRAPH_CURLY } from './fixtures';
import { findTermOccurrences, suggestTerms } from './glossary';

const AGENCIES = [
	'The Drug Enforcement Administration (DEA) says the United States-Mexico-Canada Agreement ' +
		'(USMCA) is about trade. The DEA works with the Department of Homeland Security on drug cartels.',
	'Critics say drug cartels adapt quickly, and the USMCA review will not change that.'
];

function terms(paragraphs: string[], limit?: number): string[] {
	return suggestTerms(paragraphs, limit).map((s) => s.term);
}

describe('suggestTerms', () => {
	it('finds institutions, acronyms and a recurring phrase, not common acronyms like US', () => {
		const suggestions = suggestTerms(AGENCIES);
		expect(suggestions).toEqual(
			expect.arrayContaining([
				{ term: 'DEA', count: 2, paragraph: 0 },
				{ term: 'USMCA', count: 2, paragraph: 0 },
				{ term: 'Drug Enforcement Administration', count: 1, paragraph: 0 },
				{ term: 'United States-Mexico-Canada Agreement', count: 1, paragraph: 0 },
				{ term: 'Department of Homeland Security', count: 1, paragraph: 0 },
				{ term: 'drug cartels', count: 2, paragraph: 0 }
			])
		);
		expect(suggestions.map((s) => s.term)).not.toContain('US');
	});

	it('suggests the long uncommon words of the seed paragraph, not everyday ones', () => {
		const suggested = terms([SEED_PARAGRAPH]);
		expect(suggested).toEqual(['escalation', 'offensive']);
		expect(terms([SEED_PARAGRAPH_CURLY])).toEqual(suggested);
	});

	it('ranks the demo article’s key terms first and reports where each first appears', () => {
		const suggestions = suggestTerms(CARTEL_ARTICLE);
		expect(suggestions).toHaveLength(12);
		expect(suggestions.slice(0, 3)).toEqual([
			{ term: 'intervention', count: 4, paragraph: 4 },
			{ term: 'Cold War', count: 1, paragraph: 5 },
			{ term: 'money laundering networks', count: 2, paragraph: 8 }
		]);
		const named = suggestions.map((s) => s.term);
		expect(named).toEqual(expect.arrayContaining(['sovereignty', 'trafficking', 'intelligence']));
		for (const { term, paragraph } of suggestions) {
			const first = CARTEL_ARTICLE.findIndex((p) => findTermOccurrences(p, [term]).length > 0);
			expect(first).toBe(paragraph);
		}
	});

	it('leaves out duplicates and terms inside a longer suggestion', () => {
		const suggested = terms(CARTEL_ARTICLE, 100).map((t) => t.toLowerCase());
		expect(new Set(suggested).size).toBe(suggested.length);
		expect(suggested).not.toContain('money laundering');
		expect(suggested).not.toContain('laundering');
		expect(suggested).not.toContain('interventions');
		expect(terms(AGENCIES, 100)).not.toContain('Enforcement Administration');
	});

	it('passes over names of people, capitalised sentence openers and everyday long words', () => {
		const suggested = terms(CARTEL_ARTICLE, 100);
		for (const word of ['Sheinbaum', 'Historically', 'Donald Trump', 'government', 'signalled']) {
			expect(suggested).not.toContain(word);
		}
	});

	it('is deterministic and respects the limit', () => {
		expect(suggestTerms(CARTEL_ARTICLE, 5)).toEqual(suggestTerms(CARTEL_ARTICLE).slice(0, 5));
		expect(suggestTerms([...CARTEL_ARTICLE])).toEqual(suggestTerms(CARTEL_ARTICLE));
		expect(suggestTerms(CARTEL_ARTICLE, 0)).toEqual([]);
		expect(suggestTerms([])).toEqual([]);
		expect(suggestTerms(['', '  '])).toEqual([]);
	});
});

describe('findTermOccurrences', () => {
	it('finds whole words regardless of case, sorted by start', () => {
		const text = 'Cartels, the CARTEL and a cartel-run town; not cartelist.';
		expect(findTermOccurrences(text, ['cartel'])).toEqual([
			{ start: 0, end: 7, term: 'cartel' },
			{ start: 13, end: 19, term: 'cartel' },
			{ start: 26, end: 32, term: 'cartel' }
		]);
	});

	it('lets the longest term win where terms overlap', () => {
		expect(
			findTermOccurrences(SEED_PARAGRAPH, ['drug cartels', 'Mexican drug cartels', 'cartels'])
		).toEqual([{ start: 100, end: 120, term: 'Mexican drug cartels' }]);
	});

	it('matches capitalised acronyms by case only, so "US" does not mark "us"', () => {
		const found = findTermOccurrences('The US told us the US would act.', ['US']);
		expect(found.map((o) => o.start)).toEqual([4, 19]);
	});

	it('marks terms in the seed paragraph with straight or curly quotes alike', () => {
		for (const paragraph of [SEED_PARAGRAPH, SEED_PARAGRAPH_CURLY]) {
			const found = findTermOccurrences(paragraph, ['hit land', 'escalation', "administration's"]);
			expect(found.map((o) => paragraph.slice(o.start, o.end))).toEqual([
				'escalation',
				"administration's",
				'hit land'
			]);
		}
	});

	it('matches multi-word terms across any white space and ignores blank terms', () => {
		expect(findTermOccurrences('money\n  laundering', ['money laundering', ' ', ''])).toEqual([
			{ start: 0, end: 18, term: 'money laundering' }
		]);
		expect(findTermOccurrences('', ['anything'])).toEqual([]);
	});

	it('treats regular-expression characters in a term as plain text', () => {
		expect(findTermOccurrences('C++ (and C) compilers', ['C++', 'a.d'])).toEqual([
			{ start: 0, end: 3, term: 'C++' }
		]);
	});
});
