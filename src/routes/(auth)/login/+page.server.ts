import { fail, redirect } from '@sveltejs/kit';
import { logIn, retryMessage } from '$lib/server/auth/login';
import { startSession } from '$lib/server/auth/start-session';
import { safeNext } from '$lib/server/http/guards';
import { loginForm, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin));
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const parsed = parseForm(loginForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { username, password } = parsed.data;
		const outcome = await logIn(username, password, getClientAddress());
		if (!outcome.ok) {
			const values = { username };
			if (outcome.reason === 'throttled') {
				return fail(429, { message: retryMessage(outcome.retryAfterMs), values });
			}
			return fail(400, {
				message: 'That username and password do not match. Check both and try again.',
				values
			});
		}
		await startSession(cookies, outcome.user.id);
		redirect(303, safeNext(url.searchParams.get('next'), url.origin));
	}
};
