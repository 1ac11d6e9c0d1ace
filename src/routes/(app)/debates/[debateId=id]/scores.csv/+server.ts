import { scoresCsv } from '$lib/debate';
import * as results from '$lib/server/debates/results';
import { requireUser } from '$lib/server/http/guards';
import { rethrowNotFound } from '$lib/server/http/refusals';
import type { RequestHandler } from './$types';
import { NOT_FOUND } from '../not-found';

/** A byte-order mark so spreadsheet programs read accented names as UTF-8. */
const BOM = '\uFEFF';

/** The rubric scores as CSV, for the class's teacher only. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const debateId = Number(event.params.debateId);
	let rows: Awaited<ReturnType<typeof results.scoreRows>>;
	try {
		rows = await results.scoreRows(user, debateId);
	} catch (err) {
		rethrowNotFound(err, NOT_FOUND);
	}
	return new Response(BOM + scoresCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="debate-${debateId}-scores.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
