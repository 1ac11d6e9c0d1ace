/** Sample questions of every kind, shared by the grading tests. */
import type { QuestionOfKind } from './types';

const options = (...ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));

export const choice: QuestionOfKind<'multiple_choice'> = {
	id: 'q1',
	kind: 'multiple_choice',
	points: 1,
	options: options('a', 'b', 'c'),
	correctOptionId: 'b'
};
export const quote: QuestionOfKind<'quote_attribution'> = {
	id: 'q2',
	kind: 'quote_attribution',
	points: 2,
	quote: '"We will rebuild."',
	options: options('mayor', 'governor'),
	correctOptionId: 'mayor'
};
export const trueFalse: QuestionOfKind<'true_false'> = {
	id: 'q3',
	kind: 'true_false',
	points: 1,
	correct: false
};
export const multi: QuestionOfKind<'multi_select'> = {
	id: 'q4',
	kind: 'multi_select',
	points: 3,
	options: options('a', 'b', 'c', 'd', 'e'),
	correctOptionIds: ['a', 'b', 'c']
};
export const short: QuestionOfKind<'short_answer'> = {
	id: 'q5',
	kind: 'short_answer',
	points: 1,
	acceptedAnswers: ['97%']
};
export const cloze: QuestionOfKind<'cloze'> = {
	id: 'q6',
	kind: 'cloze',
	points: 2,
	blanks: [{ acceptedAnswers: ['Nairobi'] }, { acceptedAnswers: ['1,200', 'about 1200'] }]
};
export const ordering: QuestionOfKind<'ordering'> = {
	id: 'q7',
	kind: 'ordering',
	points: 1,
	items: options('first', 'second', 'third', 'fourth')
};
export const pair: QuestionOfKind<'evidence_pair'> = {
	id: 'q8',
	kind: 'evidence_pair',
	points: 2,
	partA: { options: options('a1', 'a2'), correctOptionId: 'a1' },
	partB: { options: options('b1', 'b2', 'b3'), correctOptionId: 'b3' }
};
