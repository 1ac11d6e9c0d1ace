import { z } from 'zod';
import { MAX_ANSWER_LENGTH, MAX_LIST_LENGTH } from './answer-limits';
import { QUESTION_KINDS, type QuestionKind, type QuestionResponse } from './types';

/**
 * Responses arrive from HTTP forms and JSON bodies, so their shape is checked here before any
 * grading: anything else becomes null, which the grader scores as 0 instead of throwing.
 */

export { MAX_ANSWER_LENGTH, MAX_LIST_LENGTH };

const optionId = z.string().min(1).max(200);
const answerText = z.string().max(MAX_ANSWER_LENGTH);

// A form sends the words "true"/"false"; JSON sends booleans. Both mean the same answer.
const trueFalse = z.union([
	z.boolean(),
	z.enum(['true', 'false']).transform((value) => value === 'true')
]);

const evidencePair = z
	.object({
		partA: optionId.nullable().optional(),
		partB: optionId.nullable().optional()
	})
	.transform(({ partA, partB }) => ({ partA: partA ?? null, partB: partB ?? null }));

const schemas: { [K in QuestionKind]: z.ZodType<QuestionResponse<K>> } = {
	multiple_choice: optionId,
	quote_attribution: optionId,
	// Ticking the same box twice is still one choice, so repeats collapse rather than fail.
	multi_select: z
		.array(optionId)
		.max(MAX_LIST_LENGTH)
		.transform((ids) => [...new Set(ids)]),
	true_false: trueFalse,
	short_answer: answerText,
	cloze: z.array(answerText).max(MAX_LIST_LENGTH),
	ordering: z.array(optionId).max(MAX_LIST_LENGTH),
	evidence_pair: evidencePair
};

export function isQuestionKind(value: unknown): value is QuestionKind {
	return typeof value === 'string' && (QUESTION_KINDS as readonly string[]).includes(value);
}

/** The typed response for `kind`, or null when `value` has the wrong shape (or `kind` is unknown). */
export function parseResponse<K extends QuestionKind>(
	kind: K,
	value: unknown
): QuestionResponse<K> | null {
	if (!isQuestionKind(kind)) return null;
	const parsed = schemas[kind].safeParse(value);
	return parsed.success ? parsed.data : null;
}
