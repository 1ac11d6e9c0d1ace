import { describe, expect, it } from 'vitest';
import { articleDetailsForm, joinForm, parseForm, signupForm } from './validation';
import { MAX_LENGTH } from './limits';

function form(fields: Record<string, string | Blob>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.append(key, value);
	return data;
}

const good = {
	username: 'ana.t',
	displayName: 'Ana Torres',
	password: 'long-enough',
	role: 'student'
};

describe('parseForm with the signup schema', () => {
	it('accepts valid fields and trims them', () => {
		const result = parseForm(signupForm, form({ ...good, username: ' ana.t ' }));
		expect(result.ok && result.data).toEqual({ ...good });
	});

	it.each([
		['username', 'ab', 'at least 3'],
		['username', 'a'.repeat(33), 'at most 32'],
		['username', 'ana torres', 'Use only letters'],
		['displayName', '', 'Enter your name'],
		['displayName', 'x'.repeat(81), 'at most 80'],
		['displayName', 'tab\there', 'control or text-direction characters'],
		['displayName', 'Ana \u202Esortoro', 'control or text-direction characters'],
		['password', 'short', 'at least 8'],
		['password', 'p'.repeat(256), 'at most 255'],
		['role', 'admin', 'Choose teacher or student']
	])('reports %s = %j with a message', (field, value, message) => {
		const result = parseForm(signupForm, form({ ...good, [field]: value }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[field]).toContain(message);
	});

	it('accepts display names in any script', () => {
		const result = parseForm(signupForm, form({ ...good, displayName: 'Zoë 李 محمد' }));
		expect(result.ok).toBe(true);
	});

	it('reports a missing field', () => {
		const { username: _omit, ...rest } = good;
		void _omit;
		const result = parseForm(signupForm, form(rest));
		expect(!result.ok && result.errors.username).toBe('Enter a username.');
	});

	it('refuses a file or a repeated field as the wrong type', () => {
		const data = form({ ...good, username: new Blob(['ana']) });
		const result = parseForm(signupForm, data);
		expect(!result.ok && result.errors.username).toBe('Send this field once, as text.');
		const twice = form(good);
		twice.append('role', 'teacher');
		expect(!parseForm(signupForm, twice).ok).toBe(true);
	});

	it('echoes the other fields back, never the password', () => {
		const result = parseForm(signupForm, form({ ...good, username: 'x' }));
		expect(!result.ok && result.values).toEqual({
			username: 'x',
			displayName: 'Ana Torres',
			role: 'student'
		});
	});
});

describe('the join form', () => {
	it('normalises the typed code', () => {
		const result = parseForm(joinForm, form({ code: ' ab3 k7q ' }));
		expect(result.ok && result.data.code).toBe('AB3K7Q');
	});
});

describe('the article details form', () => {
	it('folds a line break typed into the wrapping title box into a space', () => {
		const result = parseForm(articleDetailsForm, form({ title: ' Pier shuts\r\nfor a year ' }));
		expect(result.ok && result.data.title).toBe('Pier shuts for a year');
	});

	it('holds a title to the one shared limit, counted after folding', () => {
		const longest = 'a'.repeat(MAX_LENGTH.articleTitle);
		expect(parseForm(articleDetailsForm, form({ title: longest })).ok).toBe(true);
		const over = parseForm(articleDetailsForm, form({ title: `${longest}b` }));
		expect(!over.ok && over.errors.title).toMatch(/at most/);
	});
});
