import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/http/guards';
import * as privacy from '$lib/server/classes/privacy';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { RequestHandler } from './$types';

const NOT_FOUND = 'There is no such student in a class of yours.';

/** Everything about one student in this class, for the teacher of the class only. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	// A student, or a teacher of another class, learns nothing: not even that the student exists.
	if (user.role !== 'teacher') error(404, NOT_FOUND);
	const classId = Number(event.params.classId);
	const studentId = Number(event.params.studentId);
	try {
		const data = await privacy.exportStudentInClass(user, classId, studentId);
		return new Response(JSON.stringify(data, null, '\t'), {
			headers: {
				'Content-Type': 'application/json; charset=utf-8',
				'Content-Disposition': `attachment; filename="student-${studentId}-class-${classId}.json"`,
				'Cache-Control': 'no-store'
			}
		});
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
};
