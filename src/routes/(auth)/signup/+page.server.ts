import { fail, redirect } from '@sveltejs/kit';
import { startSession } from '$lib/server/auth/start-session';
import { createUser, UsernameTakenError } from '$lib/server/users';
import { parseForm, signupForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/');
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const parsed = parseForm(signupForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			const user = await createUser(parsed.data);
			startSession(cookies, user.id);
		} catch (err) {
			if (!(err instanceof UsernameTakenError)) throw err;
			const errors: Record<string, string> = {
				username: 'That username is taken. Choose another.'
			};
			return fail(400, { errors, values: parsed.values });
		}
		redirect(303, '/');
	}
};
