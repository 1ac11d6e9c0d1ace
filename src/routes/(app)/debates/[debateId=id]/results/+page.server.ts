import { redirect } from '@sveltejs/kit';
import { paths } from '$lib/paths';
import * as groups from '$lib/server/debates/groups';
import * as results from '$lib/server/debates/results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	try {
		// A debate held in groups has its results in its groups: the teacher compares them on the
		// combined page, a student reads their own group's.
		const info = await groups.info(user, debateId);
		if (info && info.groupName === null) {
			const own = await groups.roomOf(user, debateId);
			if (info.groups.length > 0) redirect(303, paths.debateGroupResults(debateId));
			if (own !== null) redirect(303, paths.debateResults(own));
		}
		return { results: await results.results(user, debateId) };
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
};
