import { describe, expect, it } from 'vitest';
import { ferryVote } from './fixtures/comprehension';
import { generateQuestions } from './generate';
import { fold } from './text';
import type { QuestionDraft } from './types';

const spanOf = (d: QuestionDraft) =>
	fold(ferryVote.paragraphs[d.evidence.paragraph]!.slice(d.evidence.start, d.evidence.end));

describe('penalties from retired questions', () => {
	const plain = generateQuestions(ferryVote, { count: 10 });

	it('changes nothing when there are none', () => {
		expect(generateQuestions(ferryVote, { count: 10, penalties: {} })).toEqual(plain);
	});

	it('ranks a retired sentence lower: the top draft moves to another sentence', () => {
		const top = plain[0]!;
		const next = generateQuestions(ferryVote, {
			count: 10,
			penalties: { sentences: [spanOf(top).toUpperCase()] }
		});
		expect(spanOf(next[0]!)).not.toBe(spanOf(top));
	});

	it('ranks a retired rule lower: its first question comes later, or not at all', () => {
		const rule = plain[0]!.rule;
		const next = generateQuestions(ferryVote, {
			count: 10,
			penalties: { rules: { [rule]: 3 } }
		});
		const at = next.findIndex((d) => d.rule === rule);
		expect(at === -1 || at > 0).toBe(true);
		expect(next[0]!.rule).not.toBe(rule);
	});
});
