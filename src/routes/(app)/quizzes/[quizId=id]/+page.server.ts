import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { parseAssignForm } from '$lib/quizzes/assign-form';
import { config } from '$lib/server/app/config';
import { parseQuestionForm } from '$lib/quizzes/editor-form';
import * as articles from '$lib/server/articles/articles';
import * as assignments from '$lib/server/quizzes/assignments';
import * as classes from '$lib/server/classes/classes';
import type { QuestionRow } from '$lib/server/db/schema';
import { requireTeacher } from '$lib/server/http/guards';
import * as generation from '$lib/server/quizzes/quiz-generation';
import * as quizzes from '$lib/server/quizzes/quizzes';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { firstError, parseForm } from '$lib/validation';
import type { EditorQuestion } from './editor';
import { paths } from '$lib/paths';
import type { Actions, PageServerLoad } from './$types';
import { chosenQuestionForm, moveForm, titleForm } from './schema';

const NOT_FOUND = 'There is no quiz here, or it is not one of yours.';

/** The teacher and their quiz with its article; 404 for anyone else's quiz, as for none. */
async function ownedQuiz(event: RequestEvent<{ quizId: string }>) {
	const teacher = requireTeacher(event);
	const quiz = await quizzes.getOwned(teacher, Number(event.params.quizId));
	if (!quiz) error(404, NOT_FOUND);
	const readable = await articles.getReadable(teacher, quiz.articleId);
	if (!readable) error(404, NOT_FOUND);
	return { teacher, quiz, paragraphs: readable.paragraphs, article: readable.article };
}

function toEditor(row: QuestionRow, paragraphs: string[]): EditorQuestion {
	const p = row.evidenceParagraph;
	const text = p === null ? undefined : paragraphs[p];
	const start = row.evidenceStart ?? 0;
	const end = row.evidenceEnd ?? 0;
	return {
		id: row.id,
		prompt: row.prompt,
		content: row.content,
		explanation: row.explanation,
		points: row.points,
		skill: row.skill,
		fromGenerator: row.source === 'rule',
		evidence:
			p === null || text === undefined || end <= start || end > text.length
				? null
				: { paragraph: p, start, end, quote: text.slice(start, end) }
	};
}

export const load: PageServerLoad = async (event) => {
	const { teacher, quiz, paragraphs, article } = await ownedQuiz(event);
	const questions = (await quizzes.liveQuestions(quiz.id)).map((row) => toEditor(row, paragraphs));
	const params = event.url.searchParams;
	const focus = questions.find((q) => String(q.id) === (params.get('q') ?? params.get('edit')));
	const published = quiz.status === 'published';
	return {
		quiz: { id: quiz.id, title: quiz.title, status: quiz.status },
		article: { id: article.id, title: article.title },
		paragraphs,
		questions,
		// What the engine said about the drafts: shown once, right after generating.
		generationNotes: params.has('generated') ? quiz.generationNotes : [],
		highlight: focus?.evidence ?? null,
		locked: (await quizzes.hasAttempts(quiz.id)) ? new quizzes.QuizLockedError().message : null,
		classes: published
			? (await classes.listTaught(teacher))
					.filter((c) => c.archivedAt === null)
					.map((c) => ({ id: c.id, name: c.name }))
			: []
	};
};

/**
 * Runs an edit; a quiz students have answered refuses it with the reason (the page then offers
 * a new version). A question that is not in this quiz is a 404, like a quiz that is not yours.
 */
async function edit(
	action: string,
	questionId: number | undefined,
	change: () => Promise<unknown>
): Promise<ActionFailure<{ action: string; questionId?: number; locked: string }> | void> {
	try {
		await change();
	} catch (err) {
		if (err instanceof quizzes.QuizLockedError) {
			return fail(409, { action, questionId, locked: err.message });
		}
		rethrowNotFound(err, NOT_FOUND);
	}
}

/** A form of the page's own buttons (the question they act on): one it did not send is a 400. */
function parseButton<S extends z.ZodObject>(schema: S, form: FormData): z.infer<S> {
	const parsed = parseForm(schema, form);
	if (!parsed.ok) error(400, firstError(parsed.errors));
	return parsed.data;
}

