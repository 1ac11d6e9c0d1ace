/**
 * One line per request for the operator: when, method, path (never the query string, which can
 * carry a reset token or a join code), status, milliseconds, user id and the request id a person
 * can quote from an error page. Bodies and headers are never logged, so neither are passwords.
 */
import { randomFillSync } from 'node:crypto';

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

/** Random bytes drawn 4 KB at a time: one call into the crypto library per 1,024 request ids. */
const pool = new Uint8Array(4096);
let used = pool.length;

/** Eight hex characters: short enough to read aloud, unique enough within a day's log. */
export function newRequestId(): string {
	if (used + 4 > pool.length) {
		randomFillSync(pool);
		used = 0;
	}
	let id = '';
	for (const byte of pool.subarray(used, (used += 4))) id += byte.toString(16).padStart(2, '0');
	return id;
}

/**
 * How long a line may wait to be written with the next ones. A class entering a room at once
 * makes dozens of requests within this; written one `console.log` each, the log cost more server
 * time than some of the pages. Each line keeps the time it was made.
 */
export const ACCESS_FLUSH_MS = 50;

type Write = (text: string) => void;

/**
 * Lines in order, written together at most ACCESS_FLUSH_MS after the first of them, and at once
 * when the process exits (stdout to a pipe or file is synchronous on Linux, so nothing is lost on
 * a normal exit or `process.exit`; a kill -9 loses at most the last ACCESS_FLUSH_MS of lines).
 */
export function batchedLog(write: Write = (text) => void process.stdout.write(text)) {
	let pending: string[] = [];
	let timer: ReturnType<typeof setTimeout> | null = null;
	const flush = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		if (pending.length === 0) return;
		const text = pending.join('\n') + '\n';
		pending = [];
		write(text);
	};
	return {
		log(line: string) {
			pending.push(line);
			// Unref'd: a line waiting must not keep a stopping server alive (exit flushes it).
			timer ??= setTimeout(flush, ACCESS_FLUSH_MS).unref();
		},
		flush
	};
}

let shared: ReturnType<typeof batchedLog> | null = null;

/** The server's access log (stdout), batched; flushed when the process exits. */
export function logAccess(line: string): void {
	if (!shared) {
		const log = (shared = batchedLog());
		process.once('exit', () => log.flush());
	}
	shared.log(line);
}
