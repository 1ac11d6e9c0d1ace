import { error } from '@sveltejs/kit';
import * as groupResults from '$lib/server/debates/group-results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { PageServerLoad } from './$types';
import { NOT_FOUND } from '../../not-found';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	let results: groupResults.CombinedResults | null;
	try {
		results = await groupResults.combined(user, Number(event.params.debateId));
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
	if (!results) error(404, 'This debate is not in groups, so it has no combined results.');
	return { results };
};
