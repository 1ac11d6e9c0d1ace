import { error } from '@sveltejs/kit';
import { masteryRows } from '$lib/reports/mastery-export';
import { csvResponse } from '$lib/server/http/csv-response';
import { requireUser } from '$lib/server/http/guards';
import * as mastery from '$lib/server/reports/mastery';
import type { RequestHandler } from './$types';

/** Mastery by skill as CSV: one row per student, then the whole class. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const classId = Number(event.params.classId);
	const found = user.role === 'teacher' ? await mastery.forClass(user, classId) : null;
	if (!found) error(404, 'There is no skills report here, or it is not one of yours.');
	return csvResponse(`skills-class-${classId}.csv`, masteryRows(found));
};
