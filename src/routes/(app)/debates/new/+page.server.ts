import { fail, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/articles/articles';
import * as classes from '$lib/server/classes/classes';
import * as debates from '$lib/server/debates/debates';
import { requireTeacher } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';
import { DEFAULTS, debateForm, settingsFrom } from './schema';
import { paths } from '$lib/paths';

export const load: PageServerLoad = (event) => {
	const teacher = requireTeacher(event);
	const query = event.url.searchParams;
	return {
		articles: articles.listOwned(teacher).map((a) => ({ id: a.id, title: a.title })),
		classes: classes
			.listTaught(teacher)
			.filter((c) => c.archivedAt === null)
			.map((c) => ({ id: c.id, name: c.name })),
		chosen: { articleId: Number(query.get('articleId')), classId: Number(query.get('classId')) },
		defaults: DEFAULTS
	};
};

export const actions: Actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = parseForm(debateForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { articleId, classId, motion, sideFor, sideAgainst } = parsed.data;
		let created;
		try {
			created = debates.create(teacher, {
				articleId,
				classId,
				motion,
				sideFor,
				sideAgainst,
				settings: settingsFrom(parsed.data)
			});
		} catch (err) {
			rethrowNotFound(err, 'That article or class is not one of yours.');
		}
		redirect(303, paths.debate(created.id));
	}
};
