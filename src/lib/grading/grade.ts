import { matchesAccepted } from './match-text';
import { parseResponse } from './parse-response';
import type {
	AttemptGrade,
	ClozeQuestion,
	EvidencePairQuestion,
	Grade,
	MultiSelectQuestion,
	OrderingQuestion,
	Question,
	QuestionResponse,
	SingleChoice
} from './types';

/**
 * Every rule below returns the fraction of the question's points earned, in [0, 1], or null when
 * the response is malformed (an option id the question does not have, a wrong-length list). Null
 * and missing responses score 0: the grader never throws on what a browser sent.
 */
type Fraction = number | null;

function maxPointsOf(question: Question): number {
	return Number.isFinite(question.points) && question.points > 0 ? question.points : 0;
}

function fromFraction(fraction: Fraction, maxPoints: number): Grade {
	const share =
		fraction !== null && Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
	return { correct: share === 1 && maxPoints > 0, points: share * maxPoints, maxPoints };
}

const hasOption = (options: readonly { id: string }[], id: string) =>
	options.some((option) => option.id === id);

function gradeSingleChoice(choice: SingleChoice, optionId: string): Fraction {
	if (!hasOption(choice.options, optionId)) return null;
	return optionId === choice.correctOptionId ? 1 : 0;
}

/**
 * Right minus wrong, floored at 0, over the number of right options: choosing every box earns
 * nothing, so guessing all cannot beat knowing some.
 */
function gradeMultiSelect(question: MultiSelectQuestion, chosen: string[]): Fraction {
	if (!chosen.every((id) => hasOption(question.options, id))) return null;
	const key = new Set(question.correctOptionIds);
	if (key.size === 0) return null;
	const right = chosen.filter((id) => key.has(id)).length;
	return Math.max(0, right - (chosen.length - right)) / key.size;
}

/** Each blank is an equal share; a list of answers of the wrong length is malformed. */
function gradeCloze(question: ClozeQuestion, answers: string[]): Fraction {
	const { blanks } = question;
	if (blanks.length === 0 || answers.length !== blanks.length) return null;
	const right = blanks.filter((blank, i) =>
		matchesAccepted(answers[i] ?? '', blank.acceptedAnswers)
	);
	return right.length / blanks.length;
}

/**
 * Partial credit is the share of item pairs the student put in the right relative order (the
 * concordant pairs of Kendall's tau, Kendall 1938). One item moved to the far end costs only the
 * pairs it breaks, where "exact position" scoring would cost nearly everything.
 */
function gradeOrdering(question: OrderingQuestion, order: string[]): Fraction {
	const ids = question.items.map((item) => item.id);
	const position = new Map(order.map((id, index) => [id, index]));
	const isPermutation =
		order.length === ids.length &&
		position.size === ids.length &&
		ids.every((id) => position.has(id));
	if (!isPermutation) return null;
	const pairs = (ids.length * (ids.length - 1)) / 2;
	if (pairs === 0) return 1;
	let concordant = 0;
	for (let i = 0; i < ids.length; i++) {
		for (let j = i + 1; j < ids.length; j++) {
			if ((position.get(ids[i] as string) ?? 0) < (position.get(ids[j] as string) ?? 0)) {
				concordant++;
			}
		}
	}
	return concordant / pairs;
}

/**
 * Half the points for Part A, half for Part B, and Part B only counts when Part A is right: the
 * evidence for a wrong claim is not evidence (the PARCC/SBAC "evidence-based selected response"
 * rule: 2 = both right, 1 = Part A only, 0 = Part A wrong). A Part B right after a wrong or
 * missing Part A earns nothing.
 */
function gradeEvidencePair(
	question: EvidencePairQuestion,
	response: QuestionResponse<'evidence_pair'>
): Fraction {
	const partA = response.partA === null ? 0 : gradeSingleChoice(question.partA, response.partA);
	const partB = response.partB === null ? 0 : gradeSingleChoice(question.partB, response.partB);
	if (partA === null || partB === null) return null;
	return partA === 1 ? (1 + partB) / 2 : 0;
}

function fractionFor(question: Question, response: unknown): Fraction {
	switch (question.kind) {
		case 'multiple_choice':
		case 'quote_attribution': {
			const id = parseResponse(question.kind, response);
			return id === null ? null : gradeSingleChoice(question, id);
		}
		case 'true_false': {
			const answer = parseResponse('true_false', response);
			return answer === null ? null : answer === question.correct ? 1 : 0;
		}
		case 'multi_select': {
			const chosen = parseResponse('multi_select', response);
			return chosen === null ? null : gradeMultiSelect(question, chosen);
		}
		case 'short_answer': {
			const text = parseResponse('short_answer', response);
			return text === null ? null : matchesAccepted(text, question.acceptedAnswers) ? 1 : 0;
		}
		case 'cloze': {
			const answers = parseResponse('cloze', response);
			return answers === null ? null : gradeCloze(question, answers);
		}
		case 'ordering': {
			const order = parseResponse('ordering', response);
			return order === null ? null : gradeOrdering(question, order);
		}
		case 'evidence_pair': {
			const pair = parseResponse('evidence_pair', response);
			return pair === null ? null : gradeEvidencePair(question, pair);
		}
		default:
			return null;
	}
}

/** Scores one answer. `response` may be anything a request carried; bad input scores 0. */
export function gradeResponse(question: Question, response: unknown): Grade {
	return fromFraction(fractionFor(question, response), maxPointsOf(question));
}

type Responses = Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;

function responseFor(responses: Responses, questionId: string): unknown {
	if (responses instanceof Map) return responses.get(questionId);
	// Own properties only, so a question id like "constructor" cannot read Object's prototype.
	const record = responses as Readonly<Record<string, unknown>>;
	return Object.hasOwn(record, questionId) ? record[questionId] : undefined;
}

/** Scores a whole attempt; `responses` is keyed by question id, and unanswered questions score 0. */
export function gradeAttempt(questions: readonly Question[], responses: Responses): AttemptGrade {
	const graded = questions.map((question) => ({
		questionId: question.id,
		...gradeResponse(question, responseFor(responses, question.id))
	}));
	const points = graded.reduce((sum, grade) => sum + grade.points, 0);
	const maxPoints = graded.reduce((sum, grade) => sum + grade.maxPoints, 0);
	return {
		points,
		maxPoints,
		percent: maxPoints > 0 ? (100 * points) / maxPoints : null,
		questions: graded
	};
}
