import { error, fail } from '@sveltejs/kit';
import { RUBRIC_CRITERIA, type RubricCriterion } from '$lib/debate';
import * as debates from '$lib/server/debates/debates';
import { formId, requireUser } from '$lib/server/http/guards';
import * as rubric from '$lib/server/debates/rubric';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { Actions, PageServerLoad } from './$types';
import { NOT_FOUND } from '../not-found';

/** Runs a domain call, answering "not yours" with 404 like an unknown id. */
function guarded<T>(run: () => T): T {
	try {
		return run();
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
}

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	return guarded(() => {
		const { debate, isTeacher } = debates.enter(user, debateId);
		const base = { debateId, motion: debate.motion };
		return isTeacher
			? {
					...base,
					teacher: {
						released: debate.rubricReleasedAt !== null,
						students: rubric.forTeacher(user, debateId),
						sideNames: { for: debate.sideFor, against: debate.sideAgainst }
					},
					own: null
				}
			: { ...base, teacher: null, own: rubric.forStudent(user, debateId) };
	});
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const studentId = formId(form, 'studentId');
		if (studentId === null) error(400, 'Choose a student.');
		const scores = Object.fromEntries(
			RUBRIC_CRITERIA.map((criterion) => [criterion, form.get(criterion)])
		) as Record<RubricCriterion, unknown>;
		const comment = String(form.get('comment') ?? '');
		try {
			guarded(() => rubric.save(user, Number(event.params.debateId), studentId, scores, comment));
		} catch (err) {
			if (err instanceof debates.DebateRefusal)
				return fail(400, { studentId, message: err.message, comment: comment.slice(0, 2000) });
			throw err;
		}
		return { studentId, saved: true, message: 'Rubric saved.' };
	},
	release: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const released = form.get('released') === 'true';
		guarded(() => rubric.setReleased(user, Number(event.params.debateId), released));
		return {
			released,
			message: released
				? 'Released: students can now see their own rubric.'
				: 'Withdrawn: students no longer see their rubric.'
		};
	}
};
