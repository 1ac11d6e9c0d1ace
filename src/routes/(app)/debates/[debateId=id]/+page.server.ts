import { error } from '@sveltejs/kit';
import { parseHighlight } from '$lib/reader/segments';
import * as articles from '$lib/server/articles/articles';
import * as debates from '$lib/server/debates/debates';
import { requireUser } from '$lib/server/http/guards';
import * as room from '$lib/server/debates/room';
import { roomActions } from './actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const rawBefore = event.url.searchParams.get('before') ?? '';
	const before = /^\d{1,15}$/.test(rawBefore) ? Number(rawBefore) : null;
	let view: room.RoomView;
	try {
		view = room.view(user, Number(event.params.debateId), Date.now(), before);
	} catch (err) {
		if (err instanceof debates.DebateNotFoundError)
			error(404, 'There is no debate here, or it is not one of yours.');
		throw err;
	}
	const paragraphs = articles.paragraphTexts(view.articleId);
	const para = Number(event.url.searchParams.get('para'));
	const reply = Number(event.url.searchParams.get('reply'));
	return {
		room: view,
		article: { id: view.articleId, title: view.articleTitle },
		paragraphs,
		highlight: parseHighlight(event.url.searchParams.get('hl'), paragraphs),
		filter: Number.isInteger(para) && para >= 1 && para <= paragraphs.length ? para : null,
		before,
		replyTo: Number.isInteger(reply) && reply > 0 ? room.post(user, view.id, reply) : null
	};
};

export const actions: Actions = roomActions;
