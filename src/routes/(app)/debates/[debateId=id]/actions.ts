import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { parseForm } from '$lib/validation';
import * as debates from '$lib/server/debates/debates';
import * as groups from '$lib/server/debates/groups';
import * as phases from '$lib/server/debates/phases';
import { requireUser } from '$lib/server/http/guards';
import * as moderation from '$lib/server/debates/moderation';
import * as posts from '$lib/server/debates/posts';
import type { PublicUser } from '$lib/server/auth/public-user';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { FLAGGED_PARAM, NOT_FOUND } from './not-found';
import { CHOSEN_FIELDS, roomForms, type RoomFailure } from './room-forms';

type Refused = ActionFailure<RoomFailure>;
type Outcome = Refused | undefined | void;

type Event = RequestEvent<{ debateId: string }>;
/** `values` are the fields as sent, for a refused form to show again. */
type Handler<T> = (
	user: PublicUser,
	debateId: number,
	data: T,
	values: Record<string, string>
) => Outcome | Promise<Outcome>;

/** Where a done action lands: the room as it was viewed, without the one-off reply target. */
export function backTo(url: URL, done: Record<string, string> = {}): string {
	const kept = new URLSearchParams(done);
	for (const key of ['para', 'before']) {
		const value = url.searchParams.get(key);
		if (value) kept.set(key, value);
	}
	const query = kept.toString();
	return url.pathname + (query ? `?${query}` : '');
}

/**
 * One guard for every room action: the signed-in user, the form parsed with its schema, and the
 * domain's refusals turned into a 404 (not allowed, as for an unknown id) or a 400 with the
 * sentence to show. A done action redirects (post/redirect/get), so reloading the page never
 * sends it twice.
 */
/** `done` names what a done action leaves in the address, for a page that shows no other trace. */
export function action<S extends z.ZodObject>(
	name: string,
	schema: S,
	run: Handler<z.infer<S>>,
	done?: (data: z.infer<S>) => { query: Record<string, string>; hash: string }
) {
	return async (event: Event): Promise<Refused> => {
		const user = requireUser(event);
		const parsed = parseForm(schema, await event.request.formData());
		if (!parsed.ok) {
			const field = Object.keys(schema.shape).find((f) => parsed.errors[f]) ?? 'form';
			const message = parsed.errors[field] ?? 'Send the form again.';
			if (!CHOSEN_FIELDS.includes(field)) error(400, message);
			return fail(400, { action: name, message });
		}
		const debateId = Number(event.params.debateId);
		let outcome: Outcome;
		try {
			outcome = await run(user, debateId, parsed.data, parsed.values);
		} catch (err) {
			if (err instanceof debates.DebateRefusal)
				return fail(400, { action: name, message: err.message });
			rethrowNotFound(err, NOT_FOUND);
		}
		// A handler returns only a refusal (or nothing): anything it returns goes back to the page.
		if (outcome) return outcome;
		const landing = done?.(parsed.data);
		redirect(303, backTo(event.url, landing?.query) + (landing ? `#${landing.hash}` : ''));
	};
}

type PostForm = z.infer<typeof roomForms.post>;

function postInput(data: PostForm): posts.PostInput {
	const { kind, parentId, claim, paragraph, quote, reasoning } = data;
	return {
		kind,
		parentId,
		claim,
		paragraph: paragraph === null ? null : paragraph - 1,
		quote,
		reasoning
	};
}

/** A refused post keeps what was typed; the errors name the fields. */
function postOutcome(
	name: string,
	result: posts.PostResult,
	values: Record<string, string>
): Refused | undefined {
	if (result.ok) return undefined;
	return fail(400, { action: name, errors: result.errors, values });
}

export const roomActions = {
	join: action('join', roomForms.none, async (user, id) => {
		// In a debate held in groups this places the student in a group; the page then leads there.
		await groups.join(user, id);
	}),
	post: action('post', roomForms.post, async (user, id, data, values) =>
		postOutcome('post', await posts.create(user, id, postInput(data)), values)
	),
	edit: action('edit', roomForms.edit, async (user, _id, data, values) =>
		postOutcome('edit', await posts.edit(user, data.postId, postInput(data)), values)
	),
	react: action('react', roomForms.react, async (user, _id, data) => {
		await moderation.react(user, data.postId, data.kind, data.note);
	}),
	// A flag changes nothing the student sees, so the room says it went (FLAGGED_PARAM).
	flag: action(
		'flag',
		roomForms.flag,
		async (user, _id, data) => {
			await moderation.flag(user, data.postId, data.reason);
		},
		(data) => ({ query: { [FLAGGED_PARAM]: String(data.postId) }, hash: `post-${data.postId}` })
	),
	replyFlag: action('replyFlag', roomForms.replyFlag, async (user, _id, data) => {
		await moderation.replyToFlag(user, data.flagId, data.reply);
	}),
	resolveFlag: action('resolveFlag', roomForms.resolveFlag, async (user, _id, data) => {
		await moderation.resolveFlag(user, data.flagId);
	}),
	vote: action('vote', roomForms.vote, async (user, id, data) => {
		await debates.voteStance(user, id, data.stance, data.note);
	}),
	chooseSide: action('chooseSide', roomForms.chooseSide, async (user, id, data) => {
		await debates.chooseSide(user, id, data.side);
	}),
	assignSide: action('assignSide', roomForms.assignSide, async (user, id, data) => {
		await debates.assignSide(user, id, data.studentId, data.side);
	}),
	hide: action('hide', roomForms.hide, async (user, _id, data) => {
		await moderation.hide(user, data.postId, data.reason);
	}),
	restore: action('restore', roomForms.restore, async (user, _id, data) => {
		await moderation.restore(user, data.postId);
	}),
	pin: action('pin', roomForms.pin, async (user, _id, data) => {
		await moderation.setPinned(user, data.postId, data.pinned);
	}),
	advance: action('advance', roomForms.none, async (user, id) => {
		await phases.advance(user, id);
	}),
	start: action('start', roomForms.none, async (user, id) => {
		await phases.start(user, id);
	}),
	pause: action('pause', roomForms.none, async (user, id) => {
		await phases.pause(user, id);
	}),
	resume: action('resume', roomForms.none, async (user, id) => {
		await phases.resume(user, id);
	}),
	extend: action('extend', roomForms.extend, async (user, id, data) => {
		await phases.extend(user, id, data.minutes);
	})
};
