import { error, text } from '@sveltejs/kit';
import { benchEnabled, insertBaselineRow } from '$lib/server/bench';
import type { RequestHandler } from './$types';

/** A bare endpoint that writes one row: the yardstick for `npm run bench` (off unless enabled). */
export const POST: RequestHandler = async ({ request }) => {
	if (!benchEnabled()) error(404, 'Not found');
	insertBaselineRow(await request.text());
	return text('ok');
};
