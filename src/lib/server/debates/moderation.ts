/**
 * What people do to posts once they are up: reactions (members, not on their own posts),
 * flags into the teacher's queue with a reply from the author, and the teacher's hide, restore
 * and pin. Each change is an event in the room's log.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { flags, posts, reactions, users } from '../db/tables';
import { DebateNotFoundError, DebateRefusal } from './debates';
import * as live from './live';
import { postFor } from './posts';
import type { PublicUser } from '../auth/public-user';
import {
	MODERATION_TEXT_MAX,
	REACTION_NOTE_MAX,
	type FlagReason,
	type ReactionKind
} from '../../debate';
import type { FlagView } from '../../debate/views';

/** Toggles one reaction: a second press takes it back. Returns whether it is now on. */
export async function react(
	student: PublicUser,
	postId: number,
	kind: ReactionKind,
	note = ''
): Promise<boolean> {
	const { post, member } = await postFor(student, postId);
	if (!member) throw new DebateNotFoundError();
	if (post.authorId === student.id) throw new DebateRefusal('You cannot react to your own post.');
	if (note.length > REACTION_NOTE_MAX)
		throw new DebateRefusal(`Keep the note under ${REACTION_NOTE_MAX} characters.`);
	return live.change(post.debateId, async (tx, emit) => {
		const mine = and(
			eq(reactions.postId, postId),
			eq(reactions.userId, student.id),
			eq(reactions.kind, kind)
		);
		const gone = await tx.delete(reactions).where(mine).returning({ postId: reactions.postId });
		const removed = gone.length > 0;
		if (!removed) {
			await tx.insert(reactions).values({
				postId,
				userId: student.id,
				kind,
				note: note.trim() || null,
				createdAt: Date.now()
			});
		}
		await emit('reaction', { postId, kind });
		return !removed;
	});
}

export async function hide(teacher: PublicUser, postId: number, reason: string): Promise<void> {
	const { post, isTeacher } = await postFor(teacher, postId);
	if (!isTeacher) throw new DebateNotFoundError();
	const why = reason.trim();
	if (!why) throw new DebateRefusal('Give a reason: the author sees it.');
	if (why.length > MODERATION_TEXT_MAX)
		throw new DebateRefusal(`Keep the reason under ${MODERATION_TEXT_MAX} characters.`);
	await live.change(post.debateId, async (tx, emit) => {
		await tx
			.update(posts)
			.set({ hiddenAt: Date.now(), hiddenBy: teacher.id, hiddenReason: why })
			.where(eq(posts.id, postId));
		await emit('hide', { postId });
	});
}

export async function restore(teacher: PublicUser, postId: number): Promise<void> {
	const { post, isTeacher } = await postFor(teacher, postId);
	if (!isTeacher) throw new DebateNotFoundError();
	await live.change(post.debateId, async (tx, emit) => {
		await tx
			.update(posts)
			.set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
			.where(eq(posts.id, postId));
		await emit('restore', { postId });
	});
}

export async function setPinned(teacher: PublicUser, postId: number, pinned: boolean) {
	const { post, isTeacher } = await postFor(teacher, postId);
	if (!isTeacher) throw new DebateNotFoundError();
	await live.change(post.debateId, async (tx, emit) => {
		await tx.update(posts).set({ pinned }).where(eq(posts.id, postId));
		await emit('pin', { postId, pinned });
	});
}

/** A member flags someone else's post; one open flag per person per post. */
export async function flag(student: PublicUser, postId: number, reason: FlagReason) {
	const { post, member } = await postFor(student, postId);
	if (!member) throw new DebateNotFoundError();
	if (post.authorId === student.id) throw new DebateRefusal('You cannot flag your own post.');
	await live.change(post.debateId, async (tx, emit) => {
		// Checked in the transaction, so a double click cannot open two flags.
		const [open] = await tx
			.select({ id: flags.id })
			.from(flags)
			.where(and(eq(flags.postId, postId), eq(flags.userId, student.id), isNull(flags.resolvedAt)))
			.limit(1);
		if (open)
			throw new DebateRefusal('You have already flagged this post; your teacher will look.');
		const [row] = await tx
			.insert(flags)
			.values({ postId, userId: student.id, reason, createdAt: Date.now() })
			.returning({ id: flags.id });
		await emit('flag', { flagId: row!.id, postId });
	});
}

async function flagWithPost(user: PublicUser, flagId: number) {
	const [row] = await db().select().from(flags).where(eq(flags.id, flagId)).limit(1);
	if (!row) throw new DebateNotFoundError();
	return { flag: row, ...(await postFor(user, row.postId)) };
}

/** The author answers a flag on their post; the teacher reads it in the queue. */
export async function replyToFlag(author: PublicUser, flagId: number, reply: string) {
	const { flag: found, post } = await flagWithPost(author, flagId);
	if (post.authorId !== author.id) throw new DebateNotFoundError();
	const text = reply.trim();
	if (!text || text.length > MODERATION_TEXT_MAX)
		throw new DebateRefusal(`Write a reply of 1 to ${MODERATION_TEXT_MAX} characters.`);
	await live.change(post.debateId, async (tx, emit) => {
		await tx.update(flags).set({ authorReply: text }).where(eq(flags.id, found.id));
		await emit('flag-reply', { flagId, postId: post.id });
	});
}

export async function resolveFlag(teacher: PublicUser, flagId: number) {
	const { isTeacher, post } = await flagWithPost(teacher, flagId);
	if (!isTeacher) throw new DebateNotFoundError();
	await live.change(post.debateId, async (tx, emit) => {
		await tx.update(flags).set({ resolvedAt: Date.now() }).where(eq(flags.id, flagId));
		await emit('flag-resolved', { flagId, postId: post.id });
	});
}

/** Open flags of a debate, oldest first: the teacher's queue (caller checks the teacher). */
export function openFlags(debateId: number): Promise<FlagView[]> {
	return db()
		.select({
			id: flags.id,
			postId: flags.postId,
			reason: flags.reason,
			authorReply: flags.authorReply,
			flaggedBy: users.displayName,
			claim: posts.claim
		})
		.from(flags)
		.innerJoin(posts, eq(posts.id, flags.postId))
		.innerJoin(users, eq(users.id, flags.userId))
		.where(and(eq(posts.debateId, debateId), isNull(flags.resolvedAt)))
		.orderBy(asc(flags.id));
}
