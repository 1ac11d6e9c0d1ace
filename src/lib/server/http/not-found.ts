/**
 * The one contract for "not found" on the server:
 *
 * - a read (`get…`, `list…`) returns `null` (or an empty list) when the thing does not exist or
 *   is not the asker's to see: the route says 404 with its own sentence;
 * - a command (create, change, delete) throws a subclass of `NotFoundError`, and the route maps
 *   it with `rethrowNotFound` (server/http/refusals.ts), the one place that turns it into a 404.
 *
 * "Not yours" and "not there" are the same answer, so that ids cannot be probed.
 */
export class NotFoundError extends Error {}

/**
 * A refusal the asker may be told about, because they already know the thing exists (a student
 * opening another group's room of their own class): the route answers 403 with `message`.
 */
export class ForbiddenError extends Error {}
