import { describe, expect, it } from 'vitest';
import { TableDigest } from './export-to-postgres';

const digestOf = (rows: Record<string, unknown>[]) => {
	const digest = new TableDigest();
	for (const row of rows) digest.add(row);
	return digest.digest();
};

describe('a table digest', () => {
	it('ignores row order and JSON key order (jsonb reorders keys), sees any changed value', () => {
		const rows = [
			{ id: 1, settings: { attempts: 1, shuffle: true }, late: false },
			{ id: 2, settings: { attempts: 2, shuffle: false }, late: true }
		];
		const reordered = [
			{ id: 2, settings: { shuffle: false, attempts: 2 }, late: true },
			{ id: 1, settings: { shuffle: true, attempts: 1 }, late: false }
		];
		expect(digestOf(reordered)).toBe(digestOf(rows));
		expect(digestOf([rows[0]!, { ...rows[1]!, late: false }])).not.toBe(digestOf(rows));
		expect(digestOf([rows[0]!, { ...rows[1]!, id: '2' }])).not.toBe(digestOf(rows));
		expect(digestOf([rows[0]!])).not.toBe(digestOf(rows));
	});
});
