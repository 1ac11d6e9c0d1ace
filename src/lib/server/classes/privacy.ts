/**
 * Privacy: what the app holds about one person, as JSON, and erasing it. A teacher sees and
 * erases one student's data in one class; a user downloads all of their own and deletes their
 * account. An export holds the person's own rows only: other people appear as ids at most
 * (a reply's parent post), never by name or content.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { preparedFor } from '../db/prepared';
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
} from '../db/schema';
import { verifyPassword } from '../auth/password';
import * as classes from './classes';
import * as live from '../debates/live';
import { marksVisible } from '../quizzes/results';
import type { PublicUser } from '../auth/public-user';
import { NotFoundError } from '../http/not-found';

export const EXPORT_VERSION = 1;

export class StudentNotFoundError extends NotFoundError {
	constructor() {
		super('No such student in this class');
	}
}

function profileOf(userId: number) {
	return (
		db()
			.select({
				id: users.id,
				username: users.username,
				displayName: users.displayName,
				role: users.role,
				createdAt: users.createdAt
			})
			.from(users)
			.where(eq(users.id, userId))
			.get() ?? null
	);
}

/**
 * The student's work in the given classes: enrolment, attempts, debates, posts, votes, rubric.
 * `asStudent`: the student is asking, so marks appear only where the feedback policy already
 * shows them (an open attempt's marks would reveal the key answer by answer).
 */
