import { describe, expect, it } from 'vitest';
import { conflicts } from './rank';
import type { Candidate } from './rules/candidate';

// Three drafts of one quiz in the judged shape, our own words: a word-meaning prompt quotes a
// sentence naming the inventor beside the invention, which answers "Who showed …?", whose
// prompt in turn prints the city a true/false item swapped out.
const base = { explanation: 'Paragraph 2 says: “…”, so …', quality: 0.8 };
const meaning: Candidate = {
	...base,
	kind: 'multiple_choice',
	skill: 'word-meaning',
	rule: 'word-meaning',
	prompt:
		'In paragraph 6, the article says: “Halloran admitted that his steam lamp was too dim for a reading room.” As it is used in this sentence, what does “admit” most nearly mean?',
	options: ['Confess to be true', 'Allow to enter', 'Give a place to', 'Make known'],
	answer: 'Confess to be true',
	evidence: { paragraph: 5, start: 0, end: 70 },
	sentenceKey: '5:1',
	factKey: 'admit'
};
const who: Candidate = {
	...base,
	kind: 'multiple_choice',
	skill: 'key-details',
	rule: 'who-did',
	prompt: 'Who showed his steam lamp at the Lyon Trade Fair in 1887?',
	options: ['Martin Halloran', 'Peter Quist', 'Anne Dorsey'],
	answer: 'Martin Halloran',
	evidence: { paragraph: 5, start: 0, end: 60 },
	sentenceKey: '5:0',
	factKey: 'martin halloran'
};
const trueFalse: Candidate = {
	...base,
	kind: 'true_false',
	skill: 'key-details',
	rule: 'fact-swap',
	prompt: 'True or false? In the 1880s, the steam lamp first lit the shop windows of Turin.',
	answer: 'False',
	evidence: { paragraph: 4, start: 0, end: 70 },
	sentenceKey: '4:0',
	factKey: 'lyon',
	swapKey: 'turin'
};

describe('cross-question giveaways', () => {
	it('keeps apart a name key and a draft printing its surname beside its topic', () => {
		expect(conflicts(meaning, who)).toBe(true);
		expect(conflicts(who, meaning)).toBe(true);
	});

	it('keeps apart a true/false item and a draft printing its real value beside its topic', () => {
		expect(conflicts(who, trueFalse)).toBe(true);
	});

	it('lets a name printed on another topic stand', () => {
		const other = { ...meaning, prompt: meaning.prompt.replace('steam lamp', 'violin') };
		const elsewhere = { ...other, prompt: other.prompt.replace('reading room', 'concert hall') };
		expect(conflicts(elsewhere, who)).toBe(false);
	});
});
