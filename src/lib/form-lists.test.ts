import { describe, expect, it } from 'vitest';
import { MAX_CLASS_CHOICES, readNumberList } from './form-lists';

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
