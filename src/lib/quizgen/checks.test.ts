import { describe, it, expect } from 'vitest';
import { structuralProblems } from './checks';
import type { QuestionDraft } from './types';

const article = {
	title: 'T',
	paragraphs: ['Trump claimed the US had disrupted 97% of drugs entering by sea.']
};
const sentence = article.paragraphs[0] ?? '';
const good: QuestionDraft = {
	kind: 'multiple_choice',
	prompt: 'Which percentage completes this sentence? “Trump claimed the US had disrupted _____ …”',
	options: ['97%', '49%', '73%', '24%'],
	answer: '97%',
	explanation: 'Paragraph 1 says: “…”, so the answer is 97%.',
	evidence: { paragraph: 0, start: 0, end: sentence.length },
	skill: 'key-details',
	rule: 'test',
	score: 1
};

describe('structural checks', () => {
	it('accepts a sound draft', () => {
		expect(structuralProblems(good, article)).toEqual([]);
	});

	it('catches evidence that is out of range or misses the answer', () => {
		const outside = { ...good, evidence: { paragraph: 3, start: 0, end: 5 } };
		expect(structuralProblems(outside, article)).toEqual(['evidence paragraph does not exist']);
		const short = { ...good, evidence: { paragraph: 0, start: 0, end: 12 } };
		expect(structuralProblems(short, article)).toContain('answer not in evidence');
	});

	it('catches repeated, missing or too few options and an answer in the prompt', () => {
		const repeated = { ...good, options: ['97%', '97 %', '49%'] };
		expect(structuralProblems(repeated, article)).toContain('A: options repeat');
		const missing = { ...good, options: ['49%', '73%', '24%'] };
		expect(structuralProblems(missing, article)).toContain(
			'A: answer not among the options exactly once'
		);
		expect(structuralProblems({ ...good, options: ['97%', '49%'] }, article)).toContain(
			'A: 2 options'
		);
		const leaky = { ...good, prompt: 'Was it 97%?' };
		expect(structuralProblems(leaky, article)).toContain('answer in prompt');
	});

	it('catches a key that gives itself away by its length (a blind judge picked it unread)', () => {
		const long = 'Trump claimed the US had disrupted 97% of drugs entering by sea';
		const tell = {
			...good,
			prompt: 'Which of these did the article report?',
			options: ['Ships were seen.', long, 'Ports closed early.', 'Talks went on.'],
			answer: long,
			skill: 'sequence' as const
		};
		expect(structuralProblems(tell, article)).toContain('A: the answer is by far the longest');
		const even = {
			...tell,
			options: [long, 'Officials in the region said many ships had turned back']
		};
		expect(
			structuralProblems({ ...even, options: [...even.options, 'Ports closed early.'] }, article)
		).not.toContain('A: the answer is by far the longest');
	});

	it('checks that a cloze blank restores its sentence and that true/false matches', () => {
		const cloze: QuestionDraft = {
			...good,
			kind: 'cloze',
			options: undefined,
			prompt:
				'Fill in the blank: Trump claimed the US had disrupted _____ of drugs entering by air.'
		};
		expect(structuralProblems(cloze, article)).toContain('cloze does not restore its sentence');
		const wrongTrue = {
			...good,
			kind: 'true_false' as const,
			answer: 'True',
			prompt: 'True or false? Nothing.'
		};
		expect(structuralProblems(wrongTrue, article)).toEqual(['true statement is not the evidence']);
	});

	it('rejects a True statement that copies its sentence, and keeps a restatement', () => {
		const copied = { ...good, kind: 'true_false' as const, answer: 'True', options: undefined };
		const copy = { ...copied, prompt: `True or false? ${sentence}` };
		expect(structuralProblems(copy, article)).toEqual(['true statement copies the evidence']);
		const turned = {
			...copied,
			prompt:
				'True or false? According to Trump, the US had disrupted 97% of drugs entering by sea.'
		};
		expect(structuralProblems(turned, article)).toEqual([]);
	});
});
