import { describe, expect, it } from 'vitest';
import {
	generateJoinCode,
	isWellFormedJoinCode,
	JOIN_CODE_ALPHABET,
	normaliseJoinCode,
	uniqueJoinCode,
	usernameBase
} from './join-code';

describe('join codes', () => {
	it('use 6 characters from an alphabet without look-alikes', () => {
		for (const ch of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(ch);
		for (let i = 0; i < 500; i++) {
			const code = generateJoinCode();
			expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
			expect(isWellFormedJoinCode(code)).toBe(true);
		}
	});

	it('cover the whole alphabet over many draws', () => {
		const seen = new Set(Array.from({ length: 400 }, generateJoinCode).join(''));
		expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
	});

	it('retry until a free code is found', async () => {
		const drawn = ['AAAAAA', 'BBBBBB', 'CCCCCC'];
		const taken = new Set(['AAAAAA', 'BBBBBB']);
		const code = await uniqueJoinCode(
			(c) => taken.has(c),
			() => drawn.shift()!
		);
		expect(code).toBe('CCCCCC');
	});

	it('give up after the allowed attempts instead of looping forever', async () => {
		await expect(
			uniqueJoinCode(
				() => true,
				() => 'AAAAAA',
				5
			)
		).rejects.toThrow(/5 attempts/);
	});

	it('are read generously from what a student types', () => {
		expect(normaliseJoinCode(' ab3-k7q ')).toBe('AB3K7Q');
		expect(isWellFormedJoinCode('AB0K7Q')).toBe(false);
	});
});

describe('usernames for bulk-added students', () => {
	it('take first and last name, without accents', () => {
		expect(usernameBase('María José Núñez')).toBe('maria.nunez');
		expect(usernameBase('Ben')).toBe('ben');
		expect(usernameBase('Al')).toBe('al.student');
		expect(usernameBase('李小龍')).toBe('student');
		expect(usernameBase("Seán O'Brien-Kelly")).toBe('sean.kelly');
	});
});
