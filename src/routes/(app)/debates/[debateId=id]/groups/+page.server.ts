import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import {
	balancedGroups,
	DEFAULT_GROUP_SIZE,
	groupCount,
	GROUP_SIZE_MAX,
	GROUP_SIZE_MIN,
	GROUPS_MAX
} from '$lib/debate/groups';
import { DebateRefusal } from '$lib/server/debates/debates';
import * as groups from '$lib/server/debates/groups';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { parseForm } from '$lib/validation';
import type { PublicUser } from '$lib/server/auth/public-user';
import type { Actions, PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';

const autoForm = z.object({
	size: z.coerce
		.number({ error: 'Enter how many students go in each group.' })
		.int(`Choose ${GROUP_SIZE_MIN} to ${GROUP_SIZE_MAX} students per group.`)
		.min(GROUP_SIZE_MIN, `Choose ${GROUP_SIZE_MIN} to ${GROUP_SIZE_MAX} students per group.`)
		.max(GROUP_SIZE_MAX, `Choose ${GROUP_SIZE_MIN} to ${GROUP_SIZE_MAX} students per group.`),
	confirm: z.string().optional()
});

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
type Run = (user: PublicUser, debateId: number, form: FormData) => unknown;

/** Runs a change to the groups: a refusal returns its sentence, success shows the new groups. */
function change(name: string, run: Run) {
	return async (event: Event) => {
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
		if (!parsed.ok) return fail(400, { action: 'auto', message: Object.values(parsed.errors)[0] });
		const { size, confirm } = parsed.data;
		await groups.split(user, debateId, { kind: 'auto', size }, confirm === 'yes');
	}),
	hand: change('hand', async (user, debateId, form) => {
		const chosen = new Map<number, number>();
		for (const s of (await groups.planOf(user, debateId)).students) {
			const value = form.get(`group-${s.userId}`);
			const n = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : 0;
			if (n >= 1 && n <= GROUPS_MAX) chosen.set(s.userId, n);
		}
		await groups.split(user, debateId, { kind: 'hand', chosen }, form.get('confirm') === 'yes');
	}),
	ungroup: change('ungroup', async (user, debateId, form) => {
		await groups.ungroup(user, debateId, form.get('confirm') === 'yes');
	})
};
