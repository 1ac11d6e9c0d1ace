import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guards';
import { changePassword } from '$lib/server/users';
import { changePasswordForm, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';

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
	}
};
