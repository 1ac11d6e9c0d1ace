import { describe, it, expect } from 'vitest';
import { analyseArticle } from './analyse';

const mentionsOf = (paragraphs: string[]) =>
	analyseArticle({ title: 'T', paragraphs }).mentions.map((m) => `${m.text}:${m.type}`);

describe('analyseArticle', () => {
	it('strips titles from names and links a later surname to the person', () => {
		const found = mentionsOf([
			'US President Donald Trump spoke to Mexican President Claudia Sheinbaum on Friday.',
			'Sheinbaum said the talks were useful.'
		]);
		expect(found).toContain('Donald Trump:person');
		expect(found).toContain('Claudia Sheinbaum:person');
		expect(found).toContain('Sheinbaum:person');
		expect(found).toContain('US:place');
	});

	it('tells organisations from people and places', () => {
		const found = mentionsOf([
			'Professor Terry Hughes of James Cook University told Fox News that the Bureau of Meteorology was right.'
		]);
		expect(found).toContain('Terry Hughes:person');
		expect(found).toContain('James Cook University:organisation');
		expect(found).toContain('Fox News:organisation');
		expect(found).toContain('Bureau of Meteorology:organisation');
	});

	it('tidies figures and leaves out weekdays and glued words', () => {
		const found = mentionsOf([
			'On Tuesday the council said about 40% of the £1.5m budget would go by 2030, after a six-month trial.'
		]);
		expect(found).toContain('40%:percent');
		expect(found).toContain('2030:date');
		expect(found.some((m) => m.startsWith('Tuesday'))).toBe(false);
		expect(found.some((m) => m.startsWith('six'))).toBe(false);
	});

	it('gives sentences with offsets into their paragraph', () => {
		const paragraphs = ['First sentence here. Second one follows, with 12 words in it.'];
		const { sentences } = analyseArticle({ title: 'T', paragraphs });
		expect(sentences).toHaveLength(2);
		for (const s of sentences) expect(paragraphs[0]?.slice(s.start, s.end)).toBe(s.text);
	});
});
