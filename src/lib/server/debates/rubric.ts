/**
 * The rubric: the teacher scores each member on five criteria (1–4) with one comment, and
 * chooses when students see their own. The comment is stored on every criterion row of the
 * student, so a row always says in full what the student was told.
 */
import { and, asc, eq } from 'drizzle-orm';
import { RUBRIC_CRITERIA, RUBRIC_COMMENT_MAX, type RubricCriterion } from '../../debate';
import { db, transaction } from '../db';
import { debateMembers, debates, rubricScores, users } from '../db/tables';
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
export async function scoresByStudent(
	debateId: number
): Promise<Map<number, { scores: RubricScores; comment: string }>> {
	const rows = await db()
		.select()
		.from(rubricScores)
		.where(eq(rubricScores.debateId, debateId))
		.orderBy(asc(rubricScores.studentId));
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
export async function forTeacher(teacher: PublicUser, debateId: number): Promise<StudentRubric[]> {
	await enterAsTeacher(teacher, debateId);
	const roster = await members(debateId);
	const named = await db()
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.innerJoin(debateMembers, eq(debateMembers.userId, users.id))
		.where(eq(debateMembers.debateId, debateId));
	const names = new Map(named.map((u) => [u.id, u.name]));
	const scored = await scoresByStudent(debateId);
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
export async function save(
	teacher: PublicUser,
	debateId: number,
	studentId: number,
	scores: Record<RubricCriterion, unknown>,
	comment: string
): Promise<void> {
	await enterAsTeacher(teacher, debateId);
	if (!(await getMember(debateId, studentId))) throw new DebateNotFoundError();
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
	await transaction(async (tx) => {
		for (const { criterion, score } of parsed) {
			const values = { score: score!, comment: text || null, scoredBy: teacher.id };
			await tx
				.insert(rubricScores)
				.values({ debateId, studentId, criterion, ...values })
				.onConflictDoUpdate({
					target: [rubricScores.debateId, rubricScores.studentId, rubricScores.criterion],
					set: values
				});
		}
	});
}

/** Releases the rubric to students (or takes it back). */
export async function setReleased(
	teacher: PublicUser,
	debateId: number,
	released: boolean,
	now = Date.now()
): Promise<void> {
	await enterAsTeacher(teacher, debateId);
	await transaction((tx) =>
		tx
			.update(debates)
			.set({ rubricReleasedAt: released ? now : null })
			.where(eq(debates.id, debateId))
	);
}

export async function isReleased(debateId: number): Promise<boolean> {
	const [row] = await db()
		.select({ at: debates.rubricReleasedAt })
		.from(debates)
		.where(eq(debates.id, debateId))
		.limit(1);
	return row?.at != null;
}

/** A student's own rubric, only once the teacher has released it. */
export async function forStudent(student: PublicUser, debateId: number): Promise<OwnRubric> {
	const { debate, member } = await enter(student, debateId);
	if (!member) throw new DebateNotFoundError();
	if (debate.rubricReleasedAt === null) return { released: false };
	const own = await db()
		.select()
		.from(rubricScores)
		.where(and(eq(rubricScores.debateId, debateId), eq(rubricScores.studentId, student.id)));
	const scores = emptyScores();
	let comment = '';
	for (const row of own) {
		if (isCriterion(row.criterion)) scores[row.criterion] = row.score;
		if (row.comment) comment = row.comment;
	}
	return { released: true, scores, comment };
}
