import { parseHighlight } from '$lib/reader/segments';
import * as articles from '$lib/server/articles/articles';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import * as groups from '$lib/server/debates/groups';
import * as room from '$lib/server/debates/room';
import { redirect } from '@sveltejs/kit';
import { roomActions } from './actions';
import type { Actions, PageServerLoad } from './$types';
import { NOT_FOUND } from './not-found';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const rawBefore = event.url.searchParams.get('before') ?? '';
	const before = /^\d{1,15}$/.test(rawBefore) ? Number(rawBefore) : null;
	const debateId = Number(event.params.debateId);
	let view: room.RoomView;
	let groupsInfo: groups.GroupsInfo | null;
	try {
		// A student opening a debate held in groups argues in their group's room (the redirect
		// passes through the catch untouched).
		const groupRoom = groups.roomOf(user, debateId);
		if (groupRoom !== null) redirect(303, `/debates/${groupRoom}`);
		view = room.view(user, debateId, Date.now(), before);
		groupsInfo = groups.info(user, debateId);
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
	const paragraphs = articles.paragraphTexts(view.articleId);
	const para = Number(event.url.searchParams.get('para'));
	const reply = Number(event.url.searchParams.get('reply'));
	return {
		room: view,
		groups: groupsInfo,
		article: { id: view.articleId, title: view.articleTitle },
		paragraphs,
		highlight: parseHighlight(event.url.searchParams.get('hl'), paragraphs),
		filter: Number.isInteger(para) && para >= 1 && para <= paragraphs.length ? para : null,
		before,
		replyTo: Number.isInteger(reply) && reply > 0 ? room.post(user, view.id, reply) : null
	};
};

export const actions: Actions = roomActions;
