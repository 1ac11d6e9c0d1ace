import * as results from '$lib/server/debates/results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { printableTranscript } from './printable';
import type { PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';
import { splitGroups } from '../split-pages';
import { paths } from '$lib/paths';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	try {
		const groups = await splitGroups(user, debateId, paths.debateTranscript);
		const material = await results.transcript(user, debateId);
		return { debateId, debate: material.debate, sections: printableTranscript(material), groups };
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
};
