import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readAnswer } from '$lib/quizzes/form-answers';
import * as articles from '$lib/server/articles/articles';
import * as assignments from '$lib/server/quizzes/assignments';
import * as attempts from '$lib/server/quizzes/attempts';
import * as answers from '$lib/server/quizzes/answers';
import { evidenceParagraphs } from '$lib/server/quizzes/guided-reading';
import { requireStudent } from '$lib/server/http/guards';
import * as questionReports from '$lib/server/quizzes/question-reports';
import { resultsOf } from '$lib/server/quizzes/results';
import { reportForm } from '$lib/quizzes/question-report-form';
import { firstError, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';
import { SUBMITTED_PARAM } from './params';
import { saveForm } from './schema';

const NOT_FOUND = 'There is no attempt here, or it is not yours.';

/** The student's own attempt on this assignment; anyone else's id is a 404. */
async function ownAttempt(event: RequestEvent<{ assignmentId: string; attemptId: string }>) {
	const student = requireStudent(event);
	const attempt = await attempts.getOwn(student, Number(event.params.attemptId));
	if (!attempt || attempt.assignmentId !== Number(event.params.assignmentId)) error(404, NOT_FOUND);
	return { student, attempt };
}

export const load: PageServerLoad = async (event) => {
	const { student, attempt } = await ownAttempt(event);
	const found = await assignments.getForStudent(student, attempt.assignmentId);
	if (!found) error(404, NOT_FOUND);
	const base = {
		attemptId: attempt.id,
		assignmentId: attempt.assignmentId,
		title: found.quizTitle,
		articleId: found.articleId
	};
	if (attempt.submittedAt !== null) {
		const own = await attempts.listOwn(student, attempt.assignmentId);
		const { attemptsAllowed } = found.assignment.settings;
		return {
			...base,
			view: 'results' as const,
			late: attempt.late,
			results: await resultsOf(attempt),
			reportable: await questionReports.reportable(student, found.assignment.quizId),
			canRetake: attemptsAllowed === null || own.length < attemptsAllowed
		};
	}
	const saved = await attempts.savedAnswers(attempt.id);
	return {
		...base,
		view: 'take' as const,
		deadlineAt: attempt.deadlineAt,
		now: Date.now(),
		questions: await attempts.questionsFor(attempt),
		saved: Object.fromEntries(saved),
		paragraphs: await articles.paragraphTexts(found.articleId),
		paragraphOf: found.assignment.settings.guidedReading
			? await evidenceParagraphs(found.assignment.quizId)
			: null
	};
};

const SAVE_REFUSED = {
	'not-found': 'That question is not part of this quiz.',
	submitted: 'This attempt is already submitted; answers can no longer change.',
	deadline:
		'Time is up: this answer arrived after the deadline and was not saved. Your attempt was submitted with the answers saved before it.',
	invalid: 'That answer is not one the question accepts. Choose or type it again.'
};

type Refusal = { questionId: number; message: string; reason: keyof typeof SAVE_REFUSED };

/** Saves every answered question in the form (the no-script "Save answers" and "Submit"). */
async function saveAll(
	event: RequestEvent<{ assignmentId: string; attemptId: string }>,
	form: FormData
) {
	const { student, attempt } = await ownAttempt(event);
	let refused: Refusal | null = null;
	if (attempt.submittedAt !== null) {
		const reason = attempt.submittedAt === attempt.deadlineAt ? 'deadline' : 'submitted';
		refused = { questionId: 0, message: SAVE_REFUSED[reason], reason };
		return { student, attempt, refused };
	}
	for (const question of await attempts.questionsFor(attempt)) {
		const value = readAnswer(question, form);
		if (value === undefined) continue;
		const result = await answers.saveResponse(student, attempt.id, question.id, value);
		if (!result.ok) {
			refused = {
				questionId: question.id,
				message: SAVE_REFUSED[result.reason],
				reason: result.reason
			};
			break;
		}
	}
	return { student, attempt, refused };
}

function refusal(refused: Refusal) {
	const closed = refused.reason === 'deadline' || refused.reason === 'submitted';
	return fail(closed ? 409 : 400, { message: refused.message, questionId: refused.questionId });
}

export const actions: Actions = {
	save: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(saveForm, form);
		if (!parsed.ok) error(400, firstError(parsed.errors));
		const { only, typedAt } = parsed.data;
		if (only) {
			// Autosave of one question: the hot path, prepared statements only.
			const result = await answers.saveFromForm(
				requireStudent(event),
				{
					assignmentId: Number(event.params.assignmentId),
					attemptId: Number(event.params.attemptId),
					questionId: only,
					typedAt
				},
				(question) => readAnswer(question, form)
			);
			if (!result.ok && result.reason === 'not-found') error(404, NOT_FOUND);
			if (!result.ok && result.reason !== 'empty') {
				return refusal({
					questionId: only,
					message: SAVE_REFUSED[result.reason],
					reason: result.reason
				});
			}
			return { saved: result.ok ? 1 : 0, savedAt: Date.now() };
		}
		const { refused } = await saveAll(event, form);
		if (refused) return refusal(refused);
		return { saved: true, savedAt: Date.now() };
	},
	submit: async (event) => {
		const { student, attempt, refused } = await saveAll(event, await event.request.formData());
		if (refused?.reason === 'invalid') return refusal(refused);
		// Past the deadline the attempt is already closed with what was saved; this is a no-op then.
		await attempts.submit(student, attempt.id);
		redirect(303, `${event.url.pathname}?${SUBMITTED_PARAM}`);
	},
	report: async (event) => {
		const { student, attempt } = await ownAttempt(event);
		const parsed = parseForm(reportForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { report: { errors: parsed.errors, values: parsed.values } });
		const result = await questionReports.report(student, attempt.id, parsed.data);
		if (!result.ok) {
			const message =
				result.reason === 'not-submitted'
					? 'Submit your attempt first; then you can report a question.'
					: 'That question is not part of this quiz.';
			return fail(400, { report: { errors: { form: message }, values: parsed.values } });
		}
		redirect(303, `${event.url.pathname}?reported=1#report`);
	}
};
