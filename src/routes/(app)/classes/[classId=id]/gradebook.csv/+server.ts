import { error } from '@sveltejs/kit';
import { gradebookRows } from '$lib/reports/export';
import { parseSort, sortRows } from '$lib/reports/gradebook';
import { csvResponse } from '$lib/server/http/csv-response';
import { requireUser } from '$lib/server/http/guards';
import * as reports from '$lib/server/reports/reports';
import type { RequestHandler } from './$types';

/** The gradebook as CSV: a header row, then one row per student, sorted as on the page. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const classId = Number(event.params.classId);
	const book = user.role === 'teacher' ? await reports.gradebook(user, classId) : null;
	if (!book) error(404, 'There is no gradebook here, or it is not one of yours.');
	const rows = sortRows(book, parseSort(event.url.searchParams, book.columns));
	return csvResponse(`gradebook-class-${classId}.csv`, gradebookRows(book, rows));
};