function studentWork(userId: number, classIds: number[], asStudent = false) {
	const database = db();
	const enrolment = database
		.select({
			classId: enrollments.classId,
			className: classTable.name,
			joinedAt: enrollments.joinedAt
		})
		.from(enrollments)
		.innerJoin(classTable, eq(classTable.id, enrollments.classId))
		.where(and(eq(enrollments.userId, userId), inArray(enrollments.classId, classIds)))
		.all();
	const assignmentIds = database
		.select({ id: assignments.id })
		.from(assignments)
		.where(inArray(assignments.classId, classIds))
		.all()
		.map((a) => a.id);
	const own = and(eq(attempts.userId, userId), inArray(attempts.assignmentId, assignmentIds));
	const attemptRows = database
		.select({
			attempt: attempts,
			quizTitle: quizzes.title,
			classId: assignments.classId,
			dueAt: assignments.dueAt,
			settings: assignments.settings
		})
		.from(attempts)
		.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
		.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
		.where(own)
		.all();
	const answers = database
		.select({ response: responses, prompt: questions.prompt })
		.from(responses)
		.innerJoin(questions, eq(questions.id, responses.questionId))
		.where(
			inArray(
				responses.attemptId,
				attemptRows.map((r) => r.attempt.id)
			)
		)
		.all();
	const debateRows = database
		.select()
		.from(debates)
		.where(inArray(debates.classId, classIds))
		.all();
	const debateIds = debateRows.map((d) => d.id);
	const membership = database
		.select()
		.from(debateMembers)
		.where(and(eq(debateMembers.userId, userId), inArray(debateMembers.debateId, debateIds)))
		.all();
	const ownPosts = database
		.select()
		.from(posts)
		.where(and(eq(posts.authorId, userId), inArray(posts.debateId, debateIds)))
		.all();
	const roomPostIds = database
		.select({ id: posts.id })
		.from(posts)
		.where(inArray(posts.debateId, debateIds))
		.all()
		.map((p) => p.id);
	const given = database
		.select({
			postId: reactions.postId,
			kind: reactions.kind,
			note: reactions.note,
			createdAt: reactions.createdAt
		})
		.from(reactions)
		.where(and(eq(reactions.userId, userId), inArray(reactions.postId, roomPostIds)))
		.all();
	const raised = database
		.select({
			postId: flags.postId,
			reason: flags.reason,
			createdAt: flags.createdAt,
			resolvedAt: flags.resolvedAt
		})
		.from(flags)
		.where(and(eq(flags.userId, userId), inArray(flags.postId, roomPostIds)))
		.all();
	const rubric = database
		.select({
			debateId: rubricScores.debateId,
			criterion: rubricScores.criterion,
			score: rubricScores.score,
			comment: rubricScores.comment
		})
		.from(rubricScores)
		.where(and(eq(rubricScores.studentId, userId), inArray(rubricScores.debateId, debateIds)))
		.all();
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
export function exportStudentInClass(teacher: PublicUser, classId: number, studentId: number) {
	if (!classes.getTaught(teacher, classId)) throw new classes.ClassNotFoundError();
	const profile = profileOf(studentId);
	if (!profile || profile.role !== 'student' || !hasDataInClass(studentId, classId))
		throw new StudentNotFoundError();
	return {
		version: EXPORT_VERSION,
		exportedAt: Date.now(),
		profile,
		...studentWork(studentId, [classId])
	};
}

/**
 * Enrolled, or still holding work in the class after being removed from the roster: each test
 * stops at its first row through an index, where building the export would read all the work.
 */
export const DATA_IN_CLASS_SQL = `SELECT
	EXISTS (SELECT 1 FROM enrollments WHERE user_id = :studentId AND class_id = :classId)
	OR EXISTS (SELECT 1 FROM attempts t JOIN assignments a ON a.id = t.assignment_id
	           WHERE t.user_id = :studentId AND a.class_id = :classId)
	OR EXISTS (SELECT 1 FROM debate_members m JOIN debates d ON d.id = m.debate_id
	           WHERE m.user_id = :studentId AND d.class_id = :classId)`;

const dataInClass = preparedFor((database) =>
	database.$client
		.prepare<{ studentId: number; classId: number }, number>(DATA_IN_CLASS_SQL)
		.pluck()
);

export function hasDataInClass(studentId: number, classId: number): boolean {
	return dataInClass().get({ studentId, classId }) === 1;
}

/** Everything the app holds about the signed-in user. */
export function exportOwnData(user: PublicUser) {
	const profile = profileOf(user.id);
	if (!profile) throw new StudentNotFoundError();
	const taught = db()
		.select({ id: classTable.id, name: classTable.name, createdAt: classTable.createdAt })
		.from(classTable)
		.where(eq(classTable.teacherId, user.id))
		.all();
	const authored = db()
		.select({ id: articles.id, title: articles.title, createdAt: articles.createdAt })
		.from(articles)
		.where(eq(articles.ownerId, user.id))
		.all();
	const everyClass = db()
		.select({ id: classTable.id })
		.from(classTable)
		.all()
		.map((c) => c.id);
	return {
		version: EXPORT_VERSION,
		exportedAt: Date.now(),
		profile,
		classesTaught: taught,
		articles: authored,
		// Work in classes since left is still theirs: every class is searched, rows by this user.
		...studentWork(user.id, everyClass, true)
	};
}

/**
 * Erases one student's data from one class: enrolment, attempts (answers cascade), extra time
 * and excusals there, and in that class's debates their membership (stance votes), posts
 * (with the reactions and flags on them), reactions and flags they gave, and rubric scores.
 */
export function deleteStudentFromClass(teacher: PublicUser, classId: number, studentId: number) {
	if (!classes.getTaught(teacher, classId)) throw new classes.ClassNotFoundError();
	const profile = profileOf(studentId);
	if (!profile || profile.role !== 'student' || !hasDataInClass(studentId, classId))
		throw new StudentNotFoundError();
	const touched = db().transaction((tx) => {
		const assignmentIds = tx
			.select({ id: assignments.id })
			.from(assignments)
			.where(eq(assignments.classId, classId))
			.all()
			.map((a) => a.id);
		const debateIds = tx
			.select({ id: debates.id })
			.from(debates)
			.where(eq(debates.classId, classId))
			.all()
			.map((d) => d.id);
		const roomPostIds = tx
			.select({ id: posts.id })
			.from(posts)
			.where(inArray(posts.debateId, debateIds))
			.all()
			.map((p) => p.id);
		const inAssignment = (table: typeof attempts | typeof accommodations | typeof excusals) =>
			and(eq(table.userId, studentId), inArray(table.assignmentId, assignmentIds));
		tx.delete(attempts).where(inAssignment(attempts)).run();
		tx.delete(accommodations).where(inAssignment(accommodations)).run();
		tx.delete(excusals).where(inAssignment(excusals)).run();
		tx.delete(reactions)
			.where(and(eq(reactions.userId, studentId), inArray(reactions.postId, roomPostIds)))
			.run();
		tx.delete(flags)
			.where(and(eq(flags.userId, studentId), inArray(flags.postId, roomPostIds)))
			.run();
		tx.delete(posts)
			.where(and(eq(posts.authorId, studentId), inArray(posts.debateId, debateIds)))
			.run();
		tx.delete(rubricScores)
			.where(and(eq(rubricScores.studentId, studentId), inArray(rubricScores.debateId, debateIds)))
			.run();
		tx.delete(debateMembers)
			.where(and(eq(debateMembers.userId, studentId), inArray(debateMembers.debateId, debateIds)))
			.run();
		tx.delete(enrollments)
			.where(and(eq(enrollments.userId, studentId), eq(enrollments.classId, classId)))
			.run();
		return debateIds;
	});
	// Open rooms reload: the student's posts and votes are gone.
	for (const debateId of touched) live.change(debateId, (_tx, emit) => emit('member', {}));
}

/**
 * Deletes the account once the password is confirmed; everything that references the user
 * goes with it (foreign keys cascade). A teacher's classes go too, with their students' work.
 */
export async function deleteAccount(user: PublicUser, password: string): Promise<boolean> {
	const row = db().select().from(users).where(eq(users.id, user.id)).get();
	if (!row || !(await verifyPassword(row.passwordHash, password))) return false;
	db().delete(users).where(eq(users.id, user.id)).run();
	return true;
}
