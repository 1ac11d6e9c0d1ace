import * as articles from '$lib/server/articles/articles';
import { requireUser } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const list =
		user.role === 'teacher' ? await articles.listOwned(user) : await articles.listForStudent(user);
	return { articles: list };
};
