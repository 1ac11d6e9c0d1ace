import { describe, expect, it } from 'vitest';
import { localToUtc, parseAssignForm } from './assign-form';
import { parseQuestionForm } from './editor-form';

const PARAGRAPHS = [
	'The minister said the plan would cost “about 40 billion” over ten years.',
	'Critics in the capital called it a reckless gamble with public money.'
];

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
	}
	return data;
}

const base = {
	prompt: 'How much would the plan cost?',
	explanation: 'Paragraph 1 gives the figure.',
	points: '2',
	evidenceParagraph: '1',
	evidenceQuote: 'would cost "about 40 billion"'
};

function parse(
	fields: Record<string, string | string[]>,
	kind?: Parameters<typeof parseQuestionForm>[2]
) {
	return parseQuestionForm(form({ ...base, ...fields }), PARAGRAPHS, kind);
}

function errorsOf(fields: Record<string, string | string[]>) {
	const result = parse(fields);
	expect(result.ok).toBe(false);
	return result.ok ? {} : result.errors;
}

describe('parseQuestionForm: each kind', () => {
	it('reads a multiple-choice question with its evidence offsets in the original text', () => {
		const result = parse({
			kind: 'multiple_choice',
			options: 'About 4 billion\nAbout 40 billion\n\n',
			correct: '2'
		});
		expect(result).toEqual({
			ok: true,
			input: {
				kind: 'multiple_choice',
				prompt: base.prompt,
				content: {
					kind: 'multiple_choice',
					options: [
						{ id: 'a', text: 'About 4 billion' },
						{ id: 'b', text: 'About 40 billion' }
					],
					correctOptionId: 'b'
				},
				explanation: base.explanation,
				evidence: { paragraph: 0, start: 27, end: 56 },
				points: 2,
				skill: null
			}
		});
		expect(PARAGRAPHS[0]!.slice(27, 56)).toBe('would cost “about 40 billion”');
	});

	it('keeps the skill the teacher chose', () => {
		const result = parse({ kind: 'true_false', correct: 'true', skill: 'inference' });
		expect(result.ok && result.input.skill).toBe('inference');
	});

	it('reads a multi-select question with several correct numbers', () => {
		const result = parse({ kind: 'multi_select', options: 'A\nB\nC', correct: '1, 3' });
		expect(result.ok && result.input.content).toEqual({
			kind: 'multi_select',
			options: [
				{ id: 'a', text: 'A' },
				{ id: 'b', text: 'B' },
				{ id: 'c', text: 'C' }
			],
			correctOptionIds: ['a', 'c']
		});
	});

	it('reads true and false', () => {
		const yes = parse({ kind: 'true_false', correct: 'true' });
		const no = parse({ kind: 'true_false', correct: 'false' });
		expect(yes.ok && yes.input.content).toEqual({ kind: 'true_false', correct: true });
		expect(no.ok && no.input.content).toEqual({ kind: 'true_false', correct: false });
	});

	it('reads short-answer accepted answers, one per line', () => {
		const result = parse({ kind: 'short_answer', answers: ' 40 billion \nforty billion' });
		expect(result.ok && result.input.content).toEqual({
			kind: 'short_answer',
			acceptedAnswers: ['40 billion', 'forty billion']
		});
	});

	it('reads a cloze with one line per blank and | between alternatives', () => {
		const result = parse({
			kind: 'cloze',
			prompt: 'The plan would cost about _____ over _____ years.',
			answers: '40 billion | forty billion\nten|10'
		});
		expect(result.ok && result.input.content).toEqual({
			kind: 'cloze',
			blanks: [
				{ acceptedAnswers: ['40 billion', 'forty billion'] },
				{ acceptedAnswers: ['ten', '10'] }
			]
		});
	});

	it('reads ordering items in the correct order', () => {
		const result = parse({ kind: 'ordering', options: 'First\nSecond\nThird' });
		expect(result.ok && result.input.content).toEqual({
			kind: 'ordering',
			items: [
				{ id: 'a', text: 'First' },
				{ id: 'b', text: 'Second' },
				{ id: 'c', text: 'Third' }
			]
		});
	});

	it('reads a two-part evidence question', () => {
		const result = parse({
			kind: 'evidence_pair',
			options: 'Cheap\nExpensive',
			correct: '2',
			partBPrompt: 'Which sentence supports your answer?',
			partBOptions: 'It costs 40 billion.\nCritics called it a gamble.',
			partBCorrect: '1'
		});
		expect(result.ok && result.input.content).toEqual({
			kind: 'evidence_pair',
			partA: {
				options: [
					{ id: 'a', text: 'Cheap' },
					{ id: 'b', text: 'Expensive' }
				],
				correctOptionId: 'b'
			},
			partBPrompt: 'Which sentence supports your answer?',
			partB: {
				options: [
					{ id: 'a', text: 'It costs 40 billion.' },
					{ id: 'b', text: 'Critics called it a gamble.' }
				],
				correctOptionId: 'a'
			}
		});
	});

	it('keeps a stored kind when editing, whatever the form says, and reads the quote', () => {
		const result = parse(
			{
				kind: 'true_false',
				prompt: 'Who said “a reckless gamble”?',
				options: 'Critics\nThe minister',
				correct: '1'
			},
			'quote_attribution'
		);
		expect(result.ok && result.input.content).toMatchObject({
			kind: 'quote_attribution',
			quote: 'a reckless gamble',
			correctOptionId: 'a'
		});
	});
});

