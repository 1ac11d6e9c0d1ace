import { formatBytes } from '../app/config';

/** Set on the page a too-large form is sent back to (hooks.server.ts limitBodySize). */
export const TOO_LARGE_PARAM = 'too-large';

export function tooLargeMessage(limit: number): string {
	return (
		`That was more than ${formatBytes(limit)}, the most Standpoint accepts at once, so nothing was saved. ` +
		'Save the page as text only, or copy just the article and paste it.'
	);
}
