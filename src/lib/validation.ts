import { z } from 'zod';
import { MAX_LENGTH, MIN_LENGTH } from './limits';
import { ROLES } from './types';
import { normaliseJoinCode } from './classes/join-code';

/**
 * Turns submitted form data into typed values or field-level messages. A field sent as a file
 * (or sent twice) is the wrong type and is reported, never coerced; only a `listField` repeats.
 */
export type FormResult<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> };

/**
 * NUL characters have no place in any text a person writes, and some programs that read our
 * exports stop at them: every form value loses them before anything else sees it.
 */
export function withoutNul(value: string): string {
	return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/** Fields marked by `listField`: the schema objects themselves, as a form's schema holds them. */
const LIST_FIELDS = new WeakSet<object>();

/**
 * Marks a field a form sends once per ticked box: `parseForm` hands its schema every value sent
 * (files included, for the schema to count and drop) instead of refusing the repeat. A list is
 * never in `values`, which keep typed text to show again.
 */
export function listField<T extends z.ZodType>(schema: T): T {
	LIST_FIELDS.add(schema);
	return schema;
}

/** The first refusal of a failed parse, for a form that shows one sentence. */
export function firstError(errors: Record<string, string>): string {
	return Object.values(errors)[0] ?? 'Send the form again.';
}

export function parseForm<S extends z.ZodObject>(
	schema: S,
	form: FormData,
	secretFields: string[] = ['password', 'newPassword', 'currentPassword', 'confirmPassword']
): FormResult<z.infer<S>> {
	const raw: Record<string, string> = {};
	const lists: Record<string, FormDataEntryValue[]> = {};
	const errors: Record<string, string> = {};
	for (const [field, fieldSchema] of Object.entries(schema.shape)) {
		const all = form.getAll(field);
		if (LIST_FIELDS.has(fieldSchema)) {
			lists[field] = all;
			continue;
		}
		if (all.length > 1 || (all.length === 1 && typeof all[0] !== 'string')) {
			errors[field] = 'Send this field once, as text.';
			continue;
		}
		if (typeof all[0] === 'string') raw[field] = withoutNul(all[0]);
	}
	const values = Object.fromEntries(
		Object.entries(raw).filter(([field]) => !secretFields.includes(field))
	);
	const parsed = schema.safeParse({ ...raw, ...lists });
	if (parsed.success && Object.keys(errors).length === 0) {
		return { ok: true, data: parsed.data, values };
	}
	for (const issue of parsed.success ? [] : parsed.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	return { ok: false, errors, values };
}

/**
 * Control characters, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that can make a name display reversed or disguised as another.
 */
export const DISGUISING_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export { MAX_LENGTH };

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]+$/;

export const username = z
	.string({ error: 'Enter a username.' })
	.trim()
	.min(MIN_LENGTH.username, `A username has at least ${MIN_LENGTH.username} characters.`)
	.max(MAX_LENGTH.username, `A username has at most ${MAX_LENGTH.username} characters.`)
	.regex(USERNAME_PATTERN, 'Use only letters, digits, dots, underscores and hyphens.');

export const displayName = z
	.string({ error: 'Enter your name as it should be shown.' })
	.trim()
	.min(1, 'Enter your name as it should be shown.')
	.max(MAX_LENGTH.displayName, `A display name has at most ${MAX_LENGTH.displayName} characters.`)
	// Control characters would hide or reorder what others see of the name.
	.refine(
		(value) => !DISGUISING_CHARACTERS.test(value),
		'A name cannot contain control or text-direction characters.'
	);

export const password = z
	.string({ error: 'Enter a password.' })
	.min(MIN_LENGTH.password, `A password has at least ${MIN_LENGTH.password} characters.`)
	.max(MAX_LENGTH.password, `A password has at most ${MAX_LENGTH.password} characters.`);

export const role = z.enum(ROLES, { error: 'Choose teacher or student.' });

export const className = z
	.string({ error: 'Enter a class name.' })
	.trim()
	.min(1, 'Enter a class name.')
	.max(MAX_LENGTH.className, `A class name has at most ${MAX_LENGTH.className} characters.`)
	.refine(
		(value) => !DISGUISING_CHARACTERS.test(value),
		'A class name cannot contain control or text-direction characters.'
	);

export const signupForm = z.object({ username, displayName, password, role });
export const loginForm = z.object({
	username: z.string({ error: 'Enter your username.' }).trim().min(1, 'Enter your username.'),
	password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.')
});
export const changePasswordForm = z.object({
	currentPassword: z
		.string({ error: 'Enter your current password.' })
		.min(1, 'Enter your current password.'),
	newPassword: password
});
export const classForm = z.object({ name: className });
export const joinForm = z.object({
	code: z
		.string({ error: 'Enter the join code.' })
		.transform(normaliseJoinCode)
		.pipe(z.string().min(1, 'Enter the join code your teacher gave you.'))
});
export const bulkAddForm = z.object({
	names: z
		.string({ error: 'Paste one name per line.' })
		.max(MAX_LENGTH.nameList, 'Paste at most 200 names at a time.')
});
export const studentForm = z.object({
	studentId: z.coerce.number({ error: 'Choose a student.' }).int().positive('Choose a student.')
});

const optionalText = (max: number, label: string) =>
	z
		.string()
		.trim()
		.max(max, `${label} has at most ${max} characters.`)
		.optional()
		.transform((value) => (value ? value : null));

export const articleDetailsForm = z.object({
	title: z
		.string({ error: 'Give the article a title.' })
		// The title box wraps: a line break typed or pasted into it is a space in the headline.
		.overwrite((value) => value.replace(/\s+/g, ' '))
		.trim()
		.min(1, 'Give the article a title.')
		.max(MAX_LENGTH.articleTitle, `A title has at most ${MAX_LENGTH.articleTitle} characters.`),
	standfirst: optionalText(MAX_LENGTH.standfirst, 'The summary'),
	byline: optionalText(MAX_LENGTH.byline, 'The byline'),
	source: optionalText(MAX_LENGTH.source, 'The source'),
	publishedOn: z
		.string()
		.trim()
		.optional()
		.transform((value) => (value ? value : null))
		.refine(
			(value) => value === null || /^\d{4}-\d{2}-\d{2}$/.test(value),
			'Use a date like 2026-03-14.'
		)
});

export const glossaryTermForm = z.object({
	term: z
		.string({ error: 'Enter the term.' })
		.trim()
		.min(1, 'Enter the term.')
		.max(MAX_LENGTH.term, `A term has at most ${MAX_LENGTH.term} characters.`),
	definition: z
		.string({ error: 'Enter a definition.' })
		.trim()
		.min(1, 'Enter a definition.')
		.max(MAX_LENGTH.definition, `A definition has at most ${MAX_LENGTH.definition} characters.`)
});
