import * as results from '$lib/server/debates/results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	try {
		return { results: results.results(user, Number(event.params.debateId)) };
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
};
