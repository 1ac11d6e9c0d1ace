/**
 * Posting and editing: claims, rebuttals, questions, concessions and closing statements, each
 * checked against the phase rules (`canPost`) and its evidence against the article
 * (`checkEvidence`). Posting is the room's hot write, so its statements are prepared once.
 */
import { and, eq, sql } from 'drizzle-orm';
import {
	CLAIM_MAX,
	REASONING_MAX,
	canEdit,
	canPost,
	checkEvidence,
	effectiveSide,
	evidenceMessage,
	isPostKind,
	type PostKind
} from '../../debate';
import { paragraphTexts } from '../articles/articles';
import type { Db } from '../db';
import { preparedFor } from '../db/prepared';
import type { Post } from '../db/schema';
import { assignments, attempts, posts, quizzes } from '../db/tables';
import { advanceIfDue } from './phases';
import { DebateNotFoundError, enter, enterAsMember } from './debates';
import * as live from './live';
import { RequestLimiter } from '../http/request-limit';
import { withoutNul } from '../../validation';
import type { PublicUser } from '../auth/public-user';

export interface PostInput {
	kind: string;
	parentId: number | null;
	claim: string;
	/** 0-based paragraph index; null when no evidence is given. */
	paragraph: number | null;
	quote: string;
	reasoning: string;
}

export type PostResult =
	| { ok: true; post: Post }
	| { ok: false; errors: Partial<Record<keyof PostInput | 'form', string>> };

/** Questions and concessions may stand without a quote; arguments need evidence. */
const EVIDENCE_OPTIONAL: readonly PostKind[] = ['question', 'concession'];

function prepare(database: Db) {
	return {
		byId: database
			.select()
			.from(posts)
			.where(eq(posts.id, sql.placeholder('id')))
			.prepare(),
		bestScore: database
			.select({
				best: sql<number | null>`max(round(100.0 * ${attempts.score} / ${attempts.maxScore}))`
			})
			.from(attempts)
			.innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
			.innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
			.where(
				and(
					eq(quizzes.articleId, sql.placeholder('articleId')),
					eq(attempts.userId, sql.placeholder('userId')),
					sql`${attempts.submittedAt} is not null and ${attempts.maxScore} > 0`
				)
			)
			.prepare()
	};
}

const prepared = preparedFor(prepare);

export async function findPost(postId: number): Promise<Post | null> {
	const [row] = await prepared().byId.execute({ id: postId });
	return row ?? null;
}

/** The student's best quiz score (percent) on the debate's article; null when none submitted. */
export async function bestQuizScore(articleId: number, userId: number): Promise<number | null> {
	const [row] = await prepared().bestScore.execute({ articleId, userId });
	// PostgreSQL's round() of a numeric comes back as a string.
	return row?.best == null ? null : Number(row.best);
}

/** Checks the text fields and the evidence; the first problem per field. */
async function checkFields(input: PostInput, kind: PostKind, articleId: number) {
	const errors: Partial<Record<keyof PostInput, string>> = {};
	const claim = withoutNul(input.claim).trim();
	if (!claim) errors.claim = 'Write your claim in a sentence or two.';
	else if (claim.length > CLAIM_MAX) errors.claim = `A claim has at most ${CLAIM_MAX} characters.`;
	const reasoning = withoutNul(input.reasoning).trim();
	if (reasoning.length > REASONING_MAX)
		errors.reasoning = `Reasoning has at most ${REASONING_MAX} characters.`;
	let evidence: { paragraph: number; start: number; end: number; quote: string } | null = null;
	const quote = withoutNul(input.quote).trim();
	if (quote || input.paragraph !== null || !EVIDENCE_OPTIONAL.includes(kind)) {
		const texts = await paragraphTexts(articleId);
		const result = checkEvidence(texts, input.paragraph ?? -1, quote);
		if (result.ok) evidence = { ...result, quote };
		else {
			const message = evidenceMessage(result) ?? '';
			if (result.reason === 'no-paragraph') errors.paragraph = message;
			else errors.quote = message;
		}
		if (evidence && !reasoning) errors.reasoning = 'Say why this evidence supports your claim.';
	}
	return { errors, claim, reasoning, evidence };
}

/** The columns a post's checked fields fill, the same on a new post and on an edit. */
function contentColumns(fields: Awaited<ReturnType<typeof checkFields>>) {
	return {
		claim: fields.claim,
		reasoning: fields.reasoning,
		evidenceParagraph: fields.evidence?.paragraph ?? null,
		evidenceStart: fields.evidence?.start ?? null,
		evidenceEnd: fields.evidence?.end ?? null,
		evidenceQuote: fields.evidence?.quote ?? null
	};
}

