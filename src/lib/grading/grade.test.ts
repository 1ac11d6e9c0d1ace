import { describe, it, expect } from 'vitest';
import { gradeResponse } from './grade';
import { choice, cloze, multi, ordering, pair, quote, short, trueFalse } from './test-questions';
import type { Question } from './types';

const points = (question: Question, response: unknown) => gradeResponse(question, response).points;

describe('single-choice kinds are exact', () => {
	it('gives full marks for the key and nothing for another option', () => {
		expect(gradeResponse(choice, 'b')).toEqual({ correct: true, points: 1, maxPoints: 1 });
		expect(gradeResponse(choice, 'a')).toEqual({ correct: false, points: 0, maxPoints: 1 });
		expect(gradeResponse(quote, 'mayor')).toEqual({ correct: true, points: 2, maxPoints: 2 });
		expect(points(quote, 'governor')).toBe(0);
	});

	it('grades true/false from booleans or form words', () => {
		expect(gradeResponse(trueFalse, false).correct).toBe(true);
		expect(gradeResponse(trueFalse, 'false').correct).toBe(true);
		expect(gradeResponse(trueFalse, 'true').correct).toBe(false);
	});
});

describe('multi-select: right minus wrong, floored at 0', () => {
	it('gives full marks for exactly the right options', () => {
		expect(gradeResponse(multi, ['c', 'a', 'b'])).toEqual({
			correct: true,
			points: 3,
			maxPoints: 3
		});
	});

	it('gives a share for some right options', () => {
		// 2 right, 0 wrong, of 3 right options: 2/3 of 3 points = 2.
		expect(gradeResponse(multi, ['a', 'b'])).toEqual({ correct: false, points: 2, maxPoints: 3 });
	});

	it('takes a wrong option off a right one', () => {
		// 3 right − 1 wrong = 2 of 3 → 2 points; 2 right − 1 wrong = 1 of 3 → 1 point.
		expect(points(multi, ['a', 'b', 'c', 'd'])).toBe(2);
		expect(points(multi, ['a', 'b', 'e'])).toBe(1);
	});

	it('never goes below 0, so ticking everything earns nothing extra', () => {
		// Everything: 3 right − 2 wrong = 1 of 3. Mostly wrong: 1 − 2 = −1, floored to 0.
		expect(points(multi, ['a', 'b', 'c', 'd', 'e'])).toBe(1);
		expect(points(multi, ['a', 'd', 'e'])).toBe(0);
		expect(points(multi, [])).toBe(0);
	});
});

describe('short answer and cloze', () => {
	it('accepts a percentage written any way', () => {
		for (const typed of ['97', '97%', 'ninety-seven percent']) {
			expect(gradeResponse(short, typed).correct, typed).toBe(true);
		}
		expect(gradeResponse(short, '79%').correct).toBe(false);
	});

	it('gives each cloze blank an equal share, folding text and reading numbers', () => {
		expect(gradeResponse(cloze, ['nairobi', 'twelve hundred'])).toEqual({
			correct: true,
			points: 2,
			maxPoints: 2
		});
		expect(points(cloze, ['Nairobi.', 'about 1,300'])).toBe(1);
		expect(points(cloze, ['', ''])).toBe(0);
	});

	it('scores 0 for a cloze answer with the wrong number of blanks', () => {
		expect(points(cloze, ['Nairobi'])).toBe(0);
		expect(points(cloze, ['Nairobi', '1200', 'extra'])).toBe(0);
	});
});

describe('ordering: credit for pairs in the right order', () => {
	it('gives full marks for the right order and none for the reverse', () => {
		expect(gradeResponse(ordering, ['first', 'second', 'third', 'fourth']).correct).toBe(true);
		expect(points(ordering, ['fourth', 'third', 'second', 'first'])).toBe(0);
	});

	it('counts the pairs still in order', () => {
		// 4 items → 6 pairs. Moving "fourth" to the front breaks 3 (it was after each other item):
		// 3 of 6 = 0.5. Swapping the middle two breaks only 1: 5 of 6.
		expect(points(ordering, ['fourth', 'first', 'second', 'third'])).toBe(0.5);
		expect(points(ordering, ['first', 'third', 'second', 'fourth'])).toBeCloseTo(5 / 6, 12);
	});

	it('scores 0 for anything but a rearrangement of the items', () => {
		expect(points(ordering, ['first', 'second', 'third'])).toBe(0);
		expect(points(ordering, ['first', 'first', 'second', 'third'])).toBe(0);
		expect(points(ordering, ['first', 'second', 'third', 'fifth'])).toBe(0);
	});
});

describe('evidence pair: Part B counts only when Part A is right', () => {
	it('gives full marks for both parts right', () => {
		expect(gradeResponse(pair, { partA: 'a1', partB: 'b3' })).toEqual({
			correct: true,
			points: 2,
			maxPoints: 2
		});
	});

	it('gives half for Part A right and Part B wrong or missing', () => {
		expect(points(pair, { partA: 'a1', partB: 'b1' })).toBe(1);
		expect(points(pair, { partA: 'a1' })).toBe(1);
	});

	it('gives nothing when Part A is wrong, even with Part B right', () => {
		expect(points(pair, { partA: 'a2', partB: 'b3' })).toBe(0);
		expect(points(pair, { partB: 'b3' })).toBe(0);
	});

	it('scores 0 when either part names an option it does not have', () => {
		expect(points(pair, { partA: 'a1', partB: 'a2' })).toBe(0);
	});
});
