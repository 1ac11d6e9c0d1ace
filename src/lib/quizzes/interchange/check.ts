import { LIMITS } from '../editor-form';
import type { QuestionContent } from '../types';
import type { PortableQuestion } from './types';

const POINTS = { min: 1, max: 10 } as const;

function choiceProblem(options: { id: string; text: string }[], keys: string[]): string | null {
	if (options.length < 2) return 'it has fewer than two options';
	if (options.length > LIMITS.options) return `it has more than ${LIMITS.options} options`;
	if (options.some((o) => o.text.trim() === '')) return 'one of its options is empty';
	if (options.some((o) => o.text.length > LIMITS.option)) {
		return `an option is longer than ${LIMITS.option} characters`;
	}
	if (keys.length === 0 || keys.some((k) => !options.some((o) => o.id === k))) {
		return 'it marks no option as correct';
	}
	return null;
}

function contentProblem(c: QuestionContent): string | null {
	switch (c.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
			return choiceProblem(c.options, [c.correctOptionId]);
		case 'multi_select':
			return choiceProblem(c.options, c.correctOptionIds);
		case 'true_false':
			return null;
		case 'short_answer':
			return c.acceptedAnswers.some((a) => a.trim() !== '') ? null : 'it has no accepted answer';
		case 'cloze':
			return c.blanks.length > 0 && c.blanks.every((b) => b.acceptedAnswers.length > 0)
				? null
				: 'a blank has no accepted answer';
		case 'ordering':
			return choiceProblem(
				c.items,
				c.items.map((i) => i.id)
			);
		case 'evidence_pair':
			return (
				choiceProblem(c.partA.options, [c.partA.correctOptionId]) ??
				choiceProblem(c.partB.options, [c.partB.correctOptionId])
			);
	}
}

/**
 * Why an imported question cannot be saved as it is (the editor's own limits), or null. The
 * importer skips such a question and names it, rather than saving a question the editor would
 * refuse.
 */
export function importProblem(q: PortableQuestion): string | null {
	if (q.prompt.trim() === '') return 'it has no question text';
	if (q.prompt.length > LIMITS.prompt) return `its text is longer than ${LIMITS.prompt} characters`;
	return contentProblem(q.content);
}

/** Points as the editor allows them; a file's other values are brought into range. */
export function clampPoints(value: number): number {
	if (!Number.isFinite(value)) return POINTS.min;
	return Math.min(POINTS.max, Math.max(POINTS.min, Math.round(value)));
}
