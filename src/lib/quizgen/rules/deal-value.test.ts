/**
 * A long business story whose sums are each stated once, in a sentence opening on "he": before
 * `deal-value.ts` no recall item came of it (every figure rule needs a standalone sentence and a
 * figure the article returns to). Invented texts, never corpus text.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyse';
import { generateQuiz } from '../generate';
import { dealValueQuestions } from './deal-value';

const filler = (topic: string) =>
	`Analysts who follow the ${topic} market expect the pattern to continue for several more years, since investors reward growth.`;

const story = [
	'Anyone who has run a large company knows that patience matters as much as money when buying rivals.',
	'Orvane CEO Tessa Marlowe has spent a decade building her firm through purchases.',
	"After all, she's the one behind Orvane's $12 billion acquisition of Pellucid, she brokered its $2 billion buyout of Quillworks and closed the $5 billion deal to buy Hartle Labs.",
	'Marlowe described her approach on Tuesday during testimony in a lawsuit brought by Brenmoor Systems.',
	'Brenmoor accuses Orvane of copying the design of a sensor that Hartle Labs sold before the deal.',
	'Marlowe said Orvane paid less for Hartle Labs than its original $7 billion asking price.',
	filler('sensor'),
	filler('software'),
	filler('cloud'),
	'Marlowe said she spends years getting to know founders before she makes any offer to them.'
];

const values = (paragraphs: string[]) => {
	const analysis = analyseArticle({ title: 'How one chief buys rivals', paragraphs });
	return analysis.sentences.flatMap((s) => dealValueQuestions(s, { analysis, seed: 3 }));
};

describe('deal-value: what a named deal was worth', () => {
	it('asks each deal in a pronoun-led sentence, with same-scale sums as options', () => {
		const drafts = generateQuiz({ title: 'How one chief buys rivals', paragraphs: story }).drafts;
		const deal = drafts.find((d) => d.rule === 'deal-value');
		expect(deal?.skill).toBe('key-details');
		const all = values(story);
		expect(all.map((c) => c.prompt)).toEqual([
			'According to paragraph 3, how much was the acquisition of Pellucid worth?',
			'According to paragraph 3, how much was the buyout of Quillworks worth?',
			'According to paragraph 3, how much was the deal to buy Hartle Labs worth?'
		]);
		const first = all[0];
		expect(first?.answer).toBe('$12 billion');
		expect([...(first?.options ?? [])].sort()).toEqual(
			['$12 billion', '$2 billion', '$5 billion', '$7 billion'].sort()
		);
	});

	it('makes none without three other sums of the same currency and scale', () => {
		const mixed = story.map((p) => p.replace('$7 billion', '£7 million'));
		const small = mixed.map((p) => p.replace('$2 billion', '$2 million'));
		expect(values(small)).toEqual([]);
	});

	it('makes none from a first-person memory or a quotation', () => {
		const memory = story.map((p, i) =>
			i === 2 ? 'I remember the $12 billion acquisition of Pellucid as a turning point.' : p
		);
		expect(values(memory).some((c) => c.prompt.includes('Pellucid'))).toBe(false);
		const quoted = story.map((p, i) =>
			i === 2
				? '“The $12 billion acquisition of Pellucid was a bargain,” Marlowe said at the trial.'
				: p
		);
		expect(values(quoted).some((c) => c.prompt.includes('Pellucid'))).toBe(false);
	});
});

describe('a company title before a name', () => {
	it('reads “Orvane CEO Tessa Marlowe” as a person after a title', () => {
		const analysis = analyseArticle({ title: 'T', paragraphs: [story[1] ?? ''] });
		const people = analysis.mentions.filter((m) => m.type === 'person').map((m) => m.text);
		expect(people).toContain('Tessa Marlowe');
	});
});
