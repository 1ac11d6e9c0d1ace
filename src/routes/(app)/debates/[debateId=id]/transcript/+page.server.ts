import * as results from '$lib/server/debates/results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { printableTranscript } from './printable';
import type { PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	try {
		const material = results.transcript(user, debateId);
		return { debateId, debate: material.debate, sections: printableTranscript(material) };
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
};
