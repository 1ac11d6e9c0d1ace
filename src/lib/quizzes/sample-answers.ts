import type { QuestionContent } from './types';

/**
 * An answer to a stored question, right or wrong on purpose: the demo's students and the
 * benchmarks answer through the same save path as a person would.
 */
export function sampleAnswer(content: QuestionContent, right: boolean): unknown {
	switch (content.kind) {
		case 'multiple_choice':
		case 'quote_attribution': {
			const wrong = content.options.find((o) => o.id !== content.correctOptionId);
			return right ? content.correctOptionId : (wrong?.id ?? content.correctOptionId);
		}
		case 'multi_select': {
			const wrong = content.options.filter((o) => !content.correctOptionIds.includes(o.id));
			return right ? content.correctOptionIds : wrong.map((o) => o.id);
		}
		case 'true_false':
			return right ? content.correct : !content.correct;
		case 'short_answer':
			return right ? (content.acceptedAnswers[0] ?? '') : 'I am not sure';
		case 'cloze':
			return content.blanks.map((b) => (right ? (b.acceptedAnswers[0] ?? '') : 'something else'));
		case 'ordering': {
			const ids = content.items.map((i) => i.id);
			return right ? ids : [...ids].reverse();
		}
		case 'evidence_pair': {
			const wrongA = content.partA.options.find((o) => o.id !== content.partA.correctOptionId);
			return {
				partA: right ? content.partA.correctOptionId : (wrongA?.id ?? null),
				partB: right ? content.partB.correctOptionId : null
			};
		}
	}
}
