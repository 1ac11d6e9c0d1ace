import { describe, it, expect } from 'vitest';
import { analyseArticle } from '../analyse';
import { quoteQuestions } from './quotes';

// Four speakers: a "Who said" offers four names (three rivals) or asks for the name typed.
const CAST = 'Ana Ortiz, Ben Cho, Carla Diaz and Maria Lopez spoke at the meeting of the council.';

function quotesFrom(paragraph: string) {
	const paragraphs = [CAST, paragraph];
	const analysis = analyseArticle({ title: 'T', paragraphs });
	return { drafts: quoteQuestions({ analysis, seed: 0 }), paragraph };
}

describe('quote attribution', () => {
	it('asks who said a quote whose speaker is named beside it', () => {
		const { drafts } = quotesFrom('“We will not close a single library this year,” Diaz said.');
		expect(drafts).toHaveLength(1);
		expect(drafts[0]?.prompt).toBe('Who said: “We will not close a single library this year”?');
		expect(drafts[0]?.answer).toBe('Diaz');
		expect(drafts[0]?.options).toEqual(expect.arrayContaining(['Cho', 'Ortiz', 'Diaz']));
	});

	// Issue 11: "said Robert M. Danin" was no person (the initial broke the name), so an article
	// quoting three analysts gave no attribution at all.
	it('knows a speaker named with a middle initial', () => {
		const { drafts } = quotesFrom(
			'“The library budget has never been this tight before,” said Tomas R. Varga, a planner.'
		);
		expect(drafts[0]?.answer).toBe('Tomas R. Varga');
	});

	// Issue 11, blind judge: a rival the quote itself rules out ("As a mother …" beside a man).
	it('offers no rival whose gender the quote rules out', () => {
		const { drafts } = quotesFrom(
			'“As a mother of three, I will not let this library close its doors,” Lopez said.'
		);
		expect(drafts[0]?.answer).toBe('Lopez');
		expect(drafts[0]?.options ?? []).not.toContain('Cho');
	});

	// Issue 11, blind judge: "Who said: “I was shocked to see that level”?" is trivia without
	// the sentence around it.
	it('asks nothing of a quote that points outside itself', () => {
		expect(quotesFrom('“I was shocked to see that level,” said Ben Cho.').drafts).toEqual([]);
		expect(
			quotesFrom('“The library is one of the better ones, honestly,” Ortiz said.').drafts
		).toEqual([]);
		expect(quotesFrom('“We tried out that once with the old budget,” Diaz said.').drafts).toEqual(
			[]
		);
	});

	it('accepts a speaker named before the quote', () => {
		const { drafts } = quotesFrom('Carla Diaz said: “The trial has to come before the money.”');
		expect(drafts[0]?.answer).toBe('Carla Diaz');
	});

	it('resolves "she said" to the one person named in the sentence before, citing both', () => {
		const text =
			'Ana Ortiz defended the budget. “Every school will get its roof repaired first,” she said.';
		const { drafts } = quotesFrom(text);
		expect(drafts[0]?.answer).toBe('Ana Ortiz');
		expect(drafts[0]?.evidence.start).toBe(0);
		expect(text.slice(drafts[0]?.evidence.start, drafts[0]?.evidence.end)).toContain('she said');
	});

	it('refuses "she said" resolved to a man, or to a person of unknown gender (issue 11)', () => {
		const man =
			'Ben Cho defended the budget. “Every school will get its roof repaired first,” she said.';
		expect(quotesFrom(man).drafts).toEqual([]);
		const unknown =
			'Kim Sato defended the budget. “Every school will get its roof repaired first,” she said.';
		expect(quotesFrom(unknown).drafts).toEqual([]);
	});

	it('refuses a pronoun speaker when two people could be meant', () => {
		const text =
			'Ana Ortiz met Ben Cho on Monday. “Every school will get its roof repaired first,” she said.';
		expect(quotesFrom(text).drafts).toEqual([]);
	});

	it('ignores short scare quotes and quotes inside reported speech', () => {
		const text =
			'Ben Cho called the plan “a mess” and claimed that Ana Ortiz had promised “every school will get a new roof soon” in private.';
		expect(quotesFrom(text).drafts).toEqual([]);
	});
});

describe('quote attribution on unseen shapes', () => {
	it('never offers half of a two-word place as a speaker', () => {
		const paragraphs = [
			CAST,
			'The city of Porto Alegre hired Ana Ortiz. “Every model of the river was wrong about this,” Ortiz said.'
		];
		const analysis = analyseArticle({ title: 'T', paragraphs });
		const drafts = quoteQuestions({ analysis, seed: 0 });
		expect(drafts[0]?.answer).toBe('Ortiz');
		expect(drafts[0]?.options).not.toContain('Alegre');
		for (const o of drafts[0]?.options ?? [])
			expect(['Ortiz', 'Cho', 'Diaz', 'Lopez']).toContain(o);
	});

	it('ignores an answer to an interviewer that opens with "Because" or "And"', () => {
		const text = '“Because the river has risen faster than every model predicted,” Cho said.';
		expect(quotesFrom(text).drafts).toEqual([]);
	});

	it('refuses "she said" when the sentence before has a place, not a person, as subject', () => {
		const text =
			'Last month Porto Alegre appointed Ana Ortiz to lead it. “The walls will not hold another flood,” she said.';
		expect(quotesFrom(text).drafts).toEqual([]);
	});

	// Blind judge (issue 11): the only man among three women is picked without reading.
	it('types the speaker rather than offer him as the only man among women', () => {
		const { drafts } = quotesFrom('“We will not close a single library this year,” Cho said.');
		expect(drafts[0]?.answer).toBe('Cho');
		expect(drafts[0]?.kind).toBe('short_answer');
	});
});
