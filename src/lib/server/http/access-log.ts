/**
 * One line per request for the operator: when, method, path (never the query string, which can
 * carry a reset token or a join code), status, milliseconds, user id and the request id a person
 * can quote from an error page. Bodies and headers are never logged, so neither are passwords.
 */
export interface AccessEntry {
	method: string;
	path: string;
	status: number;
	ms: number;
	userId: number | null;
	requestId: string;
}

export function formatAccessLine(entry: AccessEntry, at = new Date()): string {
	const user = entry.userId === null ? '-' : `user=${entry.userId}`;
	return `${at.toISOString()} ${entry.method} ${entry.path} ${entry.status} ${entry.ms}ms ${user} req=${entry.requestId}`;
}

/** Eight hex characters: short enough to read aloud, unique enough within a day's log. */
export function newRequestId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(4));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
