import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	FORMAT_INFO,
	FORMATS,
	formatOfContent,
	formatOfName,
	isFormat
} from '$lib/quizzes/interchange';
import * as articles from '$lib/server/articles/articles';
import { requireTeacher } from '$lib/server/http/guards';
import { writeImportReport } from '$lib/server/articles/import-report';
import * as interchange from '$lib/server/quizzes/quiz-interchange';
import { paths } from '$lib/paths';
import { firstError, parseForm } from '$lib/validation';
import type { Actions, PageServerLoad } from './$types';
import { importForm } from './schema';

const NOT_FOUND = 'There is no article here, or it is not one of yours.';

async function ownedArticle(event: RequestEvent<{ articleId: string }>) {
	const teacher = requireTeacher(event);
	const readable = await articles.getReadable(teacher, Number(event.params.articleId));
	if (!readable?.isOwner) error(404, NOT_FOUND);
	return { teacher, article: readable.article };
}

export const load: PageServerLoad = async (event) => {
	const { article } = await ownedArticle(event);
	return {
		article: { id: article.id, title: article.title },
		formats: FORMATS.map((id) => ({ id, label: FORMAT_INFO[id].label }))
	};
};

export const actions: Actions = {
	import: async (event) => {
		const { teacher, article } = await ownedArticle(event);
		const form = await event.request.formData();
		const parsed = parseForm(importForm, form);
		if (!parsed.ok) return fail(400, { message: firstError(parsed.errors), format: null });
		const file = form.get('file');
		const chosen = parsed.data.format;
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { message: 'Choose a quiz file to import.', format: chosen });
		}
		const bytes = new Uint8Array(await file.arrayBuffer());
		const format = isFormat(chosen) ? chosen : (formatOfName(file.name) ?? formatOfContent(bytes));
		if (!format) {
			return fail(400, {
				message: `The name “${file.name}” does not say which format it is: choose the format.`,
				format: chosen
			});
		}
		const outcome = await interchange.importQuiz(teacher, article.id, format, bytes);
		if (!outcome.ok) return fail(400, { message: outcome.reason, format: chosen });
		writeImportReport(event, outcome.quiz.id, outcome);
		redirect(303, paths.quiz(outcome.quiz.id));
	}
};
