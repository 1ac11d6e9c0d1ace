import { eq } from 'drizzle-orm';
import {
	AssignmentNotFoundError,
	getForTeacher,
	listExcusals,
	stateOf,
	type AssignmentState
} from './assignments';
import * as classes from '../classes/classes-sync';
import { db } from '../db';
import { accommodations, attempts } from '../db/schema';
import type { PublicUser } from '../auth/public-user';

export interface StudentProgress {
	studentId: number;
	displayName: string;
	state: AssignmentState;
	attempts: number;
	/** The counted score as a fraction of the maximum (best or last, per the settings). */
	score: number | null;
	timeMultiplier: number;
}

/** Each student's progress on one assignment, for its teacher. */
export function progress(
	teacher: PublicUser,
	assignmentId: number,
	now = Date.now()
): StudentProgress[] {
	const assignment = getForTeacher(teacher, assignmentId);
	if (!assignment) throw new AssignmentNotFoundError();
	const all = db().select().from(attempts).where(eq(attempts.assignmentId, assignmentId)).all();
	const extra = new Map(
		db()
			.select()
			.from(accommodations)
			.where(eq(accommodations.assignmentId, assignmentId))
			.all()
			.map((a) => [a.userId, a.timeMultiplier])
	);
	const excused = new Set(listExcusals([assignmentId]).map((e) => e.userId));
	return classes.roster(teacher, assignment.classId).map((student) => {
		const mine = all.filter((a) => a.userId === student.id);
		const scored = mine.filter((a) => a.submittedAt !== null && a.maxScore);
		const counted =
			assignment.settings.counts === 'last'
				? scored.at(-1)
				: scored.sort((a, b) => b.score! / b.maxScore! - a.score! / a.maxScore!)[0];
		return {
			studentId: student.id,
			displayName: student.displayName,
			state: excused.has(student.id) ? 'excused' : stateOf(assignment, mine, now),
			attempts: mine.length,
			score: counted ? counted.score! / counted.maxScore! : null,
			timeMultiplier: extra.get(student.id) ?? 1
		};
	});
}
