import { error } from '@sveltejs/kit';
import * as classes from '$lib/server/classes/classes';
import { studentDetail } from '$lib/server/reports/attempt-details';
import { requireUser } from '$lib/server/http/guards';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const classId = Number(event.params.classId);
	const klass = user.role === 'teacher' ? await classes.getTaught(user, classId) : null;
	const detail = klass ? await studentDetail(user, classId, Number(event.params.studentId)) : null;
	if (!klass || !detail) error(404, 'That student is not in one of your classes.');
	return { class: { id: klass.id, name: klass.name }, ...detail };
};
