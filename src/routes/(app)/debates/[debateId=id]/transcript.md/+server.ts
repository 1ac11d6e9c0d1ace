import { error } from '@sveltejs/kit';
import { transcriptMarkdown } from '$lib/debate';
import * as results from '$lib/server/debates/results';
import * as debates from '$lib/server/debates/debates';
import { requireUser } from '$lib/server/http/guards';
import type { RequestHandler } from './$types';

/** The transcript as a Markdown download, for the class's teacher only. */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	let material: results.Transcript;
	try {
		material = results.transcript(user, debateId);
	} catch (err) {
		if (err instanceof debates.DebateNotFoundError)
			error(404, 'There is no debate here, or it is not one of yours.');
		throw err;
	}
	return new Response(transcriptMarkdown(material.debate, material.posts, material.names), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="debate-${debateId}-transcript.md"`,
			'cache-control': 'private, no-store'
		}
	});
};
