import { describe, expect, it } from 'vitest';
import { parseQuestionForm } from '$lib/quizzes/editor-form';
import type { QuestionContent } from '$lib/quizzes/types';
import { formValues, type EditorQuestion } from './editor';

const PARAGRAPHS = ['Mexico’s response was swift and unequivocal, the minister said on Monday.'];
const opts = (...texts: string[]) => texts.map((text, i) => ({ id: 'abcdefgh'[i]!, text }));

const CONTENTS: QuestionContent[] = [
	{ kind: 'multiple_choice', options: opts('Slow', 'Swift'), correctOptionId: 'b' },
	{
		kind: 'quote_attribution',
		options: opts('The minister', 'A critic'),
		correctOptionId: 'a',
		quote: 'swift'
	},
	{
		kind: 'multi_select',
		options: opts('Swift', 'Slow', 'Unequivocal'),
		correctOptionIds: ['a', 'c']
	},
	{ kind: 'true_false', correct: false },
	{ kind: 'short_answer', acceptedAnswers: ['swift', 'quick'] },
	{
		kind: 'cloze',
		blanks: [{ acceptedAnswers: ['swift', 'quick'] }, { acceptedAnswers: ['Monday'] }]
	},
	{ kind: 'ordering', items: opts('Response', 'Statement') },
	{
		kind: 'evidence_pair',
		partA: { options: opts('Slowly', 'Swiftly'), correctOptionId: 'b' },
		partBPrompt: 'Which words support your answer?',
		partB: { options: opts('swift and unequivocal', 'on Monday'), correctOptionId: 'a' }
	}
];

function question(content: QuestionContent): EditorQuestion {
	return {
		id: 7,
		prompt:
			content.kind === 'cloze'
				? 'The response was _____, said on _____.'
				: 'Who said the response was “swift”?',
		content,
		explanation: 'See paragraph 1.',
		points: 3,
		skill: 'cause-effect',
		fromGenerator: true,
		evidence: { paragraph: 0, start: 0, end: 44, quote: PARAGRAPHS[0]!.slice(0, 44) }
	};
}

describe('formValues', () => {
	it.each(CONTENTS.map((c) => [c.kind, c] as const))(
		'%s: the edit form, sent unchanged, saves the same question',
		(kind, content) => {
			const q = question(content);
			const form = new FormData();
			for (const [key, value] of Object.entries(formValues(q))) form.append(key, value);
			const result = parseQuestionForm(form, PARAGRAPHS, kind);
			expect(result).toEqual({
				ok: true,
				input: {
					kind,
					prompt: q.prompt,
					content,
					explanation: q.explanation,
					evidence: { paragraph: 0, start: 0, end: 44 },
					points: 3,
					skill: 'cause-effect'
				}
			});
		}
	);
});
