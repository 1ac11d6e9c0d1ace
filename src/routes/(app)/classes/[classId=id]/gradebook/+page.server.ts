import { error } from '@sveltejs/kit';
import { parseSort, sortRows } from '$lib/reports/gradebook';
import * as classes from '$lib/server/classes/classes';
import { requireUser } from '$lib/server/http/guards';
import * as reports from '$lib/server/reports/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const classId = Number(event.params.classId);
	// Students and other teachers get the same 404 as a class that does not exist.
	const klass = user.role === 'teacher' ? await classes.getTaught(user, classId) : null;
	const book = klass ? await reports.gradebook(user, classId) : null;
	if (!klass || !book) error(404, 'There is no gradebook here, or it is not one of yours.');
	const sort = parseSort(event.url.searchParams, book.columns);
	return {
		class: { id: klass.id, name: klass.name },
		columns: book.columns,
		averages: book.averages,
		rows: sortRows(book, sort),
		sort
	};
};
