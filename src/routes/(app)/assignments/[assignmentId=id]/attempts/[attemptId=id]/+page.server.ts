import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readAnswer } from '$lib/quizzes/form-answers';
import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as attempts from '$lib/server/attempts';
import { requireStudent } from '$lib/server/guards';
import { resultsOf } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'There is no attempt here, or it is not yours.';

/** The student's own attempt on this assignment; anyone else's id is a 404. */
function ownAttempt(event: RequestEvent<{ assignmentId: string; attemptId: string }>) {
	const student = requireStudent(event);
	const attempt = attempts.getOwn(student, Number(event.params.attemptId));
	if (!attempt || attempt.assignmentId !== Number(event.params.assignmentId)) error(404, NOT_FOUND);
	return { student, attempt };
}

export const load: PageServerLoad = (event) => {
	const { student, attempt } = ownAttempt(event);
	const found = assignments.getForStudent(student, attempt.assignmentId);
	if (!found) error(404, NOT_FOUND);
	const base = {
		attemptId: attempt.id,
		assignmentId: attempt.assignmentId,
		title: found.quizTitle,
		articleId: found.articleId
	};
	if (attempt.submittedAt !== null) {
		const own = attempts.listOwn(student, attempt.assignmentId);
		const { attemptsAllowed } = found.assignment.settings;
		return {
			...base,
			view: 'results' as const,
			late: attempt.late,
			results: resultsOf(attempt),
			canRetake: attemptsAllowed === null || own.length < attemptsAllowed
		};
	}
	const saved = attempts.savedAnswers(attempt.id);
	return {
		...base,
		view: 'take' as const,
		deadlineAt: attempt.deadlineAt,
		now: Date.now(),
		questions: attempts.questionsFor(attempt),
		saved: Object.fromEntries(saved),
		paragraphs: articles.paragraphTexts(found.articleId)
	};
};

const SAVE_REFUSED = {
	'not-found': 'That question is not part of this quiz.',
	submitted: 'This attempt is already submitted; answers can no longer change.',
	deadline:
		'Time is up: this answer arrived after the deadline and was not saved. Your attempt was submitted with the answers saved before it.',
	invalid: 'That answer is not one the question accepts. Choose or type it again.'
};

/** Saves every answered question in the form, or only the one named by `only` (autosave). */
async function saveAnswers(event: RequestEvent<{ assignmentId: string; attemptId: string }>) {
	const { student, attempt } = ownAttempt(event);
	if (attempt.submittedAt !== null) {
		const reason =
			attempt.deadlineAt !== null && attempt.submittedAt === attempt.deadlineAt
				? 'deadline'
				: 'submitted';
		return { student, attempt, refused: { questionId: 0, message: SAVE_REFUSED[reason], reason } };
	}
	const form = await event.request.formData();
	const only = Number(form.get('only'));
	const all = attempts.questionsFor(attempt);
	const targets = only ? all.filter((q) => q.id === only) : all;
	let saved = 0;
	for (const question of targets) {
		const value = readAnswer(question, form);
		if (value === undefined) continue;
		const result = attempts.saveResponse(student, attempt.id, question.id, value);
		if (!result.ok)
			return {
				student,
				attempt,
				refused: {
					questionId: question.id,
					message: SAVE_REFUSED[result.reason],
					reason: result.reason
				}
			};
		saved += 1;
	}
	return { student, attempt, saved };
}

export const actions: Actions = {
	save: async (event) => {
		const outcome = await saveAnswers(event);
		if ('refused' in outcome && outcome.refused) {
			const status =
				outcome.refused.reason === 'deadline' || outcome.refused.reason === 'submitted' ? 409 : 400;
			return fail(status, {
				message: outcome.refused.message,
				questionId: outcome.refused.questionId
			});
		}
		return { saved: outcome.saved ?? 0, savedAt: Date.now() };
	},
	submit: async (event) => {
		const outcome = await saveAnswers(event);
		if ('refused' in outcome && outcome.refused?.reason === 'invalid') {
			return fail(400, {
				message: outcome.refused.message,
				questionId: outcome.refused.questionId
			});
		}
		// Past the deadline the attempt is already closed with what was saved; this is a no-op then.
		attempts.submit(outcome.student, outcome.attempt.id);
		redirect(303, event.url.pathname);
	}
};
