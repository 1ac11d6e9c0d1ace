import { describe, it, expect } from 'vitest';
import { correlation, mean, standardDeviation, sum, variance } from './statistics';

describe('descriptive statistics', () => {
	it('computes sum, mean and population variance', () => {
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32/8 = 4.
		const values = [2, 4, 4, 4, 5, 5, 7, 9];
		expect(sum(values)).toBe(40);
		expect(mean(values)).toBe(5);
		expect(variance(values)).toBe(4);
		expect(standardDeviation(values)).toBe(2);
	});

	it('answers null, not NaN, where there is nothing to describe', () => {
		expect(mean([])).toBeNull();
		expect(variance([])).toBeNull();
		expect(standardDeviation([])).toBeNull();
		expect(standardDeviation([7])).toBeNull();
	});
});

describe('correlation', () => {
	it('is 1 and −1 for perfect straight-line relations', () => {
		expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
	});

	it('matches a hand computation', () => {
		// x = 1,2,3,4; y = 1,3,2,4. Means 2.5 and 2.5. Σdxdy = 2.25+(-0.5·0.5)+(0.5·-0.5)+2.25 = 4;
		// Σdx² = Σdy² = 5. r = 4 / √(5·5) = 0.8.
		expect(correlation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
	});

	it('is null with a constant side, fewer than two pairs, or unequal lengths', () => {
		expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
		expect(correlation([1, 2, 3], [5, 5, 5])).toBeNull();
		expect(correlation([1], [1])).toBeNull();
		expect(correlation([], [])).toBeNull();
		expect(correlation([1, 2], [1, 2, 3])).toBeNull();
	});
});
