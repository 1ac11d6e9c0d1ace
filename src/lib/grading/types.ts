/**
 * Questions as the grader sees them: only what is needed to score an answer (options, the key,
 * accepted answers, points). Prompts, explanations and evidence live with the quiz, not here, so
 * this module stays pure and the key can be kept server-side in one obvious place.
 */

export const QUESTION_KINDS = [
	'multiple_choice',
	'multi_select',
	'true_false',
	'short_answer',
	'cloze',
	'ordering',
	'evidence_pair',
	'quote_attribution'
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface ChoiceOption {
	id: string;
	text: string;
}

/** One single-answer choice: a multiple-choice question, or one part of an evidence pair. */
export interface SingleChoice {
	options: ChoiceOption[];
	correctOptionId: string;
}

interface QuestionBase {
	id: string;
	/** Full marks for the question; partial credit earns a fraction of it. */
	points: number;
}

export interface MultipleChoiceQuestion extends QuestionBase, SingleChoice {
	kind: 'multiple_choice';
}

/** "Who said this?": the options are the people quoted in the article. */
export interface QuoteAttributionQuestion extends QuestionBase, SingleChoice {
	kind: 'quote_attribution';
	quote: string;
}

export interface MultiSelectQuestion extends QuestionBase {
	kind: 'multi_select';
	options: ChoiceOption[];
	correctOptionIds: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
	kind: 'true_false';
	correct: boolean;
}

export interface ShortAnswerQuestion extends QuestionBase {
	kind: 'short_answer';
	/** Any of these is right; a number is read as a number ("97%" = "ninety-seven percent"). */
	acceptedAnswers: string[];
}

export interface ClozeBlank {
	acceptedAnswers: string[];
}

/** A passage with gaps; each blank is worth an equal share of the points. */
export interface ClozeQuestion extends QuestionBase {
	kind: 'cloze';
	blanks: ClozeBlank[];
}

/** Put events in order. `items` is stored in the correct order and shown shuffled. */
export interface OrderingQuestion extends QuestionBase {
	kind: 'ordering';
	items: ChoiceOption[];
}

/**
 * Two-part evidence item (as in state tests: Part A asks a claim, Part B the evidence for it).
 * Part B only counts when Part A is right: see gradeEvidencePair for the split.
 */
export interface EvidencePairQuestion extends QuestionBase {
	kind: 'evidence_pair';
	partA: SingleChoice;
	partB: SingleChoice;
}

export type Question =
	| MultipleChoiceQuestion
	| MultiSelectQuestion
	| TrueFalseQuestion
	| ShortAnswerQuestion
	| ClozeQuestion
	| OrderingQuestion
	| EvidencePairQuestion
	| QuoteAttributionQuestion;

export type QuestionOfKind<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** What a student's answer looks like for each kind, once parsed by parseResponse. */
export interface ResponseByKind {
	/** The chosen option id. */
	multiple_choice: string;
	quote_attribution: string;
	/** The chosen option ids, without repeats. */
	multi_select: string[];
	true_false: boolean;
	short_answer: string;
	/** One answer per blank, in blank order. */
	cloze: string[];
	/** Every item id, in the order the student put them. */
	ordering: string[];
	/** Either part may still be unanswered while an attempt is in progress. */
	evidence_pair: { partA: string | null; partB: string | null };
}

export type QuestionResponse<K extends QuestionKind = QuestionKind> = ResponseByKind[K];

export interface Grade {
	/** Only true with full marks; partial credit is not "correct". */
	correct: boolean;
	/** Earned points, possibly fractional (partial credit). */
	points: number;
	maxPoints: number;
}

export interface QuestionGrade extends Grade {
	questionId: string;
}

export interface AttemptGrade {
	points: number;
	maxPoints: number;
	/** 0–100, or null when the quiz is worth nothing (no questions, or all worth 0). */
	percent: number | null;
	questions: QuestionGrade[];
}
