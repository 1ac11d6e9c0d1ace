import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import {
	balancedGroups,
	DEFAULT_GROUP_SIZE,
	groupCount,
	GROUP_SIZE_MIN,
	GROUPS_MAX
} from '$lib/debate/groups';
import { confirmForm } from '$lib/forms/fields';
import { DebateRefusal } from '$lib/server/debates/debates';
import * as groups from '$lib/server/debates/groups';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { firstError, parseForm } from '$lib/validation';
import type { PublicUser } from '$lib/server/auth/public-user';
import type { Actions, PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';
import { autoForm, chosenGroups, handForm, type GroupAction, type GroupRefusal } from './schema';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	try {
		const plan = await groups.planOf(user, Number(event.params.debateId));
		const { classDebate, students } = plan;
		// Before any split, the hand-made form starts from the automatic suggestion.
		const suggested = new Map(
			balancedGroups(students, groupCount(students.length, DEFAULT_GROUP_SIZE)).map((p) => [
				p.userId,
				p.group
			])
		);
		return {
			classDebateId: classDebate.id,
			motion: classDebate.motion,
			sideNames: { for: classDebate.sideFor, against: classDebate.sideAgainst },
			posts: plan.posts,
			groups: plan.groups,
			choices: Math.min(
				GROUPS_MAX,
				Math.max(2, plan.groups.length, Math.ceil(students.length / GROUP_SIZE_MIN))
			),
			students: students.map((s) => ({ ...s, group: s.group ?? suggested.get(s.userId) ?? 0 }))
		};
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
};

type Event = RequestEvent<{ debateId: string }>;
type Refused = ActionFailure<GroupRefusal>;
type Run = (user: PublicUser, debateId: number, form: FormData) => Promise<Refused | void>;

/** Runs a change to the groups: a refusal returns its sentence, success shows the new groups. */
function change(name: GroupAction, run: Run) {
	return async (event: Event): Promise<Refused> => {
		const user = requireUser(event);
		const form = await event.request.formData();
		try {
			const outcome = await run(user, Number(event.params.debateId), form);
			if (outcome) return outcome;
		} catch (err) {
			if (err instanceof DebateRefusal) return fail(400, { action: name, message: err.message });
			rethrowNotFound(err, NOT_FOUND);
		}
		redirect(303, event.url.pathname);
	};
}

export const actions: Actions = {
	auto: change('auto', async (user, debateId, form) => {
		const parsed = parseForm(autoForm, form);
		if (!parsed.ok) return fail(400, { action: 'auto', message: firstError(parsed.errors) });
		const { size, confirm } = parsed.data;
		await groups.split(user, debateId, { kind: 'auto', size }, confirm);
	}),
	hand: change('hand', async (user, debateId, form) => {
		const ids = (await groups.planOf(user, debateId)).students.map((s) => s.userId);
		const parsed = parseForm(handForm(ids), form);
		if (!parsed.ok) return fail(400, { action: 'hand', message: firstError(parsed.errors) });
		const chosen = chosenGroups(parsed.data, ids);
		await groups.split(user, debateId, { kind: 'hand', chosen }, parsed.data.confirm);
	}),
	ungroup: change('ungroup', async (user, debateId, form) => {
		const parsed = parseForm(confirmForm, form);
		if (!parsed.ok) return fail(400, { action: 'ungroup', message: firstError(parsed.errors) });
		await groups.ungroup(user, debateId, parsed.data.confirm);
	})
};
