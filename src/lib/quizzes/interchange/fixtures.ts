import type { PortableQuestion, PortableQuiz } from './types';

/** Text that breaks careless writers: markup, entities, quotes and GIFT's special characters. */
export const HOSTILE = `<script>alert("x")</script> & 'q' ~=#{}: \\ */ -> 50%`;

const opts = (...texts: string[]) => texts.map((text, i) => ({ id: 'abcdefgh'[i]!, text }));

/** One question of every kind, written for these tests (not from the corpus). */
export function everyKind(): PortableQuestion[] {
	const evidence = { paragraph: 1, quote: 'The council voted 7 to 2 on Tuesday.' };
	const base = { explanation: 'The vote is in paragraph 2.', points: 1, skill: null, evidence };
	return [
		{
			...base,
			prompt: `How did the council vote? ${HOSTILE}`,
			skill: 'key-details',
			content: {
				kind: 'multiple_choice',
				options: opts('7 to 2', `6 to 3 ${HOSTILE}`, '9 to 0'),
				correctOptionId: 'a'
			}
		},
		{
			...base,
			prompt: 'Who said “Buses will be faster for 12,000 riders”?',
			skill: 'point-of-view',
			content: {
				kind: 'quote_attribution',
				options: opts('Ana Ruiz', 'Tom Berg'),
				correctOptionId: 'a',
				quote: 'Buses will be faster for 12,000 riders'
			}
		},
		{
			...base,
			prompt: 'Which two are true?',
			points: 3,
			skill: 'inference',
			content: {
				kind: 'multi_select',
				options: opts('March', 'Main Street', 'June'),
				correctOptionIds: ['a', 'b']
			}
		},
		{
			...base,
			prompt: 'The lanes open in June.',
			skill: 'key-details',
			content: { kind: 'true_false', correct: false }
		},
		{
			...base,
			prompt: 'What street gets the lanes?',
			skill: null,
			evidence: null,
			explanation: '',
			content: {
				kind: 'short_answer',
				acceptedAnswers: ['Main Street', 'Main St*', `a ${HOSTILE}`]
			}
		},
		{
			...base,
			prompt: 'The lanes will cost _____ and open in March.',
			skill: 'key-details',
			content: {
				kind: 'cloze',
				blanks: [{ acceptedAnswers: ['$4 million', 'four million dollars'] }]
			}
		},
		{
			...base,
			prompt: 'Put these in order.',
			skill: 'sequence',
			content: { kind: 'ordering', items: opts('Vote', 'Cost announced', `Lanes open ${HOSTILE}`) }
		},
		{
			...base,
			prompt: 'What do critics fear?',
			skill: 'claim-evidence',
			content: {
				kind: 'evidence_pair',
				partA: { options: opts('Lost parking', 'Slower buses'), correctOptionId: 'a' },
				partBPrompt: 'Which sentence best supports your answer?',
				partB: {
					options: opts('Critics argued that shops would lose parking.', 'The council voted.'),
					correctOptionId: 'a'
				}
			}
		}
	];
}

export function quizOf(questions: PortableQuestion[]): PortableQuiz {
	return {
		title: `Bus lanes ${HOSTILE}`,
		article: {
			title: 'Bus lanes & parking',
			paragraphs: [
				'Town Council Approves New Bus Lanes',
				'The council voted 7 to 2 on Tuesday.',
				`Critics argued that shops would lose parking. ${HOSTILE}`
			]
		},
		questions
	};
}
