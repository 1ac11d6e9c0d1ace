import { json, type RequestEvent } from '@sveltejs/kit';
import { paths } from '../../paths';

/**
 * Refuses a request before any route sees it, with a sentence the person reads where they are:
 * a `use:enhance` submission gets an ActionResult, which the page shows on its error page (Kit's
 * own 403 was a bare `{message}` the client could not read, so the button seemed to do
 * nothing); a plain form gets a small page with the sentence and a way back.
 */
export function refuse(event: RequestEvent, status: number, message: string): Response {
	if (isEnhancedAction(event)) {
		return json({ type: 'error', status, error: { message } }, { status });
	}
	if (!(event.request.headers.get('accept') ?? '').includes('text/html')) {
		return json({ message }, { status });
	}
	return new Response(refusalPage(status, message), {
		status,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}

/** Sends the person back to the page the form was on; enhanced forms follow it as a redirect. */
export function redirectBack(event: RequestEvent, location: string): Response {
	if (isEnhancedAction(event)) return json({ type: 'redirect', status: 303, location });
	return new Response(null, { status: 303, headers: { location } });
}

function isEnhancedAction(event: RequestEvent): boolean {
	return event.request.headers.get('x-sveltekit-action') === 'true';
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalPage(status: number, message: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Refused (${status}) · Standpoint</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>That was refused</h1><p>${escapeHtml(message)}</p><p><a href="${paths.home}">Go to Standpoint's home page</a></p></main>
</body>
</html>
`;
}
