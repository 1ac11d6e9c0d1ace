import { transcriptMarkdown } from '$lib/debate';
import * as results from '$lib/server/debates/results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { RequestHandler } from './$types';
import { NOT_FOUND } from '../not-found';

/** The transcript as a Markdown download, for the class's teacher only. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	let material: results.Transcript;
	try {
		material = await results.transcript(user, debateId);
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
	return new Response(transcriptMarkdown(material.debate, material.posts, material.names), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="debate-${debateId}-transcript.md"`,
			'cache-control': 'private, no-store'
		}
	});
};
