import type { ChoiceOption } from '$lib/grading/types';
import type { Skill } from '$lib/quizgen/skills';
import type { ContentKind, QuestionContent } from '$lib/quizzes/types';

/** One question as the editor shows it, with its evidence quote cut from the paragraph. */
export interface EditorQuestion {
	id: number;
	prompt: string;
	content: QuestionContent;
	explanation: string;
	points: number;
	/** The reading skill it tests; null when the teacher named none. */
	skill: Skill | null;
	fromGenerator: boolean;
	evidence: { paragraph: number; start: number; end: number; quote: string } | null;
}

/** What the editor's actions return, as the components read it. */
export interface EditorActionResult {
	action?: string;
	questionId?: number;
	message?: string;
	locked?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
}

export const KIND_LABELS: Record<ContentKind, string> = {
	multiple_choice: 'Multiple choice',
	multi_select: 'Multi-select',
	true_false: 'True/false',
	short_answer: 'Short answer',
	cloze: 'Cloze',
	ordering: 'Ordering',
	evidence_pair: 'Two-part evidence',
	quote_attribution: 'Who said it'
};

const lines = (options: ChoiceOption[]) => options.map((o) => o.text).join('\n');
const numberOf = (options: ChoiceOption[], id: string) =>
	String(options.findIndex((o) => o.id === id) + 1);

/** The edit form's starting values: the stored question in the form's own notation. */
export function formValues(question: EditorQuestion): Record<string, string> {
	const values: Record<string, string> = {
		kind: question.content.kind,
		prompt: question.prompt,
		explanation: question.explanation,
		points: String(question.points),
		skill: question.skill ?? '',
		evidenceParagraph: question.evidence ? String(question.evidence.paragraph + 1) : '',
		evidenceQuote: question.evidence?.quote ?? ''
	};
	const c = question.content;
	switch (c.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return {
				...values,
				options: lines(c.options),
				correct: numberOf(c.options, c.correctOptionId)
			};
		case 'multi_select':
			return {
				...values,
				options: lines(c.options),
				correct: c.correctOptionIds.map((id) => numberOf(c.options, id)).join(', ')
			};
		case 'true_false':
			return { ...values, correct: String(c.correct) };
		case 'short_answer':
			return { ...values, answers: c.acceptedAnswers.join('\n') };
		case 'cloze':
			return { ...values, answers: c.blanks.map((b) => b.acceptedAnswers.join(' | ')).join('\n') };
		case 'ordering':
			return { ...values, options: lines(c.items) };
		case 'evidence_pair':
			return {
				...values,
				options: lines(c.partA.options),
				correct: numberOf(c.partA.options, c.partA.correctOptionId),
				partBPrompt: c.partBPrompt,
				partBOptions: lines(c.partB.options),
				partBCorrect: numberOf(c.partB.options, c.partB.correctOptionId)
			};
	}
}
