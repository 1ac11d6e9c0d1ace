import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from '$lib/validation';
import { confirmForm, formIdField, formText, optionalFormId } from './fields';

function form(fields: [string, string | Blob][]): FormData {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
}

const idForm = z.object({ id: formIdField('Choose one.'), other: optionalFormId, note: formText });

describe('shared form fields', () => {
	it('read an id as a positive whole number, and anything else as the form’s sentence', () => {
		expect(parseForm(idForm, form([['id', '42']]))).toMatchObject({
			ok: true,
			data: { id: 42, other: null, note: '' }
		});
		for (const sent of ['0', '-3', '1.5', '1e3', ' 7', 'x', '']) {
			expect(parseForm(idForm, form([['id', sent]]))).toMatchObject({
				ok: false,
				errors: { id: 'Choose one.' }
			});
		}
		expect(parseForm(idForm, form([]))).toMatchObject({ errors: { id: 'Choose one.' } });
		expect(
			parseForm(
				idForm,
				form([
					['id', '1'],
					['other', '9']
				])
			)
		).toMatchObject({
			data: { other: 9 }
		});
	});

	it('refuse an id sent twice, as every parseForm field', () => {
		const twice = form([
			['id', '1'],
			['id', '2']
		]);
		expect(parseForm(idForm, twice)).toMatchObject({
			ok: false,
			errors: { id: 'Send this field once, as text.' }
		});
	});

	it('take a confirmation only from a ticked box', () => {
		expect(parseForm(confirmForm, form([['confirm', 'yes']]))).toMatchObject({
			data: { confirm: true }
		});
		expect(parseForm(confirmForm, form([]))).toMatchObject({ data: { confirm: false } });
		expect(parseForm(confirmForm, form([['confirm', 'on']]))).toMatchObject({
			data: { confirm: false }
		});
	});
});
