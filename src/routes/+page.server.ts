import { fail, redirect } from '@sveltejs/kit';
import * as assignments from '$lib/server/quizzes/assignments';
import * as classes from '$lib/server/classes/classes';
import * as debates from '$lib/server/debates/debates';
import * as demo from '$lib/server/db/demo';
import { requireTeacher } from '$lib/server/http/guards';
import { confirmForm } from '$lib/forms/fields';
import { classForm, parseForm } from '$lib/validation';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	if (!user) return { classes: [], assignments: [] };
	if (user.role === 'teacher') {
		return {
			classes: await classes.listTaught(user),
			assignments: [],
			demo: (await demo.password()) !== null
		};
	}
	return {
		classes: await classes.listJoined(user),
		assignments: await assignments.listForStudent(user),
		debates: await debates.listForStudent(user)
	};
};

export const actions: Actions = {
	createClass: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = parseForm(classForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const created = await classes.create(teacher, parsed.data.name);
		redirect(303, `${paths.class(created.id)}?created=1`);
	},
	removeDemo: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = parseForm(confirmForm, await event.request.formData());
		// A confirmation sent twice confirms nothing: the box is asked for again.
		const result = await demo.remove(teacher, parsed.ok && parsed.data.confirm);
		if (!result.ok && result.code === 'not-confirmed')
			return fail(400, { demoError: result.reason });
		// The demo teacher removing the demo deletes their own account: they land signed out.
		redirect(303, paths.home);
	}
};
