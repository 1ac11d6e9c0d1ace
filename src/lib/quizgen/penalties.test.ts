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

	it('ranks a retired rule lower: fewer of its questions are chosen', () => {
		// The rule with the most drafts, so that "fewer" can be seen.
		const count = (r: string) => plain.filter((d) => d.rule === r).length;
		const rule = [...new Set(plain.map((d) => d.rule))].sort((a, b) => count(b) - count(a))[0]!;
		const before = count(rule);
		expect(before).toBeGreaterThan(1);
		const next = generateQuestions(ferryVote, {
			count: 10,
			penalties: { rules: { [rule]: 3 } }
		});
		expect(next.filter((d) => d.rule === rule).length).toBeLessThan(before);
	});
});
