import * as articles from '$lib/server/articles/articles';
import { requireUser } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const list = user.role === 'teacher' ? articles.listOwned(user) : articles.listForStudent(user);
	return { articles: list };
};
