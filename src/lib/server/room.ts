/**
 * The room as one person may see it: the teacher sees names and hidden posts; students see
 * pseudonyms in anonymous rooms, their own hidden posts with the teacher's reason, and no one
 * else's hidden posts at all.
 */
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import {
	POST_KINDS,
	canEdit,
	canPost,
	nextPhase,
	remainingMs,
	roomPseudonyms,
	type Phase,
	type PostKind,
	type Side
} from '../debate';
import { db } from './db';
import { articles, debateMembers, flags, posts, reactions, users } from './db/schema';
import { advanceIfDue } from './debate-phases';
import { enter, members } from './debates';
import * as live from './live';
import { openFlags, type FlagView, type ReactionKind } from './moderation';
import { bestQuizScore } from './posts';
import type { PublicUser } from './public-user';

export interface PostView {
	id: number;
	side: Side;
	kind: PostKind;
	phase: string;
	parentId: number | null;
	author: string;
	mine: boolean;
	claim: string;
	reasoning: string;
	evidence: { paragraph: number; start: number; end: number; quote: string } | null;
	createdAt: number;
	edited: boolean;
	editable: boolean;
	pinned: boolean;
	hiddenReason: string | null;
	reactions: Record<ReactionKind, number>;
	myReactions: ReactionKind[];
	/** Open flags on the viewer's own post, so they can answer them. */
	flagsOnMine: { id: number; reason: string; reply: string | null }[];
}

export interface MemberView {
	userId: number;
	name: string;
	side: Side | null;
	votedBefore: boolean;
	votedAfter: boolean;
}

export interface RoomView {
	id: number;
	articleId: number;
	articleTitle: string;
	classId: number;
	motion: string;
	sideNames: { for: string; against: string };
	phase: Phase;
	clock: { status: 'running' | 'paused'; remainingMs: number | null };
	nextPhase: Phase | null;
	anonymous: boolean;
	sideAssignment: string;
	lastEventId: number;
	presence: number;
	isTeacher: boolean;
	me: {
		/** Whether the student has joined (joining is a POST from the room page). */
		member: boolean;
		side: Side | null;
		stanceBefore: number | null;
		stanceAfter: number | null;
		note: string;
	};
	/** Per kind: null when the viewer may post it now, else the sentence saying why not. */
	postRules: Record<PostKind, string | null>;
	posts: PostView[];
	members: MemberView[];
	flags: FlagView[];
}

function reactionCounts(debateId: number) {
	const rows = db()
		.select({ postId: reactions.postId, kind: reactions.kind, n: count() })
		.from(reactions)
		.innerJoin(posts, eq(posts.id, reactions.postId))
		.where(eq(posts.debateId, debateId))
		.groupBy(reactions.postId, reactions.kind)
		.all();
	const byPost = new Map<number, Record<ReactionKind, number>>();
	for (const row of rows) {
		const entry = byPost.get(row.postId) ?? {
			'strong-evidence': 0,
			'good-reasoning': 0,
			'changed-my-mind': 0
		};
		entry[row.kind] = row.n;
		byPost.set(row.postId, entry);
	}
	return byPost;
}

function mine(debateId: number, userId: number) {
	const reacted = db()
		.select({ postId: reactions.postId, kind: reactions.kind })
		.from(reactions)
		.innerJoin(posts, eq(posts.id, reactions.postId))
		.where(and(eq(posts.debateId, debateId), eq(reactions.userId, userId)))
		.all();
	const flagged = db()
		.select({ id: flags.id, postId: flags.postId, reason: flags.reason, reply: flags.authorReply })
		.from(flags)
		.innerJoin(posts, eq(posts.id, flags.postId))
		.where(and(eq(posts.debateId, debateId), eq(posts.authorId, userId), isNull(flags.resolvedAt)))
		.all();
	return { reacted, flagged };
}

