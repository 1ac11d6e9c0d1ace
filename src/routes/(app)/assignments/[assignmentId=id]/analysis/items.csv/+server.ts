import { error } from '@sveltejs/kit';
import { itemAnalysisRows } from '$lib/reports/item-export';
import { csvResponse } from '$lib/server/http/csv-response';
import { requireUser } from '$lib/server/http/guards';
import { itemAnalysis, parseScope } from '$lib/server/quizzes/item-analysis';
import type { RequestHandler } from './$types';

/** One row per question (?attempts=all for every attempt, as on the page). */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const id = Number(event.params.assignmentId);
	const scope = parseScope(event.url.searchParams);
	const analysis = user.role === 'teacher' ? await itemAnalysis(user, id, scope) : null;
	if (!analysis)
		error(404, 'There is no item analysis here, or the assignment is not one of yours.');
	return csvResponse(`item-analysis-${id}-${scope}.csv`, itemAnalysisRows(analysis));
};
