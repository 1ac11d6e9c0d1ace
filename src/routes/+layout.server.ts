import { config, formatBytes } from '$lib/server/app/config';
import { TOO_LARGE_PARAM, tooLargeMessage } from '$lib/server/http/upload-limit';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
	const { timeZone, bodySizeLimit } = config();
	return {
		// locals.user is already the allow-listed public shape (no password hash).
		user: locals.user,
		// Every date is shown in the school's zone, on the server and after hydration alike.
		timeZone,
		uploadLimit: formatBytes(bodySizeLimit),
		// A form sent back by the body-size limit (hooks.server.ts): say why, on the page it was on.
		refusal: url.searchParams.has(TOO_LARGE_PARAM) ? tooLargeMessage(bodySizeLimit) : null
	};
};
