import { describe, it, expect } from 'vitest';
import { analyseArticle, type ArticleMention } from './analyse';
import { numericValue, optionsFor, pickDistractors, sameName, unitOf } from './distractors';

const analysis = analyseArticle({
	title: 'T',
	paragraphs: [
		'Claudia Sheinbaum met Donald Trump after Nicolas Maduro was captured in Venezuela.',
		'Mexico and Colombia said 12.5% of the £1,200 fund had been spent by 2019.'
	]
});
const mention = (text: string) => analysis.mentions.find((m) => m.text === text) as ArticleMention;
const request = (text: string, avoid = '') => ({
	answer: mention(text),
	analysis,
	avoid,
	count: 3,
	seed: 1
});

describe('distractors', () => {
	it('offers other people from the article, in the same name form', () => {
		const { values } = pickDistractors(request('Donald Trump'));
		expect(values).toEqual(expect.arrayContaining(['Claudia Sheinbaum', 'Nicolas Maduro']));
	});

	it('never offers a name the prompt already shows', () => {
		const { values } = pickDistractors(request('Donald Trump', 'Who met Claudia Sheinbaum?'));
		expect(values).not.toContain('Claudia Sheinbaum');
	});

	it('offers countries for a country, article first', () => {
		const { values, fromArticle } = pickDistractors(request('Mexico'));
		expect(values.slice(0, fromArticle)).toEqual(expect.arrayContaining(['Venezuela', 'Colombia']));
		expect(values).toHaveLength(3);
	});

	it('formats figure distractors like the answer', () => {
		const percent = pickDistractors(request('12.5%')).values;
		for (const v of percent) expect(v).toMatch(/^\d+\.\d%$/);
		const money = pickDistractors(request('£1,200')).values;
		for (const v of money) expect(v).toMatch(/^£\d{1,3}(,\d{3})*$/);
		const years = pickDistractors(request('2019')).values;
		for (const v of years) expect(Math.abs((numericValue(v) ?? 0) - 2019)).toBeLessThan(10);
	});

	// Judged: "$11.0 billion" for "$13.7 billion" read as made up; nobody writes the ".0".
	it('never offers a figure whose decimals are all zeros', () => {
		const deal = analyseArticle({
			title: 'T',
			paragraphs: ['The retailer was bought for $13.7 billion in 2017.']
		});
		const answer = deal.mentions.find((m) => m.type === 'money') as ArticleMention;
		const { values } = pickDistractors({ answer, analysis: deal, avoid: '', count: 6, seed: 1 });
		expect(values.length).toBeGreaterThan(2);
		for (const v of values) expect(v).toMatch(/^\$\d+\.[1-9] billion$/);
	});

	it('refuses a name question with fewer than two article distractors', () => {
		const lone = analyseArticle({ title: 'T', paragraphs: ['Ana Ortiz spoke in Paris.'] });
		const answer = lone.mentions.find((m) => m.type === 'person') as ArticleMention;
		expect(optionsFor({ answer, analysis: lone, avoid: '', count: 3, seed: 0 })).toBeNull();
	});
});

describe('distractor typing', () => {
	it('treats an acronym and its full name, or a name inside another, as one name', () => {
		expect(sameName('SEC', 'Securities and Exchange Commission')).toBe(true);
		expect(sameName('Northwind', 'Northwind Bank')).toBe(true);
		expect(sameName('FBI', 'Securities and Exchange Commission')).toBe(false);
	});

	it('reads the unit of a figure: currency or percent', () => {
		expect(unitOf('$40 million')).toBe(unitOf('$410,000'));
		expect(unitOf('€180')).not.toBe(unitOf('$38'));
		expect(unitOf('1.2 billion reais')).not.toBe(unitOf('$1.2 billion'));
		expect(unitOf('12%')).not.toBe(unitOf('12'));
	});

	it('never offers an amount in another currency, nor the answer under another name', () => {
		const money = analyseArticle({
			title: 'T',
			paragraphs: [
				'Borrowers will pay €180 more, while trucks cost $38 a tonne and ships $12 a tonne.',
				'The SEC and the FBI acted. The Securities and Exchange Commission froze the fund.'
			]
		});
		const euro = money.mentions.find((m) => m.text === '€180') as ArticleMention;
		const values = pickDistractors({ answer: euro, analysis: money, avoid: '', count: 3, seed: 0 });
		for (const v of values.values) expect(v).toMatch(/^€/);
		const sec = money.mentions.find((m) => m.text === 'SEC') as ArticleMention;
		const orgs = pickDistractors({ answer: sec, analysis: money, avoid: '', count: 3, seed: 0 });
		expect(orgs.values).toContain('FBI');
		expect(orgs.values).not.toContain('Securities and Exchange Commission');
	});
});
