import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/validation';
import { debateForm } from './schema';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	const base = {
		articleId: '1',
		classId: '2',
		motion: 'Schools should ban phones.',
		sideFor: 'Ban',
		sideAgainst: 'No ban',
		sideAssignment: 'balance'
	};
	for (const [name, value] of Object.entries({ ...base, ...fields })) data.set(name, value);
	return data;
}

describe('the new-debate form', () => {
	it('takes a plain motion and side names', () => {
		expect(parseForm(debateForm, form({})).ok).toBe(true);
	});

	it('refuses side names and motions that could display reversed or disguised', () => {
		// U+202E turns "Ban" + override + "nab oN" into what reads as another side's name.
		for (const [field, value] of [
			['sideFor', 'Ban\u202Enab oN'],
			['sideAgainst', '\u2067No ban'],
			['motion', 'Phones\u202D are fine'],
			['sideFor', 'Ban\u0007']
		] as const) {
			const parsed = parseForm(debateForm, form({ [field]: value }));
			expect(parsed.ok, `${field} ${JSON.stringify(value)}`).toBe(false);
			if (!parsed.ok) expect(parsed.errors[field]).toMatch(/control or text-direction characters/);
		}
	});
});
