import { requireUser } from '$lib/server/http/guards';
import * as privacy from '$lib/server/classes/privacy';
import type { RequestHandler } from './$types';

/** The signed-in user's own data, as a download. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const data = await privacy.exportOwnData(user);
	return new Response(JSON.stringify(data, null, '\t'), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="standpoint-${user.username}.json"`,
			'Cache-Control': 'no-store'
		}
	});
};
