import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { generateQuiz } from './generate';
import { shortfallNotes } from './notes';
import type { QuestionDraft } from './types';
import { wordCount } from './text';

/** A long, plain description: no causes, positions, dates, claims or shares to ask about. */
const plainTour = {
	title: 'A Walk Around Elm Park',
	paragraphs: Array.from({ length: 12 }, (_, i) =>
		[
			`The path along the eastern edge of the park passes a row of old oak trees and a small pond number ${i + 1}.`,
			'Wooden benches stand beside the water, and a narrow bridge crosses the stream near the gate.',
			'A gravel track leads from the bridge to the rose garden, where the beds are laid out in circles.',
			'Beyond the garden there is a lawn with a bandstand, a café and a playground for young children.'
		].join(' ')
	)
};

describe('notes on a long article with few skills', () => {
	it('says which skills had nothing sound and what each needs', () => {
		const words = plainTour.paragraphs.reduce((n, p) => n + wordCount(p), 0);
		expect(words).toBeGreaterThanOrEqual(400);
		const { drafts, notes } = generateQuiz(plainTour);
		const shown = new Set(drafts.slice(0, 10).map((d) => d.skill)).size;
		expect(shown).toBeLessThan(4);
		const note = notes.find((n) => n.startsWith('The first questions test'));
		expect(note).toMatch(new RegExp(`^The first questions test ${shown} reading skills?, not 4: `));
		expect(note).toMatch(/sequence \(it needs three or more events dated in different years\)/);
		if (shown === 1) expect(note).not.toMatch(/1 reading skills/);
	});
});

describe('notes on a quiz held to three word-meaning questions in ten', () => {
	it('says word meaning is capped when it is what held the quiz short', () => {
		const article = {
			title: 'T',
			paragraphs: ['The council met on Monday to discuss the budget.']
		};
		const meaning = (i: number): QuestionDraft => ({
			kind: 'multiple_choice',
			prompt: `Word ${i}?`,
			options: ['a', 'b', 'c', 'd'],
			answer: 'a',
			explanation: '…',
			evidence: { paragraph: 0, start: 0, end: 10 },
			skill: 'word-meaning',
			rule: 'word-meaning',
			score: 1
		});
		const drafts = [
			meaning(1),
			meaning(2),
			meaning(3),
			{ ...meaning(4), skill: 'central-idea' as const }
		];
		const notes = shortfallNotes({ article, analysis: analyseArticle(article), drafts, count: 10 });
		expect(notes).toContain(
			'Word-meaning questions are kept to 3 in every 10, so that the quiz is not a vocabulary list.'
		);
	});
});
