import { describe, it, expect } from 'vitest';
import { readNumber, sameNumber } from './numbers';

const value = (text: string) => readNumber(text)?.value ?? null;

describe('readNumber', () => {
	it('reads digits, decimals and comma thousands separators', () => {
		expect(value('97')).toBe(97);
		expect(value('3.5')).toBe(3.5);
		expect(value('.5')).toBe(0.5);
		expect(value('1,200')).toBe(1200);
		expect(value('1,200,000.50')).toBe(1200000.5);
		expect(value('12.')).toBe(12);
	});

	it('refuses a comma that is not a thousands separator', () => {
		expect(readNumber('3,5')).toBeNull();
		expect(readNumber('12,00')).toBeNull();
	});

	it('reads number words up to the thousands and beyond', () => {
		expect(value('zero')).toBe(0);
		expect(value('ninety-seven')).toBe(97);
		expect(value('one thousand two hundred')).toBe(1200);
		expect(value('two thousand and five')).toBe(2005);
		expect(value('eleven hundred and twenty')).toBe(1120);
		expect(value('a hundred')).toBe(100);
		expect(value('one hundred thousand')).toBe(100000);
		expect(value('seven hundred million three thousand')).toBe(700003000);
	});

	it('reads "twelve hundred" as 1,200', () => {
		expect(value('twelve hundred')).toBe(1200);
	});

	it('reads decimals said as words, digit by digit', () => {
		expect(value('three point one four')).toBe(3.14);
		expect(value('point five')).toBe(0.5);
	});

	it('reads digits scaled by words', () => {
		expect(value('1.2 million')).toBe(1200000);
		expect(value('3 thousand')).toBe(3000);
	});

	it('reads negative numbers', () => {
		expect(value('-5')).toBe(-5);
		expect(value('minus five')).toBe(-5);
		expect(value('negative 2.5')).toBe(-2.5);
	});

	it('records a percent, however it is written', () => {
		for (const text of [
			'97%',
			'97 %',
			'97percent',
			'ninety-seven percent',
			'97 per cent',
			'97 pct'
		]) {
			expect(readNumber(text), text).toEqual({ value: 97, unit: 'percent' });
		}
	});

	it('records a leading currency sign', () => {
		expect(readNumber('$1,200')).toEqual({ value: 1200, unit: 'currency' });
	});

	it('refuses word sequences that are not a number rather than summing them', () => {
		for (const text of [
			'nineteen eighty-four',
			'five six',
			'thousand',
			'hundred',
			'thousand million',
			'one hundred and',
			'one thousand twelve hundred',
			'a',
			'Apollo 11',
			'',
			'ten apples'
		]) {
			expect(readNumber(text), text).toBeNull();
		}
	});

	it('refuses a number too long to be finite', () => {
		expect(readNumber('9'.repeat(400))).toBeNull();
	});
});

describe('sameNumber', () => {
	it('matches a bare number with a percentage of the same value', () => {
		expect(sameNumber({ value: 97, unit: null }, { value: 97, unit: 'percent' })).toBe(true);
	});

	it('refuses contradicting units and different values', () => {
		expect(sameNumber({ value: 97, unit: 'currency' }, { value: 97, unit: 'percent' })).toBe(false);
		expect(sameNumber({ value: 97, unit: null }, { value: 98, unit: null })).toBe(false);
	});

	it('absorbs floating-point noise only', () => {
		expect(sameNumber({ value: 0.1 + 0.2, unit: null }, { value: 0.3, unit: null })).toBe(true);
		expect(sameNumber({ value: 0.3001, unit: null }, { value: 0.3, unit: null })).toBe(false);
	});
});
