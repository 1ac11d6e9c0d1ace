import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { generateQuiz } from './generate';
import { shortfallNotes } from './notes';
import type { Skill } from './skills';
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
	const words = plainTour.paragraphs.reduce((n, p) => n + wordCount(p), 0);
	const analysis = analyseArticle(plainTour);
	const idea: QuestionDraft = {
		kind: 'multiple_choice',
		prompt: 'Which statement best expresses the central idea of the article?',
		options: ['a', 'b', 'c', 'd'],
		answer: 'a',
		explanation: '…',
		evidence: { paragraph: 0, start: 0, end: 10 },
		skill: 'central-idea',
		rule: 'central-idea-lede',
		score: 1
	};
	const notesFor = (available: Skill[]) =>
		shortfallNotes({
			article: plainTour,
			analysis,
			drafts: [idea],
			count: 10,
			available: new Set(available)
		});

	it('says which skills had nothing sound, in one short line', () => {
		expect(words).toBeGreaterThanOrEqual(400);
		const note = notesFor(['central-idea']).find((n) => n.startsWith('The first questions test'));
		expect(note).toMatch(/^The first questions test 1 reading skill, not 4: none was sound on /);
		expect(note).toMatch(/\bsequence\b/);
		// Issue 11: the note listed every missing skill with what it needs, 600 characters long.
		expect(note?.length).toBeLessThanOrEqual(200);
	});

	it('says what a missing skill needs when only one or two are missing', () => {
		const some: Skill[] = ['central-idea', 'word-meaning', 'cause-effect', 'claim-evidence'];
		const note = notesFor([...some, 'point-of-view', 'text-structure', 'inference']).at(-1);
		expect(note).toMatch(/sequence \(it needs three or more events dated in different years\)/);
	});

	it('adds no skill list to a quiz with no drafts', () => {
		const { drafts, notes } = generateQuiz(plainTour);
		if (drafts.length === 0) expect(notes.join(' ')).not.toMatch(/reading skill/);
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

// Issue 11: a quiz with no drafts was told "Recall questions are kept to a third" and "Word
// meaning is kept to 3 in every 10", neither of which had held anything back.
describe('notes say only what held the quiz short', () => {
	const article = { title: 'T', paragraphs: ['The council met on Monday to discuss the budget.'] };
	const analysis = analyseArticle(article);
	const recall = (i: number): QuestionDraft => ({
		kind: 'short_answer',
		prompt: `Who ${i}?`,
		answer: 'a',
		explanation: '…',
		evidence: { paragraph: 0, start: 0, end: 10 },
		skill: 'key-details',
		rule: 'who-did',
		score: 1
	});

	it('names no cap that held nothing back', () => {
		const notes = shortfallNotes({ article, analysis, drafts: [], count: 10, recallCap: 3 });
		expect(notes[0]).toBe('None of the 10 questions asked for met the quality bar.');
		expect(notes.join(' ')).not.toMatch(/kept to/);
	});

	it('names the recall cap when recall reached it', () => {
		const drafts = [recall(1), recall(2), recall(3)];
		const notes = shortfallNotes({ article, analysis, drafts, count: 10, recallCap: 3 });
		expect(notes).toContain(
			'Recall questions (who, what, how many) are kept to 3, so that most questions test understanding.'
		);
		const two = drafts.slice(0, 2);
		const fewer = shortfallNotes({ article, analysis, drafts: two, count: 10, recallCap: 3 });
		expect(fewer.join(' ')).not.toMatch(/kept to/);
	});
});

// Issue 11: an 850-word interview quoting one person came back empty with no reason but "none
// met the quality bar"; the reason a teacher can act on is that one voice gives no "who said".
describe('notes on an article with one voice', () => {
	it('says it quotes only one person', () => {
		const article = {
			title: 'Harbour engineer on the new sea wall',
			paragraphs: [
				'Lucía Ferreira, the harbour engineer, said the new sea wall would be finished by spring.',
				'“We have rebuilt the footings twice, and they will hold this time,” Ferreira said.'
			]
		};
		const notes = shortfallNotes({
			article,
			analysis: analyseArticle(article),
			drafts: [],
			count: 10
		});
		expect(notes).toContain(
			'It quotes only one person (Lucía Ferreira), so there are no “who said” questions and no views to compare.'
		);
	});
});
