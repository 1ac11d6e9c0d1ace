import { error } from '@sveltejs/kit';
import { isFormat } from '$lib/quizzes/interchange';
import { requireTeacher } from '$lib/server/http/guards';
import * as interchange from '$lib/server/quizzes/quiz-interchange';
import type { RequestHandler } from './$types';

/** The quiz as a file another tool imports; 404 for a quiz that is not the teacher's. */
export const GET: RequestHandler = async (event) => {
	const teacher = requireTeacher(event);
	const format = event.params.format;
	if (!isFormat(format)) error(404, 'Export as qti, moodle or gift.');
	const download = await interchange.exportQuiz(teacher, Number(event.params.quizId), format);
	if (!download) error(404, 'There is no quiz here, or it is not one of yours.');
	const headers: Record<string, string> = {
		'content-type': download.contentType,
		'content-disposition': `attachment; filename="${download.filename}"`,
		// The file holds the answer key.
		'cache-control': 'private, no-store'
	};
	if (download.skipped.length > 0)
		headers['x-standpoint-skipped'] = String(download.skipped.length);
	return new Response(download.body as BodyInit, { headers });
};
