/**
 * The rubric: the teacher scores each member on five criteria (1–4) with one comment, and
 * chooses when students see their own. The comment is stored on every criterion row of the
 * student, so a row always says in full what the student was told.
 */
import { and, asc, eq } from 'drizzle-orm';
import { RUBRIC_CRITERIA, RUBRIC_COMMENT_MAX, type RubricCriterion } from '../../debate';
import { db } from '../db';
import { debateMembers, debates, rubricScores, users } from '../db/schema';
import {
	DebateNotFoundError,
	DebateRefusal,
	enter,
	enterAsTeacher,
	getMember,
	members
} from './debates';
import type { PublicUser } from '../auth/public-user';
import type { OwnRubric, RubricScores, StudentRubric } from '../../debate/views';

export type { OwnRubric, RubricScores, StudentRubric };

function emptyScores(): RubricScores {
	return { claim: null, evidence: null, reasoning: null, engagement: null, civility: null };
}

function isCriterion(value: string): value is RubricCriterion {
	return (RUBRIC_CRITERIA as readonly string[]).includes(value);
}

/** Every student's scores in a debate, keyed by student id. */
export function scoresByStudent(
	debateId: number
): Map<number, { scores: RubricScores; comment: string }> {
	const rows = db()
		.select()
		.from(rubricScores)
		.where(eq(rubricScores.debateId, debateId))
		.orderBy(asc(rubricScores.studentId))
		.all();
	const byStudent = new Map<number, { scores: RubricScores; comment: string }>();
	for (const row of rows) {
		const entry = byStudent.get(row.studentId) ?? { scores: emptyScores(), comment: '' };
		if (isCriterion(row.criterion)) entry.scores[row.criterion] = row.score;
		if (row.comment) entry.comment = row.comment;
		byStudent.set(row.studentId, entry);
	}
	return byStudent;
}

/** The teacher's view: every member in join order with their scores so far. */
export function forTeacher(teacher: PublicUser, debateId: number): StudentRubric[] {
	enterAsTeacher(teacher, debateId);
	const roster = members(debateId);
	const names = new Map(
		db()
			.select({ id: users.id, name: users.displayName })
			.from(users)
			.innerJoin(debateMembers, eq(debateMembers.userId, users.id))
			.where(eq(debateMembers.debateId, debateId))
			.all()
			.map((u) => [u.id, u.name])
	);
	const scored = scoresByStudent(debateId);
	return roster.map((m) => ({
		studentId: m.userId,
		name: names.get(m.userId) ?? '',
		side: m.side,
		...(scored.get(m.userId) ?? { scores: emptyScores(), comment: '' })
	}));
}

/** Parses a score from a form or request; null when it is not a whole number from 1 to 4. */
export function parseScore(value: unknown): number | null {
	const n = typeof value === 'string' && /^[1-4]$/.test(value.trim()) ? Number(value) : value;
	return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/**
 * Saves all five scores and the comment for one member. Refuses (with a sentence) any score
 * outside 1–4 or a comment over the limit; a non-member is "not found".
 */
export function save(
	teacher: PublicUser,
	debateId: number,
	studentId: number,
	scores: Record<RubricCriterion, unknown>,
	comment: string
): void {
	enterAsTeacher(teacher, debateId);
	if (!getMember(debateId, studentId)) throw new DebateNotFoundError();
	const parsed = RUBRIC_CRITERIA.map((criterion) => ({
		criterion,
		score: parseScore(scores[criterion])
	}));
	if (parsed.some((p) => p.score === null))
		throw new DebateRefusal('Give every criterion a score from 1 to 4.');
	const text = comment.trim();
	if (text.length > RUBRIC_COMMENT_MAX)
		throw new DebateRefusal(
			`Keep the comment to ${RUBRIC_COMMENT_MAX.toLocaleString('en')} characters (it has ${text.length.toLocaleString('en')}).`
		);
	db().transaction((tx) => {
		for (const { criterion, score } of parsed) {
			const values = { score: score!, comment: text || null, scoredBy: teacher.id };
			tx.insert(rubricScores)
				.values({ debateId, studentId, criterion, ...values })
				.onConflictDoUpdate({
					target: [rubricScores.debateId, rubricScores.studentId, rubricScores.criterion],
					set: values
				})
				.run();
		}
	});
}

/** Releases the rubric to students (or takes it back). */
export function setReleased(
	teacher: PublicUser,
	debateId: number,
	released: boolean,
	now = Date.now()
): void {
	enterAsTeacher(teacher, debateId);
	db()
		.update(debates)
		.set({ rubricReleasedAt: released ? now : null })
		.where(eq(debates.id, debateId))
		.run();
}

export function isReleased(debateId: number): boolean {
	const row = db()
		.select({ at: debates.rubricReleasedAt })
		.from(debates)
		.where(eq(debates.id, debateId))
		.get();
	return row?.at != null;
}

/** A student's own rubric, only once the teacher has released it. */
export function forStudent(student: PublicUser, debateId: number): OwnRubric {
	const { debate, member } = enter(student, debateId);
	if (!member) throw new DebateNotFoundError();
	if (debate.rubricReleasedAt === null) return { released: false };
	const own = db()
		.select()
		.from(rubricScores)
		.where(and(eq(rubricScores.debateId, debateId), eq(rubricScores.studentId, student.id)))
		.all();
	const scores = emptyScores();
	let comment = '';
	for (const row of own) {
		if (isCriterion(row.criterion)) scores[row.criterion] = row.score;
		if (row.comment) comment = row.comment;
	}
	return { released: true, scores, comment };
}
