import { describe, it, expect } from 'vitest';
import { pseudonym, roomPseudonyms } from './pseudonyms';

const NAME = /^[A-Z][a-z]+ [A-Z][a-z]+$/;

describe('pseudonym', () => {
	it('is an adjective and an animal', () => {
		expect(pseudonym('secret-1', 42)).toMatch(NAME);
	});

	it('is the same every time for the same debate and student', () => {
		expect(pseudonym('secret-7', 42)).toBe(pseudonym('secret-7', 42));
		expect(pseudonym('secret-7', '42')).toBe(pseudonym('secret-7', 42));
	});

	it('varies between debates and between students', () => {
		const acrossDebates = new Set(
			Array.from({ length: 20 }, (_, d) => pseudonym(`secret-${d}`, 42))
		);
		const acrossStudents = new Set(Array.from({ length: 20 }, (_, u) => pseudonym('secret-7', u)));
		expect(acrossDebates.size).toBeGreaterThan(15);
		expect(acrossStudents.size).toBeGreaterThan(15);
	});
});

describe('roomPseudonyms', () => {
	const members = Array.from({ length: 300 }, (_, i) => i + 1);
	const names = roomPseudonyms('secret-3', members);

	it('gives every member a distinct name, even in a crowded room', () => {
		expect(names.size).toBe(300);
		expect(new Set(names.values()).size).toBe(300);
	});

	it('keeps the plain pseudonym for members without a clash', () => {
		const plain = members.filter((id) => names.get(id) === pseudonym('secret-3', id));
		// 300 names from 2,304 clash now and then, but most members keep their own.
		expect(plain.length).toBeGreaterThan(250);
		expect(plain.length).toBeLessThan(300);
	});

	it('does not rename anyone when a member joins', () => {
		const later = roomPseudonyms('secret-3', [...members, 999]);
		for (const id of members) expect(later.get(id)).toBe(names.get(id));
	});

	it('resolves the same clashes the same way every time', () => {
		expect([...roomPseudonyms('secret-3', members)]).toEqual([...names]);
	});

	it('ignores a member listed twice', () => {
		expect(roomPseudonyms('secret-3', [5, 5]).size).toBe(1);
	});
});
