/**
 * The join that scopes quiz work by its assignment: an attempt belongs to a class and a quiz only
 * through its assignment. Reads that filter attempts by class, quiz or due date start here, so
 * the join is written once.
 */
import { eq } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db';
import { assignments, attempts } from '../db/tables';

/** `fields` of attempts joined to their assignment; the caller adds joins, filter and order. */
export function selectAttemptsWithAssignment<S extends SelectedFields>(database: Db, fields: S) {
	return database
		.select(fields)
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId));
}
