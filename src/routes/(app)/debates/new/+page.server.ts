import { fail, redirect } from '@sveltejs/kit';
import { suggestDebates } from '$lib/debate/suggest';
import * as articles from '$lib/server/articles/articles';
import type { PublicUser } from '$lib/server/auth/public-user';
import * as classes from '$lib/server/classes/classes';
import * as debates from '$lib/server/debates/debates';
import { requireTeacher } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';
import { DEFAULTS, debateForm, settingsFrom } from './schema';
import { paths } from '$lib/paths';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const query = event.url.searchParams;
	const owned = await articles.listOwned(teacher);
	const article = owned.find((a) => a.id === Number(query.get('articleId'))) ?? owned[0];
	const suggestions = article ? await suggestionsFor(teacher, article.id) : [];
	// Without JavaScript, "Use this motion" sends the form as a GET: fill in what it chose.
	const used = query.has('use') ? (suggestions[Number(query.get('use'))] ?? null) : null;
	return {
		articles: owned.map((a) => ({ id: a.id, title: a.title })),
		classes: (await classes.listTaught(teacher))
			.filter((c) => c.archivedAt === null)
			.map((c) => ({ id: c.id, name: c.name })),
		chosen: {
			articleId: article?.id ?? 0,
			classId: Number(query.get('classId')),
			motion: used?.motion ?? query.get('motion') ?? DEFAULTS.motion,
			sideFor: used?.sideFor ?? query.get('sideFor') ?? DEFAULTS.sides.for,
			sideAgainst: used?.sideAgainst ?? query.get('sideAgainst') ?? DEFAULTS.sides.against
		},
		suggestions: article ? { articleTitle: article.title, list: suggestions } : null,
		defaults: DEFAULTS
	};
};

/** Motions drawn from this article alone (never another debate's): see $lib/debate/suggest. */
async function suggestionsFor(teacher: PublicUser, articleId: number) {
	const readable = await articles.getReadable(teacher, articleId);
	if (!readable) return [];
	const { title, standfirst } = readable.article;
	return suggestDebates({ title, standfirst, paragraphs: readable.paragraphs });
}

export const actions: Actions = {
	default: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = parseForm(debateForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { articleId, classId, motion, sideFor, sideAgainst } = parsed.data;
		let created;
		try {
			created = await debates.create(teacher, {
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
