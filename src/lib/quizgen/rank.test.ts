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