/**
 * Posts per student per room: 10 at once, then one every 3 s on average. Writing a claim with
 * its quote takes longer than that; a script posting 147 times in 10 s drowned the room.
 */
export const POST_BURST = 10;
const postsByStudent = new RequestLimiter('posts-by-student', {
	perSecond: 1 / 3,
	burst: POST_BURST
});

export async function create(
	student: PublicUser,
	debateId: number,
	input: PostInput,
	now = Date.now()
): Promise<PostResult> {
	const access = await enterAsMember(student, debateId);
	const debate = await advanceIfDue(access.debate, now);
	const { member } = access;
	if (!isPostKind(input.kind)) return refuse({ kind: 'Choose what kind of post this is.' });
	const parent = input.parentId === null ? null : await findPost(input.parentId);
	if (input.parentId !== null && (!parent || parent.debateId !== debateId || parent.hiddenAt))
		return refuse({ parentId: 'The post you are answering is no longer in the room.' });
	const check = canPost(debate.phase, input.kind, {
		settings: debate.settings,
		paused: debate.clock.status === 'paused',
		side: member.side,
		quiz: {
			threshold: debate.settings.quizThreshold,
			bestScore:
				debate.settings.quizThreshold === null
					? null
					: await bestQuizScore(debate.articleId, student.id)
		},
		parent: parent ? { side: parent.side } : null
	});
	if (!check.ok) return refuse({ form: check.reason });
	const fields = await checkFields(input, input.kind, debate.articleId);
	if (Object.keys(fields.errors).length > 0) return refuse(fields.errors);
	// Counted only once the post is valid, so fixing a refused quote costs nothing.
	// Keyed by the debate's random secret: ids repeat across databases (tests, a restore).
	const wait = await postsByStudent.take(`${debate.pseudonymSecret}:${student.id}`, now);
	if (wait > 0) {
		const seconds = Math.ceil(wait / 1000);
		return refuse({
			form: `You are posting faster than the room can read. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then post again.`
		});
	}
	const side = effectiveSide(member.side!, debate.phase);
	const post = await live.change(debateId, async (tx, emit) => {
		const [row] = await tx
			.insert(posts)
			.values({
				debateId,
				authorId: student.id,
				side,
				phase: debate.phase,
				kind: input.kind as PostKind,
				parentId: parent?.id ?? null,
				...contentColumns(fields),
				createdAt: now
			})
			.returning();
		await emit('post', { postId: row!.id, side, parentId: row!.parentId });
		return row!;
	});
	return { ok: true, post } satisfies PostResult;
}

function refuse(errors: Extract<PostResult, { ok: false }>['errors']): PostResult {
	return { ok: false, errors };
}

/** The author fixes their post within the edit window; kind and thread stay as posted. */
export async function edit(
	student: PublicUser,
	postId: number,
	input: PostInput,
	now = Date.now()
): Promise<PostResult> {
	const post = await findPost(postId);
	if (!post) throw new DebateNotFoundError();
	const { debate } = await enterAsMember(student, post.debateId);
	// Someone else's post is not theirs to touch: "not found", like a post in another room.
	if (post.authorId !== student.id) throw new DebateNotFoundError();
	const allowed = canEdit({ ...post, hidden: post.hiddenAt !== null }, student.id, now);
	if (!allowed.ok) return refuse({ form: allowed.reason });
	const fields = await checkFields({ ...input, kind: post.kind }, post.kind, debate.articleId);
	if (Object.keys(fields.errors).length > 0) return refuse(fields.errors);
	const updated = await live.change(post.debateId, async (tx, emit) => {
		const [row] = await tx
			.update(posts)
			.set({ ...contentColumns(fields), editedAt: now })
			.where(eq(posts.id, postId))
			.returning();
		await emit('edit', { postId });
		return row!;
	});
	return { ok: true, post: updated } satisfies PostResult;
}

/**
 * A post and the asker's place in its room. Hidden posts exist only for the teacher and the
 * author; for everyone else they are not found.
 */
export async function postFor(user: PublicUser, postId: number) {
	const post = await findPost(postId);
	if (!post) throw new DebateNotFoundError();
	const access = await enter(user, post.debateId);
	if (post.hiddenAt !== null && !access.isTeacher && post.authorId !== user.id)
		throw new DebateNotFoundError();
	return { post, ...access };
}
