import type { Skill } from '../quizgen/skills';
import { QUESTION_KINDS, type ChoiceOption, type SingleChoice } from '../grading/types';

/**
 * What a stored question holds beyond its prompt: the options and the key, in the grader's
 * shape. Choice options carry ids so that shuffling never changes what was chosen.
 */
export type QuestionContent =
	| { kind: 'multiple_choice'; options: ChoiceOption[]; correctOptionId: string }
	| { kind: 'quote_attribution'; options: ChoiceOption[]; correctOptionId: string; quote: string }
	| { kind: 'multi_select'; options: ChoiceOption[]; correctOptionIds: string[] }
	| { kind: 'true_false'; correct: boolean }
	| { kind: 'short_answer'; acceptedAnswers: string[] }
	| { kind: 'cloze'; blanks: { acceptedAnswers: string[] }[] }
	/** `items` in the correct order; students see them shuffled. */
	| { kind: 'ordering'; items: ChoiceOption[] }
	| { kind: 'evidence_pair'; partA: SingleChoice; partBPrompt: string; partB: SingleChoice };

export type ContentKind = QuestionContent['kind'];

/** Where in the article a question's answer is: 0-based paragraph, character offsets. */
export interface Evidence {
	paragraph: number;
	start: number;
	end: number;
}

/** What adding or editing a question takes (`addQuestion`, `updateQuestion` on the server). */
export interface QuestionInput {
	prompt: string;
	content: QuestionContent;
	explanation: string;
	evidence: Evidence | null;
	points: number;
	skill?: Skill | null;
}

export const FEEDBACK_POLICIES = ['after_submit', 'after_due', 'never'] as const;
export type FeedbackPolicy = (typeof FEEDBACK_POLICIES)[number];

export const QUIZ_STATUSES = ['draft', 'published'] as const;
export type QuizStatus = (typeof QUIZ_STATUSES)[number];

/** Who wrote a question: the generator's rules or the teacher. */
export const QUESTION_SOURCES = ['rule', 'teacher'] as const;

/** Which of a student's attempts counts in the gradebook. */
export const ATTEMPT_COUNTS = ['best', 'last'] as const;
export type AttemptCount = (typeof ATTEMPT_COUNTS)[number];

export interface AssignmentSettings {
	/** null: unlimited attempts. */
	attemptsAllowed: number | null;
	/** Which attempt counts in the gradebook. */
	counts: AttemptCount;
	/** null: untimed. The server closes a timed attempt at its deadline. */
	timeLimitMinutes: number | null;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	feedback: FeedbackPolicy;
	acceptLate: boolean;
	/** Questions at their evidence paragraph, the text after an unanswered one closed (guided.ts). */
	guidedReading?: boolean;
}

export const DEFAULT_SETTINGS: AssignmentSettings = {
	attemptsAllowed: 1,
	counts: 'best',
	timeLimitMinutes: null,
	shuffleQuestions: false,
	shuffleOptions: true,
	feedback: 'after_submit',
	acceptLate: true,
	guidedReading: false
};

/** What a student sees of a question while answering: no key, no explanation, no evidence. */
export type StudentQuestion = {
	id: number;
	position: number;
	prompt: string;
	points: number;
} & (
	| { kind: 'multiple_choice' | 'quote_attribution' | 'multi_select'; options: ChoiceOption[] }
	| { kind: 'true_false' }
	| { kind: 'short_answer' }
	| { kind: 'cloze'; blanks: number }
	| { kind: 'ordering'; items: ChoiceOption[] }
	| {
			kind: 'evidence_pair';
			partA: ChoiceOption[];
			partBPrompt: string;
			partB: ChoiceOption[];
	  }
);

/**
 * Kinds a teacher can write by hand (quote attribution comes only from the generator). Here,
 * not in editor-form.ts, so the editor page can list them without bundling zod.
 */
export const WRITABLE_KINDS = QUESTION_KINDS.filter(
	(kind): kind is Exclude<ContentKind, 'quote_attribution'> => kind !== 'quote_attribution'
);