export const actions: Actions = {
	rename: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		const parsed = parseForm(titleForm, await event.request.formData());
		if (!parsed.ok)
			return fail(400, { action: 'rename', errors: parsed.errors, values: parsed.values });
		await quizzes.rename(teacher, quiz.id, parsed.data.title);
		return { action: 'rename', message: 'Quiz renamed.' };
	},
	publish: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		if (!(await quizzes.publish(teacher, quiz.id))) {
			return fail(400, {
				action: 'publish',
				message: 'Add at least one question before publishing.'
			});
		}
		redirect(303, `${paths.quiz(quiz.id)}?published=1#assign-heading`);
	},
	newVersion: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		const copy = await quizzes.newVersion(teacher, quiz.id);
		redirect(303, `${paths.quiz(copy.id)}?version=1`);
	},
	editQuestion: async (event) => {
		const { teacher, quiz, paragraphs } = await ownedQuiz(event);
		const form = await event.request.formData();
		const { questionId } = parseButton(chosenQuestionForm, form);
		const stored = (await quizzes.liveQuestions(quiz.id)).find((q) => q.id === questionId);
		if (!stored) error(404, 'That question is not in this quiz.');
		const parsed = parseQuestionForm(form, paragraphs, stored.content.kind);
		if (!parsed.ok) {
			return fail(400, {
				action: 'edit',
				questionId,
				errors: parsed.errors,
				values: parsed.values
			});
		}
		const refused = await edit('edit', questionId, () =>
			quizzes.updateQuestion(teacher, quiz.id, questionId, parsed.input)
		);
		if (refused) return refused;
		redirect(303, `${paths.quiz(quiz.id)}?saved=${questionId}#q${questionId}`);
	},
	discardQuestion: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		const { questionId } = parseButton(chosenQuestionForm, await event.request.formData());
		const refused = await edit('discard', questionId, () =>
			quizzes.discardQuestion(teacher, quiz.id, questionId)
		);
		if (refused) return refused;
		redirect(303, `${paths.quiz(quiz.id)}?discarded=1`);
	},
	move: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		const { questionId, direction: by } = parseButton(moveForm, await event.request.formData());
		const refused = await edit('move', questionId, () =>
			quizzes.moveQuestion(teacher, quiz.id, questionId, by)
		);
		if (refused) return refused;
		redirect(303, `${paths.quiz(quiz.id)}#q${questionId}`);
	},
	replaceQuestion: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		const parsed = parseForm(chosenQuestionForm, await event.request.formData());
		if (!parsed.ok) {
			return fail(400, { action: 'replace', message: 'Choose one question of this quiz.' });
		}
		const { questionId } = parsed.data;
		let outcome: generation.ReplaceOutcome;
		try {
			outcome = await generation.replaceQuestion(teacher, quiz.id, questionId);
		} catch (err) {
			if (err instanceof generation.QuestionNotInQuizError) {
				return fail(400, { action: 'replace', message: err.message });
			}
			if (err instanceof quizzes.QuizLockedError) {
				return fail(409, { action: 'replace', questionId, locked: err.message });
			}
			rethrowNotFound(err, NOT_FOUND);
		}
		if (!outcome.ok) return fail(422, { action: 'replace', questionId, message: outcome.reason });
		redirect(303, `${paths.quiz(quiz.id)}?replaced=${outcome.questionId}#q${outcome.questionId}`);
	},
	addQuestion: async (event) => {
		const { teacher, quiz, paragraphs } = await ownedQuiz(event);
		const parsed = parseQuestionForm(await event.request.formData(), paragraphs);
		if (!parsed.ok)
			return fail(400, { action: 'add', errors: parsed.errors, values: parsed.values });
		const refused = await edit('add', undefined, () =>
			quizzes.addQuestion(teacher, quiz.id, parsed.input)
		);
		if (refused) return refused;
		redirect(303, `${paths.quiz(quiz.id)}?added=1#questions-heading`);
	},
	assign: async (event) => {
		const { teacher, quiz } = await ownedQuiz(event);
		const parsed = parseAssignForm(await event.request.formData(), Date.now(), config().timeZone);
		if (!parsed.ok)
			return fail(400, { action: 'assign', errors: parsed.errors, values: parsed.values });
		try {
			await assignments.create(teacher, { ...parsed.assignment, quizId: quiz.id });
		} catch (err) {
			if (err instanceof classes.ClassNotFoundError) {
				const errors = { classId: 'Choose one of your classes.' };
				return fail(400, { action: 'assign', errors, values: parsed.values });
			}
			if (err instanceof quizzes.QuizNotFoundError) {
				return fail(400, { action: 'assign', message: 'Publish the quiz before assigning it.' });
			}
			throw err;
		}
		redirect(303, `${paths.class(parsed.assignment.classId)}?assigned=1`);
	}
};