describe('parseQuestionForm: messages', () => {
	const mc = { kind: 'multiple_choice', options: 'A\nB', correct: '1' };
	it.each([
		[{ kind: 'essay' }, 'kind', 'Choose the kind of question.'],
		[{ ...mc, prompt: '  ' }, 'prompt', 'Write the question.'],
		[{ ...mc, prompt: 'x'.repeat(1001) }, 'prompt', 'A question has at most 1,000 characters.'],
		[{ ...mc, options: 'Only one' }, 'options', 'Give at least 2 options.'],
		[{ ...mc, options: 'abcdefghi'.split('').join('\n') }, 'options', 'Give at most 8 options.'],
		[
			{ ...mc, options: `A\n${'x'.repeat(301)}` },
			'options',
			'Each option has at most 300 characters.'
		],
		[{ ...mc, options: 'A\nA' }, 'options', 'Each option must be different.'],
		[{ ...mc, skill: 'spelling' }, 'skill', 'Choose one of the listed skills, or none.'],
		[{ ...mc, correct: '' }, 'correct', 'Mark which option is correct.'],
		[{ ...mc, correct: '1, 2' }, 'correct', 'Mark only one correct option.'],
		[{ ...mc, correct: '3' }, 'correct', 'Use an option number from 1 to 2.'],
		[{ ...mc, correct: 'b' }, 'correct', 'Use an option number from 1 to 2.'],
		[{ kind: 'multi_select', options: 'A\nB' }, 'correct', 'Mark at least one correct option.'],
		[
			{ kind: 'true_false', correct: 'maybe' },
			'correct',
			'Choose whether the statement is true or false.'
		],
		[{ kind: 'short_answer', answers: '\n \n' }, 'answers', 'Give at least one accepted answer.'],
		[
			{ kind: 'short_answer', answers: 'x'.repeat(301) },
			'answers',
			'Each answer has at most 300 characters.'
		],
		[
			{ kind: 'cloze', prompt: 'No blank here.', answers: 'x' },
			'prompt',
			'A cloze prompt needs a _____ blank for each answer.'
		],
		[
			{ kind: 'cloze', prompt: 'One _____ and _____.', answers: 'x' },
			'prompt',
			'A cloze prompt needs a _____ blank for each answer.'
		],
		[
			{ kind: 'cloze', prompt: 'One _____.', answers: ' | ' },
			'answers',
			'Give at least one answer for each blank.'
		],
		[
			{ kind: 'ordering', options: 'Alone' },
			'options',
			'List at least 2 items, in the correct order.'
		],
		[
			{
				kind: 'evidence_pair',
				options: 'A\nB',
				correct: '1',
				partBOptions: 'C\nD',
				partBCorrect: '2'
			},
			'partBPrompt',
			'Write the question.'
		],
		[
			{
				kind: 'evidence_pair',
				options: 'A\nB',
				correct: '1',
				partBPrompt: 'Why?',
				partBOptions: 'C'
			},
			'partBOptions',
			'Give at least 2 options.'
		],
		[
			{
				kind: 'evidence_pair',
				options: 'A\nB',
				correct: '1',
				partBPrompt: 'Why?',
				partBOptions: 'C\nD'
			},
			'partBCorrect',
			'Mark which option is correct.'
		],
		[
			{ ...mc, explanation: 'x'.repeat(1001) },
			'explanation',
			'An explanation has at most 1,000 characters.'
		],
		[{ ...mc, points: '0' }, 'points', 'Points are a whole number from 1 to 10.'],
		[{ ...mc, points: '11' }, 'points', 'Points are a whole number from 1 to 10.'],
		[{ ...mc, points: '1.5' }, 'points', 'Points are a whole number from 1 to 10.'],
		[{ ...mc, points: 'two' }, 'points', 'Points are a whole number from 1 to 10.'],
		[{ ...mc, evidenceParagraph: '' }, 'evidenceParagraph', 'Give a paragraph number from 1 to 2.'],
		[
			{ ...mc, evidenceParagraph: '3' },
			'evidenceParagraph',
			'Give a paragraph number from 1 to 2.'
		],
		[
			{ ...mc, evidenceQuote: ' ' },
			'evidenceQuote',
			'Copy the words from the paragraph that support the answer, or select them in the article.'
		],
		[
			{ ...mc, evidenceQuote: 'cost' },
			'evidenceQuote',
			'Quote at least 3 words, so the evidence makes sense on its own.'
		],
		[
			{ ...mc, evidenceQuote: 'x '.repeat(201) },
			'evidenceQuote',
			'Quote at most 400 characters: only the words that support the answer.'
		],
		[
			{ ...mc, evidenceQuote: 'a reckless gamble' },
			'evidenceQuote',
			'Those words are not in paragraph 1; they are in paragraph 2.'
		],
		[
			{ ...mc, evidenceQuote: 'over ten years. Critics in the capital' },
			'evidenceQuote',
			'Those words run from paragraph 1 into paragraph 2. Quote from one paragraph.'
		],
		[
			{ ...mc, evidenceQuote: 'nothing like this is written' },
			'evidenceQuote',
			'Those words are not in the article. Check the wording, or select them in the article.'
		]
	])('%o → %s: %s', (fields, field, message) => {
		expect(errorsOf(fields as Record<string, string>)[field as 'prompt']).toBe(message);
	});

	it('refuses a field sent twice and keeps what was typed', () => {
		const result = parse({ ...mc, prompt: ['One?', 'Two?'] });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.prompt).toBe('Send this field once, as text.');
		expect(result.values.options).toBe('A\nB');
	});

	it('reports every field at once', () => {
		const errors = errorsOf({
			kind: 'multiple_choice',
			prompt: '',
			options: '',
			points: '',
			evidenceParagraph: ''
		});
		expect(Object.keys(errors).sort()).toEqual([
			'correct',
			'evidenceParagraph',
			'options',
			'points',
			'prompt'
		]);
	});
});

