/**
 * Privacy: what the app holds about one person, as JSON, and erasing it. A teacher sees and
 * erases one student's data in one class; a user downloads all of their own and deletes their
 * account. An export holds the person's own rows only: other people appear as ids at most
 * (a reply's parent post), never by name or content.
 */
import { and, eq, exists, inArray, or, sql } from 'drizzle-orm';
import { db, transaction } from '../db';
import {
	accommodations,
	articles,
	assignments,
	attempts,
	classes as classTable,
	debateMembers,
	debates,
	enrollments,
	excusals,
	flags,
	posts,
	questions,
	quizzes,
	reactions,
	responses,
	rubricScores,
	users
} from '../db/tables';
import { verifyPassword } from '../auth/password';
import * as classes from './classes';
import * as live from '../debates/live';
import { selectAttemptsWithAssignment } from '../quizzes/attempt-joins';
import { marksVisible } from '../quizzes/results';
import type { PublicUser } from '../auth/public-user';
import { NotFoundError } from '../http/not-found';

export const EXPORT_VERSION = 1;

export class StudentNotFoundError extends NotFoundError {
	constructor() {
		super('No such student in this class');
	}
}

async function profileOf(userId: number) {
	const [profile] = await db()
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			role: users.role,
			createdAt: users.createdAt
		})
		.from(users)
		.where(eq(users.id, userId));
	return profile ?? null;
}

/**
 * The student's work in the given classes: enrolment, attempts, debates, posts, votes, rubric.
 * `asStudent`: the student is asking, so marks appear only where the feedback policy already
 * shows them (an open attempt's marks would reveal the key answer by answer).
 */
async function studentWork(userId: number, classIds: number[], asStudent = false) {
	const database = db();
	const enrolment = await database
		.select({
			classId: enrollments.classId,
			className: classTable.name,
			joinedAt: enrollments.joinedAt
		})
		.from(enrollments)
		.innerJoin(classTable, eq(classTable.id, enrollments.classId))
		.where(and(eq(enrollments.userId, userId), inArray(enrollments.classId, classIds)));
	const assignmentIds = (
		await database
			.select({ id: assignments.id })
			.from(assignments)
			.where(inArray(assignments.classId, classIds))
	).map((a) => a.id);
	const own = and(eq(attempts.userId, userId), inArray(attempts.assignmentId, assignmentIds));
	const attemptRows = await selectAttemptsWithAssignment(database, {
		attempt: attempts,
		quizTitle: quizzes.title,
		classId: assignments.classId,
		dueAt: assignments.dueAt,
		settings: assignments.settings
	})
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(own);
	const answers = await database
		.select({ response: responses, prompt: questions.prompt })
		.from(responses)
		.innerJoin(questions, eq(questions.id, responses.questionId))
		.where(
			inArray(
				responses.attemptId,
				attemptRows.map((r) => r.attempt.id)
			)
		);
	const debateRows = await database
		.select()
		.from(debates)
		.where(inArray(debates.classId, classIds));
	const debateIds = debateRows.map((d) => d.id);
	const membership = await database
		.select()
		.from(debateMembers)
		.where(and(eq(debateMembers.userId, userId), inArray(debateMembers.debateId, debateIds)));
	const ownPosts = await database
		.select()
		.from(posts)
		.where(and(eq(posts.authorId, userId), inArray(posts.debateId, debateIds)));
	const roomPostIds = (
		await database.select({ id: posts.id }).from(posts).where(inArray(posts.debateId, debateIds))
	).map((p) => p.id);
	const given = await database
		.select({
			postId: reactions.postId,
			kind: reactions.kind,
			note: reactions.note,
			createdAt: reactions.createdAt
		})
		.from(reactions)
		.where(and(eq(reactions.userId, userId), inArray(reactions.postId, roomPostIds)));
	const raised = await database
		.select({
			postId: flags.postId,
			reason: flags.reason,
			createdAt: flags.createdAt,
			resolvedAt: flags.resolvedAt
		})
		.from(flags)
		.where(and(eq(flags.userId, userId), inArray(flags.postId, roomPostIds)));
	const rubric = await database
		.select({
			debateId: rubricScores.debateId,
			criterion: rubricScores.criterion,
			score: rubricScores.score,
			comment: rubricScores.comment
		})
		.from(rubricScores)
		.where(and(eq(rubricScores.studentId, userId), inArray(rubricScores.debateId, debateIds)));
	return {
		enrolment,
		attempts: attemptRows.map(({ attempt, quizTitle, classId, dueAt, settings }) => {
			const marks = !asStudent || marksVisible(attempt, { dueAt, settings });
			const { score, maxScore, ...rest } = attempt;
			return {
				...rest,
				...(marks ? { score, maxScore } : {}),
				classId,
				quizTitle,
				answers: answers
					.filter((a) => a.response.attemptId === attempt.id)
					.map(({ response, prompt }) => ({
						questionId: response.questionId,
						prompt,
						answer: response.answer,
						...(marks ? { isCorrect: response.isCorrect, points: response.points } : {}),
						savedAt: response.savedAt
					}))
			};
		}),
		debates: membership.map((m) => {
			const debate = debateRows.find((d) => d.id === m.debateId)!;
			return {
				debateId: m.debateId,
				classId: debate.classId,
				motion: debate.motion,
				side: m.side,
				stanceBefore: m.stanceBefore,
				stanceAfter: m.stanceAfter,
				changeNote: m.changeNote,
				joinedAt: m.joinedAt
			};
		}),
		// Who hid a post is the teacher's record, not the student's: left out.
		posts: ownPosts.map((p) => ({ ...p, hiddenBy: undefined })),
		reactions: given,
		flags: raised,
		rubric
	};
}

