import { error, fail, isActionFailure, redirect, type RequestEvent } from '@sveltejs/kit';
import { isFlagReason, isReactionKind, isSide } from '$lib/debate';
import * as debates from '$lib/server/debates/debates';
import * as groups from '$lib/server/debates/groups';
import * as phases from '$lib/server/debates/phases';
import { formId, requireUser } from '$lib/server/http/guards';
import * as moderation from '$lib/server/debates/moderation';
import * as posts from '$lib/server/debates/posts';
import type { PublicUser } from '$lib/server/auth/public-user';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { NOT_FOUND } from './not-found';

/** What any room action returns to the page. */
export interface RoomForm {
	action: string;
	ok?: boolean;
	message?: string;
	errors?: Record<string, string>;
	values?: Record<string, string>;
}

type Event = RequestEvent<{ debateId: string }>;
type Handler = (user: PublicUser, debateId: number, form: FormData) => unknown;

/** Where a done action lands: the room as it was viewed, without the one-off reply target. */
export function backTo(url: URL): string {
	const kept = new URLSearchParams();
	for (const key of ['para', 'before']) {
		const value = url.searchParams.get(key);
		if (value) kept.set(key, value);
	}
	const query = kept.toString();
	return url.pathname + (query ? `?${query}` : '');
}

/**
 * One guard for every room action: the signed-in user, the form, and the domain's refusals
 * turned into a 404 (not allowed, as for an unknown id) or a 400 with the sentence to show.
 * A done action redirects (post/redirect/get), so reloading the page never sends it twice.
 */
export function action(name: string, run: Handler) {
	return async (event: Event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		let outcome: unknown;
		try {
			outcome = await run(user, Number(event.params.debateId), form);
		} catch (err) {
			if (err instanceof debates.DebateRefusal)
				return fail(400, { action: name, message: err.message });
			rethrowNotFound(err, NOT_FOUND);
		}
		if (isActionFailure(outcome)) return outcome;
		redirect(303, backTo(event.url));
	};
}

export const text = (form: FormData, field: string): string => {
	const value = form.get(field);
	return typeof value === 'string' ? value : '';
};

export function postId(form: FormData): number {
	const id = formId(form, 'postId');
	if (id === null) error(400, 'Choose a post.');
	return id;
}

function postInput(form: FormData): posts.PostInput {
	const paragraph = formId(form, 'paragraph');
	return {
		kind: text(form, 'kind'),
		parentId: formId(form, 'parentId'),
		claim: text(form, 'claim'),
		paragraph: paragraph === null ? null : paragraph - 1,
		quote: text(form, 'quote'),
		reasoning: text(form, 'reasoning')
	};
}

/** A refused post keeps what was typed; the errors name the fields. */
function postOutcome(name: string, result: posts.PostResult, form: FormData) {
	if (result.ok) return undefined;
	const values = Object.fromEntries(
		['kind', 'parentId', 'claim', 'paragraph', 'quote', 'reasoning', 'postId'].map((f) => [
			f,
			text(form, f)
		])
	);
	return fail(400, { action: name, errors: result.errors, values });
}

export const roomActions = {
	join: action('join', (user, id) => {
		// In a debate held in groups this places the student in a group; the page then leads there.
		groups.join(user, id);
	}),
	post: action('post', (user, id, form) =>
		postOutcome('post', posts.create(user, id, postInput(form)), form)
	),
	edit: action('edit', (user, _id, form) =>
		postOutcome('edit', posts.edit(user, postId(form), postInput(form)), form)
	),
	react: action('react', (user, _id, form) => {
		const kind = text(form, 'kind');
		if (!isReactionKind(kind)) error(400, 'Choose a reaction.');
		moderation.react(user, postId(form), kind, text(form, 'note'));
	}),
	flag: action('flag', (user, _id, form) => {
		const reason = text(form, 'reason');
		if (!isFlagReason(reason))
			throw new debates.DebateRefusal('Choose why you are flagging the post.');
		moderation.flag(user, postId(form), reason);
	}),
	replyFlag: action('replyFlag', (user, _id, form) => {
		const flagId = formId(form, 'flagId');
		if (flagId === null) error(400, 'Choose a flag.');
		moderation.replyToFlag(user, flagId, text(form, 'reply'));
	}),
	resolveFlag: action('resolveFlag', (user, _id, form) => {
		const flagId = formId(form, 'flagId');
		if (flagId === null) error(400, 'Choose a flag.');
		moderation.resolveFlag(user, flagId);
	}),
	vote: action('vote', (user, id, form) =>
		debates.voteStance(user, id, Number(text(form, 'stance')), text(form, 'note'))
	),
	chooseSide: action('chooseSide', (user, id, form) => {
		const side = text(form, 'side');
		if (!isSide(side)) throw new debates.DebateRefusal('Choose a side.');
		debates.chooseSide(user, id, side);
	}),
	assignSide: action('assignSide', (user, id, form) => {
		const side = text(form, 'side');
		const studentId = formId(form, 'studentId');
		if (!isSide(side) || studentId === null) throw new debates.DebateRefusal('Choose a side.');
		debates.assignSide(user, id, studentId, side);
	}),
	hide: action('hide', (user, _id, form) =>
		moderation.hide(user, postId(form), text(form, 'reason'))
	),
	restore: action('restore', (user, _id, form) => moderation.restore(user, postId(form))),
	pin: action('pin', (user, _id, form) =>
		moderation.setPinned(user, postId(form), text(form, 'pinned') === 'true')
	),
	advance: action('advance', (user, id) => void phases.advance(user, id)),
	start: action('start', (user, id) => void phases.start(user, id)),
	pause: action('pause', (user, id) => void phases.pause(user, id)),
	resume: action('resume', (user, id) => void phases.resume(user, id)),
	extend: action(
		'extend',
		(user, id, form) => void phases.extend(user, id, Number(text(form, 'minutes')))
	)
};
