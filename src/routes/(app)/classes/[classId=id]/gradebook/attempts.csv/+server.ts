import { error } from '@sveltejs/kit';
import { attemptDetailRows } from '$lib/server/reports/attempt-details';
import { csvResponse } from '$lib/server/http/csv-response';
import { requireUser } from '$lib/server/http/guards';
import type { RequestHandler } from './$types';

/** Every answer of every attempt in the class, one row each. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const classId = Number(event.params.classId);
	const rows = user.role === 'teacher' ? await attemptDetailRows(user, classId) : null;
	if (!rows) error(404, 'There is no gradebook here, or it is not one of yours.');
	return csvResponse(`attempts-class-${classId}.csv`, rows);
};