/** Everything about one student in one class the teacher teaches. */
export async function exportStudentInClass(
	teacher: PublicUser,
	classId: number,
	studentId: number
) {
	await requireStudentInClass(teacher, classId, studentId);
	return {
		version: EXPORT_VERSION,
		exportedAt: Date.now(),
		profile: (await profileOf(studentId))!,
		...(await studentWork(studentId, [classId]))
	};
}

async function requireStudentInClass(teacher: PublicUser, classId: number, studentId: number) {
	if (!(await classes.getTaught(teacher, classId))) throw new classes.ClassNotFoundError();
	const profile = await profileOf(studentId);
	if (!profile || profile.role !== 'student' || !(await hasDataInClass(studentId, classId)))
		throw new StudentNotFoundError();
}

/**
 * Enrolled, or still holding work in the class after being removed from the roster: each test
 * stops at its first row through an index, where building the export would read all the work.
 * The outer query finds the student by primary key, so it reads one row at most.
 */
export function dataInClassQuery(studentId: number, classId: number) {
	const database = db();
	const one = { one: sql`1` };
	return database
		.select({ id: users.id })
		.from(users)
		.where(
			and(
				eq(users.id, studentId),
				or(
					exists(
						database
							.select(one)
							.from(enrollments)
							.where(and(eq(enrollments.userId, studentId), eq(enrollments.classId, classId)))
					),
					exists(
						selectAttemptsWithAssignment(database, one).where(
							and(eq(attempts.userId, studentId), eq(assignments.classId, classId))
						)
					),
					exists(
						database
							.select(one)
							.from(debateMembers)
							.innerJoin(debates, eq(debates.id, debateMembers.debateId))
							.where(and(eq(debateMembers.userId, studentId), eq(debates.classId, classId)))
					)
				)
			)
		);
}

export async function hasDataInClass(studentId: number, classId: number): Promise<boolean> {
	const [found] = await dataInClassQuery(studentId, classId);
	return found !== undefined;
}

/** Everything the app holds about the signed-in user. */
export async function exportOwnData(user: PublicUser) {
	const profile = await profileOf(user.id);
	if (!profile) throw new StudentNotFoundError();
	const taught = await db()
		.select({ id: classTable.id, name: classTable.name, createdAt: classTable.createdAt })
		.from(classTable)
		.where(eq(classTable.teacherId, user.id));
	const authored = await db()
		.select({ id: articles.id, title: articles.title, createdAt: articles.createdAt })
		.from(articles)
		.where(eq(articles.ownerId, user.id));
	const everyClass = (await db().select({ id: classTable.id }).from(classTable)).map((c) => c.id);
	return {
		version: EXPORT_VERSION,
		exportedAt: Date.now(),
		profile,
		classesTaught: taught,
		articles: authored,
		// Work in classes since left is still theirs: every class is searched, rows by this user.
		...(await studentWork(user.id, everyClass, true))
	};
}

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

/**
 * Erases one student's data from one class: enrolment, attempts (answers cascade), extra time
 * and excusals there, and in that class's debates their membership (stance votes), posts
 * (with the reactions and flags on them), reactions and flags they gave, and rubric scores.
 */
export async function deleteStudentFromClass(
	teacher: PublicUser,
	classId: number,
	studentId: number
): Promise<void> {
	// Open rooms reload (the student's posts and votes are gone): each room's event is appended
	// in the transaction of the erasure, so it is heard only if the erasure commits.
	await live.changeRooms(async (tx, emitIn) => {
		await requireStudentInClass(teacher, classId, studentId);
		const assignmentIds = ids(
			await tx
				.select({ id: assignments.id })
				.from(assignments)
				.where(eq(assignments.classId, classId))
		);
		const debateIds = ids(
			await tx.select({ id: debates.id }).from(debates).where(eq(debates.classId, classId))
		);
		const roomPostIds = ids(
			await tx.select({ id: posts.id }).from(posts).where(inArray(posts.debateId, debateIds))
		);
		const inAssignment = (table: typeof attempts | typeof accommodations | typeof excusals) =>
			and(eq(table.userId, studentId), inArray(table.assignmentId, assignmentIds));
		await tx.delete(attempts).where(inAssignment(attempts));
		await tx.delete(accommodations).where(inAssignment(accommodations));
		await tx.delete(excusals).where(inAssignment(excusals));
		await tx
			.delete(reactions)
			.where(and(eq(reactions.userId, studentId), inArray(reactions.postId, roomPostIds)));
		await tx
			.delete(flags)
			.where(and(eq(flags.userId, studentId), inArray(flags.postId, roomPostIds)));
		await tx
			.delete(posts)
			.where(and(eq(posts.authorId, studentId), inArray(posts.debateId, debateIds)));
		await tx
			.delete(rubricScores)
			.where(and(eq(rubricScores.studentId, studentId), inArray(rubricScores.debateId, debateIds)));
		await tx
			.delete(debateMembers)
			.where(and(eq(debateMembers.userId, studentId), inArray(debateMembers.debateId, debateIds)));
		await tx
			.delete(enrollments)
			.where(and(eq(enrollments.userId, studentId), eq(enrollments.classId, classId)));
		for (const debateId of debateIds) await emitIn(debateId, 'member', {});
	});
}

/**
 * Deletes the account once the password is confirmed; everything that references the user
 * goes with it (foreign keys cascade). A teacher's classes go too, with their students' work.
 */
export async function deleteAccount(user: PublicUser, password: string): Promise<boolean> {
	const [row] = await db().select().from(users).where(eq(users.id, user.id));
	if (!row || !(await verifyPassword(row.passwordHash, password))) return false;
	await transaction(async (tx) => {
		await tx.delete(users).where(eq(users.id, user.id));
	});
	return true;
}
