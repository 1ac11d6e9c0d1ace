import { eq } from 'drizzle-orm';
import { AssignmentNotFoundError, getForTeacher, listExcusals, stateOf } from './assignments';
import * as classes from '../classes/classes';
import { db } from '../db';
import { accommodations, attempts } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import type { StudentProgress } from '../../quizzes/views';

export type { StudentProgress } from '../../quizzes/views';

/** Each student's progress on one assignment, for its teacher. */
export async function progress(
	teacher: PublicUser,
	assignmentId: number,
	now = Date.now()
): Promise<StudentProgress[]> {
	const assignment = await getForTeacher(teacher, assignmentId);
	if (!assignment) throw new AssignmentNotFoundError();
	const [all, extras, excusals, roster] = await Promise.all([
		db().select().from(attempts).where(eq(attempts.assignmentId, assignmentId)),
		db().select().from(accommodations).where(eq(accommodations.assignmentId, assignmentId)),
		listExcusals([assignmentId]),
		classes.roster(teacher, assignment.classId)
	]);
	const extra = new Map(extras.map((a) => [a.userId, a.timeMultiplier]));
	const excused = new Set(excusals.map((e) => e.userId));
	return roster.map((student) => {
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
