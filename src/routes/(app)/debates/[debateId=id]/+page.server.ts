import { articleHtml } from '$lib/reader/article-html';
import { parseHighlight } from '$lib/reader/segments';
import { paths } from '$lib/paths';
import * as renderedArticles from '$lib/server/articles/rendered';
import { OtherGroupError } from '$lib/server/debates/debates';
import * as groups from '$lib/server/debates/groups';
import * as room from '$lib/server/debates/room';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { redirect } from '@sveltejs/kit';
import { roomActions } from './actions';
import { roomArticle } from './article-once';
import type { Actions, PageServerLoad } from './$types';
import { MOVED_PARAM, NOT_FOUND } from './not-found';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const rawBefore = event.url.searchParams.get('before') ?? '';
	const before = /^\d{1,15}$/.test(rawBefore) ? Number(rawBefore) : null;
	const debateId = Number(event.params.debateId);
	let entered: Exclude<Awaited<ReturnType<typeof room.entry>>, { groupRoom: number }>;
	try {
		const found = await room.entry(user, debateId, Date.now(), before);
		// A student opening a debate held in groups argues in their group's room (the redirect
		// passes through the catch untouched).
		if ('groupRoom' in found) redirect(303, paths.debate(found.groupRoom));
		entered = found;
	} catch (err) {
		// Regrouped while the room was open (its page asks again with MOVED_PARAM when refused):
		// on to the room the student is in now, saying why. Any other visit to another group's
		// room is refused as before.
		const moved = err instanceof OtherGroupError && event.url.searchParams.has(MOVED_PARAM);
		const movedTo = moved ? await groups.movedTo(user, debateId) : null;
		if (movedTo !== null) redirect(303, `${paths.debate(movedTo)}?${MOVED_PARAM}`);
		rethrowNotFound(err, NOT_FOUND);
	}
	const { view } = entered;
	// Rendered once per article and reused; a highlighted span (an evidence link) is rendered anew.
	const article = await renderedArticles.rendered(view.articleId);
	const highlight = parseHighlight(event.url.searchParams.get('hl'), article.paragraphs);
	const paragraphCount = article.paragraphs.length;
	const para = Number(event.url.searchParams.get('para'));
	const reply = Number(event.url.searchParams.get('reply'));
	return {
		room: view,
		groups: entered.groups,
		moved: event.url.searchParams.has(MOVED_PARAM),
		article: roomArticle(
			{
				id: view.articleId,
				title: view.articleTitle,
				html: highlight ? articleHtml(article.paragraphs, highlight) : article.html
			},
			!event.isDataRequest
		),
		paragraphCount,
		filter: Number.isInteger(para) && para >= 1 && para <= paragraphCount ? para : null,
		before,
		replyTo: Number.isInteger(reply) && reply > 0 ? await room.post(user, view.id, reply) : null
	};
};

export const actions = roomActions satisfies Actions;
