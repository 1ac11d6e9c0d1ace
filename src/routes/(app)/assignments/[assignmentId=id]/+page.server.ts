import { error, fail, redirect } from '@sveltejs/kit';
import * as assignments from '$lib/server/quizzes/assignments';
import * as attempts from '$lib/server/quizzes/attempts';
import { progress } from '$lib/server/quizzes/assignment-progress';
import type { Assignment } from '$lib/server/db/schema';
import { requireStudent, requireTeacher, requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { PublicUser } from '$lib/server/auth/public-user';
import * as quizzes from '$lib/server/quizzes/quizzes';
import { paths } from '$lib/paths';
import { firstError, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';
import { excuseForm, extraTimeForm } from './schema';

const NOT_FOUND = 'There is no assignment here, or it is not open to you.';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const id = Number(event.params.assignmentId);
	if (user.role === 'teacher') {
		const assignment = await assignments.getForTeacher(user, id);
		if (!assignment) error(404, NOT_FOUND);
		return { view: 'teacher' as const, ...(await teacherView(user, assignment)) };
	}
	const found = await assignments.getForStudent(user, id);
	if (!found) error(404, NOT_FOUND);
	const now = Date.now();
	const own = await attempts.closeAllExpired(await attempts.listOwn(user, id), now);
	const { assignment } = found;
	const { attemptsAllowed } = assignment.settings;
	return {
		view: 'student' as const,
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
		multiplier: await assignments.timeMultiplier(id, user.id)
	};
};

async function teacherView(teacher: PublicUser, assignment: Assignment) {
	const quiz = await quizzes.getOwned(teacher, assignment.quizId);
	return {
		assignment: {
			id: assignment.id,
			classId: assignment.classId,
			title: quiz?.title ?? 'Quiz',
			quizId: assignment.quizId,
			dueAt: assignment.dueAt,
			settings: assignment.settings
		},
		students: await progress(teacher, assignment.id)
	};
}

const refusals = {
	'not-found': 'This assignment is not open to you.',
	'no-attempts-left': 'You have used every attempt this quiz allows.',
	closed: 'This quiz is past its due date and your teacher does not accept late work.'
};

export const actions: Actions = {
	excuse: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = parseForm(excuseForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: firstError(parsed.errors) });
		const { studentId, excused } = parsed.data;
		try {
			await assignments.setExcused(teacher, Number(event.params.assignmentId), studentId, excused);
		} catch (err) {
			rethrowNotFound(err, NOT_FOUND);
		}
		return { excuseSaved: true };
	},
	extraTime: async (event) => {
		const teacher = requireTeacher(event);
		const parsed = parseForm(extraTimeForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: firstError(parsed.errors) });
		const { studentId, multiplier } = parsed.data;
		try {
			await assignments.setExtraTime(
				teacher,
				Number(event.params.assignmentId),
				studentId,
				multiplier
			);
		} catch (err) {
			rethrowNotFound(err, NOT_FOUND);
		}
		return { extraTimeSaved: true };
	},
	start: async (event) => {
		const student = requireStudent(event);
		const result = await attempts.start(student, Number(event.params.assignmentId));
		if (!result.ok && result.reason === 'not-found') error(404, NOT_FOUND);
		if (!result.ok) return fail(400, { message: refusals[result.reason] });
		redirect(303, paths.attempt(event.params.assignmentId, result.attempt.id));
	}
};
