import { describe, expect, it } from 'vitest';
import { gateQuestion, guidedSegments } from './guided';

const q = (id: number, paragraph: number | null) => ({ id, paragraph });

describe('guidedSegments', () => {
	const questions = [q(1, 1), q(2, 3), q(3, 1), q(4, null)];

	it('asks each question after its evidence paragraph, in article order', () => {
		const segments = guidedSegments(6, questions, new Set());
		expect(segments.map((s) => [s.from, s.to, s.questions.map((x) => x.id)])).toEqual([
			[0, 2, [1, 3]],
			[2, 4, [2]],
			// A question without evidence comes after the last paragraph.
			[4, 6, [4]]
		]);
	});

	it('opens only up to the first segment with an unanswered question', () => {
		expect(guidedSegments(6, questions, new Set()).map((s) => s.open)).toEqual([
			true,
			false,
			false
		]);
		expect(guidedSegments(6, questions, new Set([1])).map((s) => s.open)).toEqual([
			true,
			false,
			false
		]);
		expect(guidedSegments(6, questions, new Set([1, 3])).map((s) => s.open)).toEqual([
			true,
			true,
			false
		]);
		expect(guidedSegments(6, questions, new Set([1, 2, 3])).every((s) => s.open)).toBe(true);
	});

	it('keeps paragraphs after the last question in a trailing segment', () => {
		const segments = guidedSegments(5, [q(1, 0)], new Set());
		expect(segments.map((s) => [s.from, s.to, s.open])).toEqual([
			[0, 1, true],
			[1, 5, false]
		]);
	});

	it('clamps a paragraph past the end and shows an article without questions whole', () => {
		expect(guidedSegments(2, [q(1, 9)], new Set())[0]).toMatchObject({ from: 0, to: 2 });
		expect(guidedSegments(3, [], new Set())).toEqual([
			{ from: 0, to: 3, questions: [], open: true }
		]);
	});
});

describe('gateQuestion', () => {
	it('is the first unanswered question in article order, or null', () => {
		const questions = [q(1, 2), q(2, 0)];
		const none = new Set<number>();
		expect(gateQuestion(guidedSegments(4, questions, none), none)?.id).toBe(2);
		const some = new Set([2]);
		expect(gateQuestion(guidedSegments(4, questions, some), some)?.id).toBe(1);
		const all = new Set([1, 2]);
		expect(gateQuestion(guidedSegments(4, questions, all), all)).toBeNull();
	});
});
