import { describe, expect, it } from 'vitest';
import { MIX_MAX, mixField, parseMixForm, parseSkillField } from './skill-mix';

function form(entries: [string, string | Blob][]): FormData {
	const data = new FormData();
	for (const [key, value] of entries) data.append(key, value);
	return data;
}

describe('parseMixForm', () => {
	it('reads every box empty as the engine’s default mix', () => {
		const result = parseMixForm(
			form([
				[mixField('central-idea'), ''],
				['other', 'x']
			])
		);
		expect(result).toMatchObject({ ok: true, mix: undefined });
	});

	it('keeps the skills asked for and drops zeros', () => {
		const result = parseMixForm(
			form([
				[mixField('central-idea'), ' 2 '],
				[mixField('inference'), '0'],
				[mixField('key-details'), '3']
			])
		);
		expect(result.ok && result.mix).toEqual({ 'central-idea': 2, 'key-details': 3 });
	});

	it.each(['-1', String(MIX_MAX + 1), '2.5', 'two', '1e1'])('refuses a count of %j', (raw) => {
		const result = parseMixForm(form([[mixField('sequence'), raw]]));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.code).toBe('out-of-range');
			expect(result.errors[mixField('sequence')]).toBe('Ask for a whole number from 0 to 10.');
			expect(result.values[mixField('sequence')]).toBe(raw);
		}
	});

	it('refuses an unknown skill, a repeated box and a file', () => {
		const unknown = parseMixForm(form([['mix-spelling', '2']]));
		expect(!unknown.ok && unknown.code).toBe('unknown-skill');
		const twice = parseMixForm(
			form([
				[mixField('inference'), '1'],
				[mixField('inference'), '2']
			])
		);
		expect(!twice.ok && twice.code).toBe('repeated');
		const file = parseMixForm(form([[mixField('inference'), new Blob(['1'])]]));
		expect(!file.ok && file.code).toBe('repeated');
	});

	it('refuses all zeros and more than a quiz’s worth', () => {
		const zeros = parseMixForm(form([[mixField('inference'), '0']]));
		expect(!zeros.ok && zeros.code).toBe('none-asked');
		const many = parseMixForm(
			form(['central-idea', 'inference', 'sequence', 'key-details'].map((s) => [`mix-${s}`, '10']))
		);
		expect(!many.ok && many.code).toBe('too-many');
	});
});

describe('parseSkillField', () => {
	it('accepts none or a listed skill and refuses the rest', () => {
		expect(parseSkillField(undefined)).toEqual({ ok: true, skill: null });
		expect(parseSkillField('')).toEqual({ ok: true, skill: null });
		expect(parseSkillField('inference')).toEqual({ ok: true, skill: 'inference' });
		expect(parseSkillField('spelling').ok).toBe(false);
	});
});
