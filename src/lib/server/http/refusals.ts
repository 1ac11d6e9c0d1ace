import { error } from '@sveltejs/kit';
import { NotFoundError } from './not-found';

/**
 * Maps a domain's refusal to HTTP in one place: a `NotFoundError` (server/http/not-found.ts) becomes a
 * 404 with the route's sentence; anything else is rethrown untouched. Use in a `catch`:
 * `catch (err) { rethrowNotFound(err, NOT_FOUND); }`.
 */
export function rethrowNotFound(err: unknown, sentence: string): never {
	if (err instanceof NotFoundError) error(404, sentence);
	throw err;
}
