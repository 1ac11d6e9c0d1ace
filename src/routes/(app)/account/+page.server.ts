import { fail, redirect } from '@sveltejs/kit';
import { deleteSessionTokenCookie } from '$lib/server/auth/cookie';
import { requireUser } from '$lib/server/http/guards';
import * as privacy from '$lib/server/classes/privacy';
import { changePassword } from '$lib/server/auth/users';
import { changePasswordForm, parseForm } from '$lib/validation';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';
import { deleteAccountForm } from './schema';

export const load: PageServerLoad = (event) => {
	requireUser(event);
};

export const actions: Actions = {
	changePassword: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(changePasswordForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { currentPassword, newPassword } = parsed.data;
		const sessionId = event.locals.session?.id ?? '';
		if (!(await changePassword(user.id, currentPassword, newPassword, sessionId))) {
			const errors: Record<string, string> = {
				currentPassword: 'That is not your current password.'
			};
			return fail(400, { errors });
		}
		return { changed: true };
	},
	deleteAccount: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(deleteAccountForm, await event.request.formData());
		if (!parsed.ok || !(await privacy.deleteAccount(user, parsed.data.password))) {
			const errors: Record<string, string> = {
				password: 'That is not your password; the account was not deleted.'
			};
			return fail(400, { errors });
		}
		deleteSessionTokenCookie(event.cookies);
		redirect(303, `${paths.login}?deleted=1`);
	}
};
