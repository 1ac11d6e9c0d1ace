import type { ChoiceOption, Question } from '../grading/types';
import type { QuestionDraft } from '../quizgen/types';
import type { QuestionContent, StudentQuestion } from './types';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Options get stable ids "a", "b", ... in the order the generator or teacher gave them. */
export function toOptions(texts: string[]): ChoiceOption[] {
	return texts.map((text, i) => ({ id: LETTERS[i] ?? `o${i}`, text }));
}

function idOf(options: ChoiceOption[], answer: string): string {
	return options.find((o) => o.text === answer)?.id ?? options[0]?.id ?? 'a';
}

/** The answer first, then its variants, each once. */
function accepted(draft: QuestionDraft): string[] {
	return [...new Set([draft.answer, ...(draft.acceptedAnswers ?? [])])];
}

/** A generated draft in the stored shape. */
export function draftToContent(draft: QuestionDraft): QuestionContent {
	const options = toOptions(draft.options ?? []);
	switch (draft.kind) {
		case 'multiple_choice':
			return { kind: 'multiple_choice', options, correctOptionId: idOf(options, draft.answer) };
		case 'quote_attribution':
			return {
				kind: 'quote_attribution',
				options,
				correctOptionId: idOf(options, draft.answer),
				quote: /“([^”]+)”/.exec(draft.prompt)?.[1] ?? ''
			};
		case 'true_false':
			return { kind: 'true_false', correct: draft.answer === 'True' };
		case 'short_answer':
			return { kind: 'short_answer', acceptedAnswers: accepted(draft) };
		case 'cloze':
			return { kind: 'cloze', blanks: [{ acceptedAnswers: accepted(draft) }] };
		case 'evidence_pair': {
			const partB = toOptions(draft.partB?.options ?? []);
			return {
				kind: 'evidence_pair',
				partA: { options, correctOptionId: idOf(options, draft.answer) },
				// The page labels the part itself ("Part B:"), so the generator's own label goes.
				partBPrompt: (
					draft.partB?.prompt ?? 'Which sentence from the article best supports your answer?'
				).replace(/^Part B:\s*/i, ''),
				partB: { options: partB, correctOptionId: idOf(partB, draft.partB?.answer ?? '') }
			};
		}
	}
}

/** The grader's question for a stored one. */
export function toGradable(id: number, points: number, content: QuestionContent): Question {
	const base = { id: String(id), points };
	switch (content.kind) {
		case 'quote_attribution':
			return { ...base, ...content };
		case 'evidence_pair':
			return { ...base, kind: 'evidence_pair', partA: content.partA, partB: content.partB };
		default:
			return { ...base, ...content };
	}
}

/** Deterministic shuffle (mulberry32): the same attempt always sees the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
	let state = seed >>> 0;
	const random = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

interface StoredQuestion {
	id: number;
	position: number;
	prompt: string;
	points: number;
	content: QuestionContent;
}

/**
 * What the student's browser receives: prompts and options only. The key, explanation and
 * evidence stay on the server until the attempt is submitted.
 */
export function studentView(question: StoredQuestion, shuffleSeed: number | null): StudentQuestion {
	const order = <T>(items: T[]) =>
		shuffleSeed === null ? items : seededShuffle(items, shuffleSeed + question.id);
	const base = {
		id: question.id,
		position: question.position,
		prompt: question.prompt,
		points: question.points
	};
	const c = question.content;
	switch (c.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
		case 'multi_select':
			return { ...base, kind: c.kind, options: order(c.options) };
		case 'true_false':
		case 'short_answer':
			return { ...base, kind: c.kind };
		case 'cloze':
			return { ...base, kind: 'cloze', blanks: c.blanks.length };
		case 'ordering':
			// Always shuffled: the stored order is the answer.
			return {
				...base,
				kind: 'ordering',
				items: seededShuffle(c.items, (shuffleSeed ?? 0) + question.id)
			};
		case 'evidence_pair':
			return {
				...base,
				kind: 'evidence_pair',
				partA: order(c.partA.options),
				partBPrompt: c.partBPrompt,
				partB: order(c.partB.options)
			};
	}
}

/** The correct answer in words, for results and the teacher's editor. */
export function answerText(content: QuestionContent): string {
	const optionText = (options: ChoiceOption[], id: string) =>
		options.find((o) => o.id === id)?.text ?? '';
	switch (content.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return optionText(content.options, content.correctOptionId);
		case 'multi_select':
			return content.correctOptionIds.map((id) => optionText(content.options, id)).join('; ');
		case 'true_false':
			return content.correct ? 'True' : 'False';
		case 'short_answer':
			return content.acceptedAnswers[0] ?? '';
		case 'cloze':
			return content.blanks.map((b) => b.acceptedAnswers[0] ?? '').join('; ');
		case 'ordering':
			return content.items.map((i) => i.text).join(' → ');
		case 'evidence_pair':
			return `${optionText(content.partA.options, content.partA.correctOptionId)} — “${optionText(content.partB.options, content.partB.correctOptionId)}”`;
	}
}

/** A saved answer in words, as the student gave it, for their results. */
export function responseText(content: QuestionContent, answer: unknown): string {
	if (answer === undefined || answer === null) return 'No answer';
	const byId = (options: ChoiceOption[], id: unknown) =>
		options.find((o) => o.id === id)?.text ?? 'No answer';
	switch (content.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return byId(content.options, answer);
		case 'multi_select':
			return Array.isArray(answer) ? answer.map((id) => byId(content.options, id)).join('; ') : '';
		case 'true_false':
			return answer === true ? 'True' : 'False';
		case 'short_answer':
			return String(answer);
		case 'cloze':
			return Array.isArray(answer) ? answer.join('; ') : '';
		case 'ordering':
			return Array.isArray(answer) ? answer.map((id) => byId(content.items, id)).join(' → ') : '';
		case 'evidence_pair': {
			const pair = answer as { partA?: string | null; partB?: string | null };
			return `${byId(content.partA.options, pair.partA)} — “${byId(content.partB.options, pair.partB)}”`;
		}
	}
}