const NOW = Date.UTC(2026, 2, 14, 9, 0);
const assign = {
	classId: '3',
	opensAt: '2026-03-14T10:00',
	dueAt: '2026-03-21T15:30',
	tzOffset: '-60',
	attemptsAllowed: '2',
	counts: 'last',
	timeLimit: '10',
	feedback: 'after_due',
	shuffleQuestions: 'on',
	acceptLate: 'on'
};

function assignErrors(fields: Record<string, string>) {
	const result = parseAssignForm(form({ ...assign, ...fields }), NOW);
	expect(result.ok).toBe(false);
	return result.ok ? {} : result.errors;
}

describe('parseAssignForm', () => {
	it('turns local times and the browser offset into UTC, and reads the settings', () => {
		const result = parseAssignForm(form(assign), NOW);
		expect(result.ok && result.assignment).toEqual({
			classId: 3,
			opensAt: Date.UTC(2026, 2, 14, 9, 0),
			dueAt: Date.UTC(2026, 2, 21, 14, 30),
			settings: {
				attemptsAllowed: 2,
				counts: 'last',
				timeLimitMinutes: 10,
				shuffleQuestions: true,
				shuffleOptions: false,
				feedback: 'after_due',
				acceptLate: true,
				guidedReading: false
			}
		});
	});

	it('opens now when no opening time is given; no due date, unlimited, untimed; offset 0 without JS', () => {
		const fields = {
			...assign,
			opensAt: '',
			dueAt: '',
			attemptsAllowed: 'unlimited',
			timeLimit: ''
		};
		const { tzOffset: _tz, ...withoutOffset } = fields;
		const result = parseAssignForm(form(withoutOffset), NOW);
		expect(result.ok && result.assignment).toMatchObject({
			opensAt: NOW,
			dueAt: null,
			settings: { attemptsAllowed: null, timeLimitMinutes: null }
		});
		expect(localToUtc('2026-03-14T09:00', 0)).toBe(NOW);
		expect(localToUtc('2026-02-30T09:00', 0)).toBeNull();
	});

	it.each([
		[{ classId: '' }, 'classId', 'Choose a class.'],
		[{ opensAt: 'tomorrow' }, 'opensAt', 'Give the opening date and time, like 2026-03-14 09:00.'],
		[{ dueAt: '2026-13-01T10:00' }, 'dueAt', 'Give the due date and time, like 2026-03-21 15:00.'],
		[{ dueAt: '2026-03-13T10:00' }, 'dueAt', 'The due date is before the opening date.'],
		[{ attemptsAllowed: '11' }, 'attemptsAllowed', 'Choose 1 to 10 attempts, or unlimited.'],
		[{ counts: 'first' }, 'counts', 'Choose which attempt counts.'],
		[{ timeLimit: '0' }, 'timeLimit', 'A time limit is a whole number of minutes from 1 to 300.'],
		[{ timeLimit: '301' }, 'timeLimit', 'A time limit is a whole number of minutes from 1 to 300.'],
		[{ timeLimit: '2.5' }, 'timeLimit', 'A time limit is a whole number of minutes from 1 to 300.'],
		[{ feedback: 'sometimes' }, 'feedback', 'Choose when students see feedback.']
	])('%o → %s: %s', (fields, field, message) => {
		expect(assignErrors(fields)[field]).toBe(message);
	});

	it('keeps the ticked boxes in the values it sends back', () => {
		const result = parseAssignForm(form({ ...assign, classId: 'x' }), NOW);
		expect(!result.ok && result.values).toMatchObject({
			shuffleQuestions: 'on',
			shuffleOptions: '',
			acceptLate: 'on'
		});
	});
});
