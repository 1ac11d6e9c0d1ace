import { gradeResponse } from './grade';
import type { ItemOption, ItemStatsInput, StudentRow } from './item-stats';
import { parseResponse } from './parse-response';
import type { ChoiceOption, Question } from './types';

/**
 * Bridges stored quizzes and attempts to item analysis: grades every response with the same rules
 * as the gradebook (so the statistics and the scores cannot disagree) and records which options
 * each student chose. Evidence-pair options are prefixed "A:" and "B:" so the parts stay apart.
 */

const choiceOptions = (options: readonly ChoiceOption[], key: readonly string[], group?: string) =>
	options.map((option): ItemOption => ({
		id: group ? `${group}:${option.id}` : option.id,
		correct: key.includes(option.id),
		label: group ? `Part ${group}: ${option.text}` : option.text,
		...(group ? { group } : {})
	}));

/** The options a teacher would count for this question, or undefined when it has none. */
export function optionsOf(question: Question): ItemOption[] | undefined {
	switch (question.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return choiceOptions(question.options, [question.correctOptionId]);
		case 'multi_select':
			return choiceOptions(question.options, question.correctOptionIds);
		case 'true_false':
			return [
				{ id: 'true', label: 'True', correct: question.correct },
				{ id: 'false', label: 'False', correct: !question.correct }
			];
		case 'evidence_pair':
			return [
				...choiceOptions(question.partA.options, [question.partA.correctOptionId], 'A'),
				...choiceOptions(question.partB.options, [question.partB.correctOptionId], 'B')
			];
		default:
			return undefined;
	}
}

/** The option ids a response chose, in the ids optionsOf uses; null when none can be read. */
export function chosenOptions(question: Question, response: unknown): string[] | null {
	// Stored answers were checked when saved; the common shapes skip the schema (item analysis
	// reads tens of thousands), anything else goes through it.
	if (typeof response === 'string' && question.kind !== 'true_false') {
		if (question.kind === 'multiple_choice' || question.kind === 'quote_attribution') {
			return response.length > 0 && response.length <= 200 ? [response] : null;
		}
	}
	if (typeof response === 'boolean' && question.kind === 'true_false') return [String(response)];
	switch (question.kind) {
		case 'multiple_choice':
		case 'quote_attribution': {
			const id = parseResponse(question.kind, response);
			return id === null ? null : [id];
		}
		case 'multi_select':
			return parseResponse('multi_select', response);
		case 'true_false': {
			const answer = parseResponse('true_false', response);
			return answer === null ? null : [String(answer)];
		}
		case 'evidence_pair': {
			const pair = parseResponse('evidence_pair', response);
			if (pair === null) return null;
			const ids = [pair.partA && `A:${pair.partA}`, pair.partB && `B:${pair.partB}`];
			return ids.filter((id): id is string => Boolean(id));
		}
		default:
			return null;
	}
}

/** One row per attempt; each attempt maps question ids to the raw stored responses. */
export function buildItemStatsInput(
	questions: readonly Question[],
	attempts: readonly Readonly<Record<string, unknown>>[]
): ItemStatsInput {
	const items = questions.map((question) => {
		const options = optionsOf(question);
		return {
			id: question.id,
			maxPoints: gradeResponse(question, undefined).maxPoints,
			...(options ? { options } : {})
		};
	});
	const rows = attempts.map((responses): StudentRow => {
		const answers = questions.map((question) =>
			Object.hasOwn(responses, question.id) ? responses[question.id] : undefined
		);
		return {
			points: questions.map((question, j) => gradeResponse(question, answers[j]).points),
			choices: questions.map((question, j) => chosenOptions(question, answers[j]))
		};
	});
	return { items, rows };
}
