import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { conflicts, selectDrafts } from './rank';
import { skillTarget } from './rank-mix';
import type { Candidate } from './rules/candidate';

const draft = (over: Partial<Candidate>): Candidate => ({
	kind: 'multiple_choice',
	rule: 'cause-effect-effect',
	skill: 'cause-effect',
	prompt: 'What happened as a result of the ferry strike?',
	options: ['Shops closed early', 'The port reopened', 'Fares fell', 'Schools shut'],
	answer: 'Shops closed early',
	explanation: 'Paragraph 3 says …',
	evidence: { paragraph: 2, start: 0, end: 80 },
	sentenceKey: '2:0',
	factKey: 'strike',
	quality: 0.8,
	...over
});

const meaning = draft({
	kind: 'multiple_choice',
	rule: 'word-meaning',
	skill: 'word-meaning',
	prompt: 'As it is used in paragraph 3, what does “walkout” most nearly mean?',
	options: ['A stoppage of work', 'A short trip', 'A window display', 'A long meal'],
	answer: 'A stoppage of work',
	factKey: 'walkout'
});

describe('one evidence sentence, one answer', () => {
	it('never keeps two drafts citing one sentence', () => {
		expect(conflicts(draft({}), meaning)).toBe(true);
		expect(conflicts(draft({}), { ...meaning, sentenceKey: '5:1' })).toBe(false);
	});

	it('never keeps two drafts keyed on one answer', () => {
		const other = { ...meaning, sentenceKey: '5:1', answer: 'shops closed early.' };
		expect(conflicts(draft({}), { ...other, answer: 'Shops closed early' })).toBe(true);
	});

	it('lets true/false items share their True/False answer', () => {
		const tf = (key: string, fact: string, prompt: string) =>
			draft({
				kind: 'true_false',
				rule: 'fact-swap',
				skill: 'key-details',
				prompt,
				options: undefined,
				answer: 'False',
				sentenceKey: key,
				factKey: fact
			});
		const strike = tf('1:0', 'three', 'True or false? The ferry strike lasted three days.');
		const fares = tf('7:0', '£4', 'True or false? Council officials raised bus fares to £4.');
		expect(conflicts(strike, fares)).toBe(false);
	});

	describe('a sentence both a recall and a comprehension draft cite', () => {
		const analysis = analyseArticle({
			title: 'Ferry strike',
			paragraphs: ['The ferry crews met.', 'The union voted.', 'The walkout shut the port.']
		});
		const recall = draft({ skill: 'key-details', rule: 'fact-swap', quality: 0.95 });

		it('goes to the comprehension draft, though the recall one scores higher', () => {
			const chosen = selectDrafts([recall, meaning], analysis, 5);
			expect(chosen.map((d) => d.skill)).toEqual(['word-meaning']);
		});

		it('goes to the recall draft once the comprehension draft cannot be picked', () => {
			// No word-meaning allowed (a full share, or a teacher's mix without it): the sentence
			// would otherwise go unused and the quiz lose its only recall draft.
			const chosen = selectDrafts([recall, meaning], analysis, 5, [], { 'word-meaning': 0 });
			expect(chosen.map((d) => d.skill)).toEqual(['key-details']);
		});
	});
});

describe('skillTarget', () => {
	it('asks for every skill the sound candidates have, one per slot at most', () => {
		const six = ['central-idea', 'cause-effect', 'inference', 'sequence', 'word-meaning'] as const;
		expect(skillTarget(six, 4, 10)).toBe(5);
		expect(skillTarget(six, 4, 3)).toBe(3);
		expect(skillTarget(['word-meaning'], 4, 10)).toBe(4);
		expect(skillTarget(six, 0, 10)).toBe(0);
	});
});
