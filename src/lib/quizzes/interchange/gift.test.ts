import { describe, expect, it } from 'vitest';
import { everyKind, quizOf } from './fixtures';
import { escapeGift, fromGift, toGift } from './gift';

describe('GIFT', () => {
	it('round-trips every kind, the evidence pair as two linked questions', () => {
		const { body, skipped } = toGift(quizOf(everyKind()));
		expect(skipped).toEqual([]);
		expect(body).toContain('standpoint-pair:8:A');
		const back = fromGift(body as string);
		if (!back.ok) throw new Error(back.reason);
		expect(back.skipped).toEqual([]);
		expect(back.questions).toEqual(everyKind());
	});

	it('escapes its special characters and line breaks', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
	});

	it('leaves out a cloze with two blanks, says so, and imports the rest', () => {
		const two = {
			...everyKind()[5]!,
			prompt: '_____ and _____',
			content: {
				kind: 'cloze' as const,
				blanks: [{ acceptedAnswers: ['a'] }, { acceptedAnswers: ['b'] }]
			}
		};
		const { body, skipped } = toGift(quizOf([two, everyKind()[0]!]));
		expect(skipped).toEqual([
			{
				name: 'Question 1: _____ and _____',
				reason: 'GIFT holds one blank per question; this cloze has more'
			}
		]);
		expect(body).toContain('// Left out: Question 1');
		const back = fromGift(body as string);
		expect(back.ok && back.questions).toEqual([everyKind()[0]]);
	});

	it('reads plain GIFT from other tools and skips what it cannot take', () => {
		const back = fromGift(
			`// a comment\n::Capital::What is the capital of France? {=Paris ~Lyon ~Nice}\n\nGrant is buried in Grant's tomb. {F}\n\n::Num::How many? {#3:1}\n\n::Match::Pair {=a -> x =b -> y}\n\n::Essay::Write something. {}`
		);
		if (!back.ok) throw new Error(back.reason);
		expect(back.questions.map((q) => q.content.kind)).toEqual(['multiple_choice', 'true_false']);
		expect(back.skipped.map((s) => s.name)).toEqual(['Num', 'Match', 'Essay']);
	});

	it('refuses an unclosed answer block with a sentence', () => {
		const back = fromGift('::Broken::What? {=yes ~no');
		expect(back).toEqual({
			ok: false,
			code: 'malformed',
			reason: 'This is not a readable GIFT file: it has a “{” with no closing “}” in “Broken”.'
		});
	});
});
