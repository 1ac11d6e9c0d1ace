import { error } from '@sveltejs/kit';
import * as results from '$lib/server/debates/results';
import * as debates from '$lib/server/debates/debates';
import { requireUser } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	try {
		return { results: results.results(user, Number(event.params.debateId)) };
	} catch (err) {
		if (err instanceof debates.DebateNotFoundError)
			error(404, 'There is no debate here, or it is not one of yours.');
		throw err;
	}
};
