import { error } from '@sveltejs/kit';
import { ForbiddenError, NotFoundError } from './not-found';

/**
 * Maps a domain's refusal to HTTP in one place: a `NotFoundError` (server/http/not-found.ts) becomes a
 * 404 with the route's sentence, a `ForbiddenError` a 403 with its own; anything else is rethrown
 * untouched. Use in a `catch`:
 * `catch (err) { rethrowNotFound(err, NOT_FOUND); }`.
 */
export function rethrowNotFound(err: unknown, sentence: string): never {
	if (err instanceof NotFoundError) error(404, sentence);
	if (err instanceof ForbiddenError) error(403, err.message);
	throw err;
}
