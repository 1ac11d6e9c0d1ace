import { error, fail, redirect } from '@sveltejs/kit';
import * as assignments from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import { requireStudent, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'There is no assignment here, or it is not open to you.';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const id = Number(event.params.assignmentId);
	if (user.role === 'teacher') {
		const assignment = assignments.getForTeacher(user, id);
		if (!assignment) error(404, NOT_FOUND);
		redirect(303, `/classes/${assignment.classId}`);
	}
	const found = assignments.getForStudent(user, id);
	if (!found) error(404, NOT_FOUND);
	const now = Date.now();
	const own = attempts.listOwn(user, id).map((a) => attempts.closeIfExpired(a, now));
	const { assignment } = found;
	const { attemptsAllowed } = assignment.settings;
	return {
		assignment: {
			id: assignment.id,
			title: found.quizTitle,
			articleId: found.articleId,
			dueAt: assignment.dueAt,
			settings: assignment.settings
		},
		state: assignments.stateOf(assignment, own, now),
		attempts: own.map((a) => ({
			id: a.id,
			startedAt: a.startedAt,
			submittedAt: a.submittedAt,
			late: a.late
		})),
		attemptsLeft: attemptsAllowed === null ? null : Math.max(0, attemptsAllowed - own.length),
		multiplier: assignments.timeMultiplier(id, user.id)
	};
};

const refusals = {
	'not-found': 'This assignment is not open to you.',
	'no-attempts-left': 'You have used every attempt this quiz allows.',
	closed: 'This quiz is past its due date and your teacher does not accept late work.'
};

export const actions: Actions = {
	start: (event) => {
		const student = requireStudent(event);
		const result = attempts.start(student, Number(event.params.assignmentId));
		if (!result.ok) return fail(400, { message: refusals[result.reason] });
		redirect(303, `/assignments/${event.params.assignmentId}/attempts/${result.attempt.id}`);
	}
};
