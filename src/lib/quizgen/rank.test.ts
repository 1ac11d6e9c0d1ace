import { describe, expect, it } from 'vitest';
import { conflicts } from './rank';
import type { Candidate } from './rules/candidate';

// Two drafts from different paragraphs of one quiz: the second prints the first's key.
const base = {
	explanation: 'Paragraph 1 says: “…”, so …',
	quality: 0.8,
	skill: 'key-details' as const
};
const cloze: Candidate = {
	...base,
	kind: 'cloze',
	rule: 'cloze-fact',
	prompt: 'Fill in the blank: The council agreed to pay a _____ fee to end the contract.',
	answer: '$12 million',
	evidence: { paragraph: 2, start: 0, end: 60 },
	sentenceKey: '2:0',
	factKey: '$12 million'
};
const pair: Candidate = {
	...base,
	kind: 'evidence_pair',
	skill: 'claim-evidence',
	rule: 'evidence-pair',
	prompt: 'Part A: Who agreed to end the contract?',
	options: ['The council', 'The mayor', 'The union'],
	answer: 'The council',
	partB: {
		prompt: 'Part B: Which sentence supports the answer?',
		options: ['The council will pay a $12 million fee to the builder.', 'The mayor spoke.'],
		answer: 'The council will pay a $12 million fee to the builder.'
	},
	evidence: { paragraph: 9, start: 0, end: 50 },
	sentenceKey: '9:0',
	factKey: 'council'
};

describe('conflicts', () => {
	it('keeps apart two drafts when one prints the other’s key, in any paragraph or Part B', () => {
		expect(conflicts(cloze, pair)).toBe(true);
		expect(conflicts(pair, cloze)).toBe(true);
	});
});

describe('conflicts across a quiz', () => {
	const why: Candidate = {
		...base,
		kind: 'multiple_choice',
		skill: 'cause-effect',
		rule: 'cause-effect-cause',
		prompt: 'According to paragraph 3, why did the bakery close early?',
		options: [
			'The ovens failed during the storm on Friday night.',
			'The wind rose above gale force.',
			'The engine of the only boat broke down.'
		],
		answer: 'The ovens failed during the storm on Friday night.',
		evidence: { paragraph: 3, start: 0, end: 80 },
		sentenceKey: '3:0',
		factKey: 'bakery'
	};
	const central: Candidate = {
		...base,
		kind: 'multiple_choice',
		skill: 'central-idea',
		rule: 'central-idea-lede',
		prompt: 'Which statement best expresses the central idea of the article?',
		options: [
			'Storms shut several businesses in the harbour town.',
			'The ovens failed during the storm on Friday night.',
			'The ferry timetable changed.'
		],
		answer: 'Storms shut several businesses in the harbour town.',
		evidence: { paragraph: 0, start: 0, end: 60 },
		sentenceKey: '0:0',
		factKey: 'storms'
	};

	it('keeps apart two drafts when one offers the other’s statement key as an option', () => {
		expect(conflicts(why, central)).toBe(true);
		expect(conflicts(central, why)).toBe(true);
	});
});
