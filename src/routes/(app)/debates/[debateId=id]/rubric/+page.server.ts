import { error, fail } from '@sveltejs/kit';
import { RUBRIC_CRITERIA, type RubricCriterion } from '$lib/debate';
import * as debates from '$lib/server/debates/debates';
import { requireUser } from '$lib/server/http/guards';
import { parseForm } from '$lib/validation';
import * as rubric from '$lib/server/debates/rubric';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { Actions, PageServerLoad } from './$types';
import { releaseForm, rubricForm } from './rubric-forms';
import { NOT_FOUND } from '../not-found';
import { splitGroups } from '../split-pages';
import { paths } from '$lib/paths';

/** Runs a domain call, answering "not yours" with 404 like an unknown id. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
}

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	return guarded(async () => {
		const { debate, isTeacher } = await debates.enter(user, debateId);
		const groups = await splitGroups(user, debateId, paths.debateRubric);
		const base = { debateId, motion: debate.motion, groups };
		return isTeacher
			? {
					...base,
					teacher: {
						released: debate.rubricReleasedAt !== null,
						students: await rubric.forTeacher(user, debateId),
						sideNames: { for: debate.sideFor, against: debate.sideAgainst }
					},
					own: null
				}
			: { ...base, teacher: null, own: await rubric.forStudent(user, debateId) };
	});
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(rubricForm, await event.request.formData());
		if (!parsed.ok) error(400, Object.values(parsed.errors)[0] ?? 'Choose a student.');
		const { studentId, comment } = parsed.data;
		const scores = Object.fromEntries(
			RUBRIC_CRITERIA.map((criterion) => [criterion, parsed.data[criterion]])
		) as Record<RubricCriterion, string>;
		try {
			await guarded(() =>
				rubric.save(user, Number(event.params.debateId), studentId, scores, comment)
			);
		} catch (err) {
			if (err instanceof debates.DebateRefusal)
				return fail(400, { studentId, message: err.message, comment: comment.slice(0, 2000) });
			throw err;
		}
		return { studentId, saved: true, message: 'Rubric saved.' };
	},
	release: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(releaseForm, await event.request.formData());
		if (!parsed.ok) error(400, 'Choose whether to release the rubric.');
		const { released } = parsed.data;
		await guarded(() => rubric.setReleased(user, Number(event.params.debateId), released));
		return {
			released,
			message: released
				? 'Released: students can now see their own rubric.'
				: 'Withdrawn: students no longer see their rubric.'
		};
	}
};
