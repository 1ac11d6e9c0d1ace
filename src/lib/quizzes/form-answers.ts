import type { StudentQuestion } from './types';

/**
 * Reads one question's answer from a submitted quiz form, field names as the quiz page writes
 * them (`q12`, `q12_0`, `q12_a`). Returns undefined when the question was left unanswered, so
 * an empty save never overwrites an earlier answer with nothing.
 */
export function readAnswer(question: StudentQuestion, form: FormData): unknown {
	const name = `q${question.id}`;
	const text = (field: string) => {
		const value = form.get(field);
		return typeof value === 'string' ? value : undefined;
	};
	switch (question.kind) {
		case 'multiple_choice':
		case 'quote_attribution':
		case 'true_false':
			return text(name) || undefined;
		case 'short_answer': {
			const value = text(name);
			return value === undefined || value.trim() === '' ? undefined : value;
		}
		case 'multi_select': {
			if (!form.has(`${name}_shown`) && !form.has(name)) return undefined;
			return form.getAll(name).filter((v) => typeof v === 'string');
		}
		case 'cloze': {
			const blanks = Array.from({ length: question.blanks }, (_, i) => text(`${name}_${i}`) ?? '');
			return blanks.every((b) => b.trim() === '') ? undefined : blanks;
		}
		case 'ordering': {
			// Each item has a position select; the answer is the items sorted by chosen position.
			const ranked = question.items.map((item) => ({
				id: item.id,
				rank: Number(text(`${name}_${item.id}`))
			}));
			if (ranked.some((r) => !Number.isInteger(r.rank) || r.rank < 1)) return undefined;
			return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.id);
		}
		case 'evidence_pair': {
			const partA = text(`${name}_a`) || null;
			const partB = text(`${name}_b`) || null;
			return partA === null && partB === null ? undefined : { partA, partB };
		}
	}
}
