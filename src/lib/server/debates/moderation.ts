/**
 * What people do to posts once they are up: reactions (members, not on their own posts),
 * flags into the teacher's queue with a reply from the author, and the teacher's hide, restore
 * and pin. Each change is an event in the room's log.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { flags, posts, reactions, users } from '../db/schema';
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
export function react(student: PublicUser, postId: number, kind: ReactionKind, note = ''): boolean {
	const { post, member } = postFor(student, postId);
	if (!member) throw new DebateNotFoundError();
	if (post.authorId === student.id) throw new DebateRefusal('You cannot react to your own post.');
	if (note.length > REACTION_NOTE_MAX)
		throw new DebateRefusal(`Keep the note under ${REACTION_NOTE_MAX} characters.`);
	return live.change(post.debateId, (tx, emit) => {
		const mine = and(
			eq(reactions.postId, postId),
			eq(reactions.userId, student.id),
			eq(reactions.kind, kind)
		);
		const removed = tx.delete(reactions).where(mine).run().changes > 0;
		if (!removed) {
			tx.insert(reactions)
				.values({
					postId,
					userId: student.id,
					kind,
					note: note.trim() || null,
					createdAt: Date.now()
				})
				.run();
		}
		emit('reaction', { postId, kind });
		return !removed;
	});
}

export function hide(teacher: PublicUser, postId: number, reason: string): void {
	const { post, isTeacher } = postFor(teacher, postId);
	if (!isTeacher) throw new DebateNotFoundError();
	const why = reason.trim();
	if (!why) throw new DebateRefusal('Give a reason: the author sees it.');
	if (why.length > MODERATION_TEXT_MAX)
		throw new DebateRefusal(`Keep the reason under ${MODERATION_TEXT_MAX} characters.`);
	live.change(post.debateId, (tx, emit) => {
		tx.update(posts)
			.set({ hiddenAt: Date.now(), hiddenBy: teacher.id, hiddenReason: why })
			.where(eq(posts.id, postId))
			.run();
		emit('hide', { postId });
	});
}

export function restore(teacher: PublicUser, postId: number): void {
	const { post, isTeacher } = postFor(teacher, postId);
	if (!isTeacher) throw new DebateNotFoundError();
	live.change(post.debateId, (tx, emit) => {
		tx.update(posts)
			.set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
			.where(eq(posts.id, postId))
			.run();
		emit('restore', { postId });
	});
}

export function setPinned(teacher: PublicUser, postId: number, pinned: boolean): void {
	const { post, isTeacher } = postFor(teacher, postId);
	if (!isTeacher) throw new DebateNotFoundError();
	live.change(post.debateId, (tx, emit) => {
		tx.update(posts).set({ pinned }).where(eq(posts.id, postId)).run();
		emit('pin', { postId, pinned });
	});
}

/** A member flags someone else's post; one open flag per person per post. */
export function flag(student: PublicUser, postId: number, reason: FlagReason): void {
	const { post, member } = postFor(student, postId);
	if (!member) throw new DebateNotFoundError();
	if (post.authorId === student.id) throw new DebateRefusal('You cannot flag your own post.');
	const open = db()
		.select({ id: flags.id })
		.from(flags)
		.where(and(eq(flags.postId, postId), eq(flags.userId, student.id), isNull(flags.resolvedAt)))
		.get();
	if (open) throw new DebateRefusal('You have already flagged this post; your teacher will look.');
	live.change(post.debateId, (tx, emit) => {
		const row = tx
			.insert(flags)
			.values({ postId, userId: student.id, reason, createdAt: Date.now() })
			.returning({ id: flags.id })
			.get();
		emit('flag', { flagId: row.id, postId });
	});
}

function flagWithPost(user: PublicUser, flagId: number) {
	const row = db().select().from(flags).where(eq(flags.id, flagId)).get();
	if (!row) throw new DebateNotFoundError();
	return { flag: row, ...postFor(user, row.postId) };
}

/** The author answers a flag on their post; the teacher reads it in the queue. */
export function replyToFlag(author: PublicUser, flagId: number, reply: string): void {
	const { flag: found, post } = flagWithPost(author, flagId);
	if (post.authorId !== author.id) throw new DebateNotFoundError();
	const text = reply.trim();
	if (!text || text.length > MODERATION_TEXT_MAX)
		throw new DebateRefusal(`Write a reply of 1 to ${MODERATION_TEXT_MAX} characters.`);
	live.change(post.debateId, (tx, emit) => {
		tx.update(flags).set({ authorReply: text }).where(eq(flags.id, found.id)).run();
		emit('flag-reply', { flagId, postId: post.id });
	});
}

export function resolveFlag(teacher: PublicUser, flagId: number): void {
	const { isTeacher, post } = flagWithPost(teacher, flagId);
	if (!isTeacher) throw new DebateNotFoundError();
	live.change(post.debateId, (tx, emit) => {
		tx.update(flags).set({ resolvedAt: Date.now() }).where(eq(flags.id, flagId)).run();
		emit('flag-resolved', { flagId, postId: post.id });
	});
}

/** Open flags of a debate, oldest first: the teacher's queue (caller checks the teacher). */
export function openFlags(debateId: number): FlagView[] {
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
		.orderBy(asc(flags.id))
		.all();
}
