import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { agreeArticle } from './indefinite';
import { trueFalseQuestions } from './true-false';

describe('a or an before a swapped-in value', () => {
	it('follows the sound of the figure or word put in', () => {
		expect(agreeArticle('They paid a $86 million fee.', '$86 million')).toBe(
			'They paid an $86 million fee.'
		);
		expect(agreeArticle('It rose by an 11 percent share.', '11 percent')).toBe(
			'It rose by an 11 percent share.'
		);
		expect(agreeArticle('It rose by an 12 percent share.', '12 percent')).toBe(
			'It rose by a 12 percent share.'
		);
		expect(agreeArticle('A 18-year-old won.', '18-year-old')).toBe('An 18-year-old won.');
		expect(agreeArticle('She met a FBI agent.', 'FBI')).toBe('She met an FBI agent.');
		expect(agreeArticle('She met an union leader.', 'union')).toBe('She met a union leader.');
	});

	it('makes no true/false statement read "a" before a vowel-sounding figure', () => {
		// Our own sentences, each with "a" before a figure a swap replaces with a made-up one.
		const paragraphs = [
			'The council agreed to pay a $14 million fee to end its contract with the harbour builder.',
			'Engineers found that the old pier needed a 60 percent increase in its repair budget.',
			'The ferry company reported a $25 million loss for the year after the floods in March.',
			'A survey of residents found that the new footbridge was backed by a clear majority.'
		];
		const analysis = analyseArticle({ title: 'Harbour costs', paragraphs });
		const prompts = Array.from({ length: 40 }, (_, seed) =>
			analysis.sentences.flatMap((s) =>
				trueFalseQuestions(s, { analysis, seed }).map((c) => c.prompt)
			)
		).flat();
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts) expect(p).not.toMatch(/\ba \$?(?:8|11\b|18\b)/);
		for (const p of prompts) expect(p).not.toMatch(/\ban \$?(?!8|1[18]\b)\d/);
	});
});
