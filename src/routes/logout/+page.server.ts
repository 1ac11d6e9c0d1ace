import { redirect } from '@sveltejs/kit';
import { deleteSessionTokenCookie } from '$lib/server/auth/cookie';
import { invalidateSession } from '$lib/server/auth/session';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, paths.login);
};

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await invalidateSession(locals.session.id);
		deleteSessionTokenCookie(cookies);
		redirect(303, paths.login);
	}
};
