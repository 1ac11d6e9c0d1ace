import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_CLASS_CHOICES, numberListField, readNumberList } from './form-lists';
import { parseForm } from './validation';

function formOf(field: string, values: string[]): FormData {
	const form = new FormData();
	for (const value of values) form.append(field, value);
	return form;
}

describe('readNumberList', () => {
	it('reads distinct whole numbers and drops anything else', () => {
		const form = formOf('classId', ['3', '1', '3', 'x', '-2', '1.5', '']);
		expect(readNumberList(form, 'classId', MAX_CLASS_CHOICES, 'classes')).toEqual({
			ok: true,
			values: [3, 1]
		});
	});

	it('refuses more values than the cap, repeated ones included, with a sentence', () => {
		const form = formOf('classId', Array(MAX_CLASS_CHOICES + 1).fill('1'));
		const result = readNumberList(form, 'classId', MAX_CLASS_CHOICES, 'classes');
		expect(result).toEqual({
			ok: false,
			message: expect.stringContaining('at most 100 classes; this one sent 101')
		});
	});
});

describe('numberListField', () => {
	const shareForm = z.object({ classId: numberListField(MAX_CLASS_CHOICES, 'classes') });

	it('gives parseForm every value sent, and keeps the list out of the values shown again', () => {
		const result = parseForm(shareForm, formOf('classId', ['3', '1', '3', 'x']));
		expect(result).toEqual({ ok: true, data: { classId: [3, 1] }, values: {} });
		expect(parseForm(shareForm, new FormData())).toMatchObject({ data: { classId: [] } });
	});

	it('refuses more values than the cap with readNumberList’s sentence', () => {
		const result = parseForm(shareForm, formOf('classId', Array(MAX_CLASS_CHOICES + 1).fill('1')));
		expect(result).toMatchObject({
			ok: false,
			errors: { classId: expect.stringContaining('at most 100 classes; this one sent 101') }
		});
	});
});
