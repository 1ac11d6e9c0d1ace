import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/http/guards';
import { itemAnalysis, parseScope } from '$lib/server/quizzes/item-analysis';
import * as questionReports from '$lib/server/quizzes/question-reports';
import { QuizNotFoundError } from '$lib/server/quizzes/quizzes';
import { LastQuestionError, retireQuestion } from '$lib/server/quizzes/retired-questions';
import * as assignments from '$lib/server/quizzes/assignments';
import { paths } from '$lib/paths';
import { firstError, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';
import { retireForm } from './schema';

const NOT_FOUND = 'There is no item analysis here, or the assignment is not one of yours.';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const id = Number(event.params.assignmentId);
	const analysis =
		user.role === 'teacher'
			? await itemAnalysis(user, id, parseScope(event.url.searchParams))
			: null;
	if (!analysis) error(404, NOT_FOUND);
	const reports = Object.fromEntries((await questionReports.forAssignment(user, id)) ?? []);
	return { analysis, reports };
};

export const actions: Actions = {
	retire: async (event) => {
		const teacher = requireUser(event);
		const id = Number(event.params.assignmentId);
		const assignment =
			teacher.role === 'teacher' ? await assignments.getForTeacher(teacher, id) : null;
		if (!assignment) error(404, NOT_FOUND);
		const parsed = parseForm(retireForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { message: firstError(parsed.errors) });
		const { questionId } = parsed.data;
		try {
			await retireQuestion(teacher, assignment.quizId, questionId);
		} catch (e) {
			if (e instanceof LastQuestionError) return fail(400, { message: e.message });
			if (e instanceof QuizNotFoundError) {
				return fail(400, { message: 'That question is already retired or not in this quiz.' });
			}
			throw e;
		}
		redirect(303, `${paths.analysis(assignment.id)}?retired=1`);
	}
};
