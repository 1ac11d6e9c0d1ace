import { error, json } from '@sveltejs/kit';
import * as room from '$lib/server/debates/room';
import type { RequestHandler } from './$types';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { STREAM_NOT_FOUND } from '../not-found';

/**
 * What the live page fetches after an event: `?post=N` gives that post as this viewer may see it
 * (null once it is hidden from them), otherwise the room's header state. Both are small and do
 * not grow with the room, so an event costs the same in a room of 10 posts or 2,000.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = locals.user;
	if (!user) error(401, 'Log in to follow the debate.');
	const debateId = Number(params.debateId);
	const raw = url.searchParams.get('post');
	try {
		if (raw !== null) {
			if (!/^\d{1,15}$/.test(raw)) error(400, 'Choose a post.');
			return json({ post: await room.post(user, debateId, Number(raw)) });
		}
		return json({ state: await room.state(user, debateId) });
	} catch (err) {
		rethrowNotFound(err, STREAM_NOT_FOUND);
	}
};
