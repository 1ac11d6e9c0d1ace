import { fail, redirect } from '@sveltejs/kit';
import * as classes from '$lib/server/classes/classes';
import { requireStudent } from '$lib/server/http/guards';
import { joinForm, parseForm } from '$lib/validation';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireStudent(event);
	return { code: event.url.searchParams.get('code') ?? '' };
};

const reasons = {
	'unknown-code':
		'No class uses that code. Check each letter with your teacher: codes have 6 characters and never use 0, O, 1, I or L.',
	archived: 'That class has been archived, so it no longer takes new students. Ask your teacher.',
	'not-a-student': 'Only student accounts can join a class.'
};

export const actions: Actions = {
	default: async (event) => {
		const student = requireStudent(event);
		const parsed = parseForm(joinForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await classes.join(student, parsed.data.code);
		if (!result.ok) {
			const errors: Record<string, string> = { code: reasons[result.reason] };
			return fail(400, { errors, values: parsed.values });
		}
		redirect(303, `${paths.class(result.class.id)}?joined=1`);
	}
};
