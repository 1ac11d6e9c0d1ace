import { describe, expect, it } from 'vitest';
import { encodeQr, rsDivisor, rsRemainder, smallestVersion, withErrorCorrection } from './encode';
import { alignmentPositions, formatBits } from './symbol';

describe('QR encoder', () => {
	it('computes Reed–Solomon codewords as the standard does (HELLO WORLD, 1-M)', () => {
		const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
		expect(rsRemainder(data, rsDivisor(10))).toEqual([
			196, 35, 39, 119, 235, 215, 231, 226, 93, 23
		]);
	});

	it('writes the format bits of the standard’s table (level M and L)', () => {
		expect(formatBits(0b00, 0).toString(2).padStart(15, '0')).toBe('101010000010010');
		expect(formatBits(0b01, 4).toString(2).padStart(15, '0')).toBe('110011000101111');
		expect(formatBits(0b00, 7).toString(2).padStart(15, '0')).toBe('100101010100000');
	});

	it('places alignment patterns where the standard’s table puts them', () => {
		expect(alignmentPositions(2)).toEqual([6, 18]);
		expect(alignmentPositions(7)).toEqual([6, 22, 38]);
		expect(alignmentPositions(10)).toEqual([6, 28, 50]);
	});

	it('chooses the smallest version that holds the text, and interleaves every codeword', () => {
		expect(smallestVersion(14)).toBe(1);
		expect(smallestVersion(15)).toBe(2);
		expect(smallestVersion(60)).toBe(4);
		expect(() => smallestVersion(300)).toThrow(RangeError);
		const data = Array.from({ length: 154 }, (_, i) => i % 256);
		expect(withErrorCorrection(data, 8)).toHaveLength(242);
	});

	it('draws a join address with finders, timing and the dark module in place', () => {
		const url = 'http://192.168.100.200:3000/join?code=ABCDEF';
		const grid = encodeQr(url);
		const size = grid.length;
		expect(size).toBe(33); // version 4
		const finderRow = [true, true, true, true, true, true, true];
		expect(grid[0]!.slice(0, 7)).toEqual(finderRow);
		expect(grid[0]!.slice(size - 7)).toEqual(finderRow);
		expect(grid[size - 1]!.slice(0, 7)).toEqual(finderRow);
		expect(grid[6]!.slice(8, size - 8)).toEqual(
			Array.from({ length: size - 16 }, (_, i) => (i + 8) % 2 === 0)
		);
		expect(grid[size - 8]![8]).toBe(true);
		// The two copies of the format bits agree.
		const first = [0, 1, 2, 3, 4, 5, 7, 8].map((y) => grid[y]![8]);
		const second = Array.from({ length: 8 }, (_, i) => grid[8]![size - 1 - i]);
		expect(first.slice(0, 6)).toEqual(second.slice(0, 6));
	});
});
