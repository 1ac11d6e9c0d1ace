import { fail, redirect } from '@sveltejs/kit';
import { retryMessage } from '$lib/server/auth/login';
import { signupsByAddress, takenUsernamesByAddress } from '$lib/server/auth/login-throttle';
import { startSession } from '$lib/server/auth/start-session';
import { createUser, isUsernameTaken, UsernameTakenError } from '$lib/server/auth/users';
import { parseForm, signupForm } from '$lib/validation';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, paths.home);
};

const TAKEN: Record<string, string> = { username: 'That username is taken. Choose another.' };

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress }) => {
		const parsed = parseForm(signupForm, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const address = getClientAddress();
		// Checked and counted in one step before the password is hashed, so concurrent probes see
		// each other. Only answers that reveal a taken name are slowed: free names are not.
		const taken = await isUsernameTaken(parsed.data.username);
		const decision = await (taken ? takenUsernamesByAddress : signupsByAddress).take(address);
		if (!decision.allowed) {
			const message = retryMessage(decision.retryAfterMs).replace(
				'failed logins',
				'signups from here'
			);
			return fail(429, { message, values: parsed.values });
		}
		if (taken) return fail(400, { errors: TAKEN, values: parsed.values });
		try {
			const user = await createUser(parsed.data);
			await startSession(cookies, user.id);
		} catch (err) {
			if (!(err instanceof UsernameTakenError)) throw err;
			return fail(400, { errors: TAKEN, values: parsed.values });
		}
		redirect(303, paths.home);
	}
};