export function view(user: PublicUser, debateId: number, now = Date.now()): RoomView {
	const access = enter(user, debateId);
	const debate = advanceIfDue(access.debate, now);
	const { isTeacher, member } = access;
	const roster = members(debateId);
	const names = new Map(
		db()
			.select({ id: users.id, name: users.displayName })
			.from(users)
			.innerJoin(debateMembers, eq(debateMembers.userId, users.id))
			.where(eq(debateMembers.debateId, debateId))
			.all()
			.map((row) => [row.id, row.name])
	);
	const pseudonyms = roomPseudonyms(
		debate.pseudonymSecret,
		roster.map((m) => m.userId)
	);
	const anonymous = debate.settings.anonymous && !isTeacher;
	const nameOf = (id: number) =>
		id === user.id
			? 'You'
			: ((anonymous ? pseudonyms.get(id) : names.get(id)) ?? pseudonyms.get(id) ?? 'A student');
	const counts = reactionCounts(debateId);
	const own = mine(debateId, user.id);
	const rows = db()
		.select()
		.from(posts)
		.where(eq(posts.debateId, debateId))
		.orderBy(asc(posts.id))
		.all();
	const visible = rows.filter((p) => isTeacher || p.hiddenAt === null || p.authorId === user.id);
	const postViews = visible.map((p): PostView => ({
		id: p.id,
		side: p.side,
		kind: p.kind,
		phase: p.phase,
		parentId: p.parentId,
		author: nameOf(p.authorId),
		mine: p.authorId === user.id,
		claim: p.claim,
		reasoning: p.reasoning,
		evidence:
			p.evidenceParagraph === null
				? null
				: {
						paragraph: p.evidenceParagraph,
						start: p.evidenceStart ?? 0,
						end: p.evidenceEnd ?? 0,
						quote: p.evidenceQuote ?? ''
					},
		createdAt: p.createdAt,
		edited: p.editedAt !== null,
		editable: canEdit({ ...p, hidden: p.hiddenAt !== null }, user.id, now).ok,
		pinned: p.pinned,
		hiddenReason: p.hiddenAt === null ? null : (p.hiddenReason ?? ''),
		reactions: counts.get(p.id) ?? {
			'strong-evidence': 0,
			'good-reasoning': 0,
			'changed-my-mind': 0
		},
		myReactions: own.reacted.filter((r) => r.postId === p.id).map((r) => r.kind),
		flagsOnMine: own.flagged.filter((f) => f.postId === p.id)
	}));
	const quiz = {
		threshold: debate.settings.quizThreshold,
		bestScore:
			debate.settings.quizThreshold === null || !member
				? null
				: bestQuizScore(debate.articleId, user.id)
	};
	const postRules = Object.fromEntries(
		POST_KINDS.map((kind) => {
			const check = canPost(debate.phase, kind, {
				settings: debate.settings,
				paused: debate.clock.status === 'paused',
				side: member?.side ?? null,
				quiz
			});
			// Replies are judged against their parent when sent; here only the phase and gate count.
			const ok = check.ok || /answers a post|choose the post/.test(check.reason);
			return [kind, isTeacher ? 'Teachers moderate; students post.' : ok ? null : check.reason];
		})
	) as Record<PostKind, string | null>;
	return {
		id: debate.id,
		articleId: debate.articleId,
		articleTitle:
			db()
				.select({ title: articles.title })
				.from(articles)
				.where(eq(articles.id, debate.articleId))
				.get()?.title ?? '',
		classId: debate.classId,
		motion: debate.motion,
		sideNames: { for: debate.sideFor, against: debate.sideAgainst },
		phase: debate.phase,
		clock: { status: debate.clock.status, remainingMs: remainingMs(debate.clock, now) },
		nextPhase: nextPhase(debate.settings, debate.phase),
		anonymous: debate.settings.anonymous,
		sideAssignment: debate.settings.sideAssignment,
		lastEventId: live.lastEventId(debateId),
		presence: live.presentCount(debateId),
		isTeacher,
		me: {
			member: member !== null,
			side: member?.side ?? null,
			stanceBefore: member?.stanceBefore ?? null,
			stanceAfter: member?.stanceAfter ?? null,
			note: member?.changeNote ?? ''
		},
		postRules,
		posts: postViews,
		members: isTeacher
			? roster.map((m) => ({
					userId: m.userId,
					name: names.get(m.userId) ?? pseudonyms.get(m.userId) ?? '',
					side: m.side,
					votedBefore: m.stanceBefore !== null,
					votedAfter: m.stanceAfter !== null
				}))
			: [],
		flags: isTeacher ? openFlags(debateId) : []
	};
}
