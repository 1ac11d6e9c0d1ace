import { error } from '@sveltejs/kit';
import { plainWords } from '$lib/reports/mastery';
import * as classes from '$lib/server/classes/classes';
import { requireUser } from '$lib/server/http/guards';
import * as mastery from '$lib/server/reports/mastery';
import type { PageServerLoad } from './$types';

/** Teachers see the class's mastery by skill; a student sees their own, in plain words. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const classId = Number(event.params.classId);
	const klass = await classes.getVisible(user, classId);
	if (!klass) error(404, 'There is no class here, or it is not one of yours.');
	const summary = { id: klass.id, name: klass.name };
	if (user.role === 'teacher') {
		const report = (await mastery.forClass(user, classId))!;
		return { view: 'teacher' as const, class: summary, report };
	}
	const own = (await mastery.forStudent(user, classId)) ?? [];
	const skills = own.map((result) => ({ ...result, words: plainWords(result) }));
	return { view: 'student' as const, class: summary, skills };
};
