import { error } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/http/guards';
import * as interchange from '$lib/server/quizzes/quiz-interchange';
import { answerKey, studentCopy } from './printable';
import type { PageServerLoad } from './$types';

/** The student copy (no keys in the page data at all), or with `?key=1` the answer key. */
export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const found = await interchange.portable(teacher, Number(event.params.quizId));
	if (!found) error(404, 'There is no quiz here, or it is not one of yours.');
	const { quiz, portable } = found;
	const isKey = event.url.searchParams.get('key') === '1';
	return {
		quiz: { id: quiz.id, title: quiz.title },
		article: portable.article,
		key: isKey ? answerKey(portable.questions) : null,
		questions: isKey ? [] : studentCopy(portable.questions)
	};
};
