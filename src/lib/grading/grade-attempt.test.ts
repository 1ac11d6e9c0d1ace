import { describe, it, expect } from 'vitest';
import { gradeAttempt, gradeResponse } from './grade';
import { choice, cloze, multi, ordering, pair, quote, short, trueFalse } from './test-questions';
import type { Question } from './types';

const points = (question: Question, response: unknown) => gradeResponse(question, response).points;

describe('malformed and missing responses score 0 without throwing', () => {
	const all: Question[] = [choice, quote, trueFalse, multi, short, cloze, ordering, pair];
	const junk: unknown[] = [undefined, null, 42, {}, [], 'zzz', [{}], { partA: {} }];

	it('never throws and never awards points for junk', () => {
		for (const question of all) {
			for (const response of junk) {
				const grade = gradeResponse(question, response);
				expect(grade.points, `${question.kind} ${JSON.stringify(response)}`).toBe(0);
				expect(grade.maxPoints).toBe(question.points);
			}
		}
	});

	it('scores 0 for an unknown option id, even beside right ones', () => {
		expect(points(choice, 'z')).toBe(0);
		expect(points(multi, ['a', 'b', 'c', 'z'])).toBe(0);
	});

	it('is worth nothing when the points are not a positive number', () => {
		expect(gradeResponse({ ...choice, points: Number.NaN }, 'b')).toEqual({
			correct: false,
			points: 0,
			maxPoints: 0
		});
		expect(gradeResponse({ ...choice, points: -2 }, 'b').maxPoints).toBe(0);
	});
});

describe('gradeAttempt', () => {
	it('sums points over the questions, with unanswered ones scoring 0', () => {
		const result = gradeAttempt([choice, multi, ordering], {
			q1: 'b',
			q4: ['a', 'b'],
			unrelated: 'ignored'
		});
		// 1 (choice) + 2 (two of three right) + 0 (unanswered) = 3, out of 1 + 3 + 1 = 5: 60%.
		expect(result.points).toBe(3);
		expect(result.maxPoints).toBe(5);
		expect(result.percent).toBe(60);
		expect(result.questions.map((q) => [q.questionId, q.points, q.correct])).toEqual([
			['q1', 1, true],
			['q4', 2, false],
			['q7', 0, false]
		]);
	});

	it('accepts a Map and ignores inherited properties of a plain object', () => {
		const weird: Question = { ...short, id: 'constructor', acceptedAnswers: ['x'] };
		expect(gradeAttempt([choice], new Map([['q1', 'b']])).points).toBe(1);
		expect(gradeAttempt([weird], {}).points).toBe(0);
	});

	it('has no percentage when nothing is worth points', () => {
		expect(gradeAttempt([], {})).toEqual({ points: 0, maxPoints: 0, percent: null, questions: [] });
	});
});
