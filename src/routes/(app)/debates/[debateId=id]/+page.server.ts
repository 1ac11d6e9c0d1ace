import { parseHighlight } from '$lib/reader/segments';
import * as articles from '$lib/server/articles/articles';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import * as room from '$lib/server/debates/room';
import { roomActions } from './actions';
import type { Actions, PageServerLoad } from './$types';
import { NOT_FOUND } from './not-found';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const rawBefore = event.url.searchParams.get('before') ?? '';
	const before = /^\d{1,15}$/.test(rawBefore) ? Number(rawBefore) : null;
	let view: room.RoomView;
	try {
		view = room.view(user, Number(event.params.debateId), Date.now(), before);
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
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
