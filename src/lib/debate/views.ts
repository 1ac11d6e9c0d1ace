/**
 * What the room page receives: the shapes the server builds (server/debates/room.ts) and the
 * components read. Pure types, so components import them without reaching into server code.
 */
import type { Phase, PostKind } from './phases';
import type { FlagReason, ReactionKind } from './reactions';
import type { Side } from './sides';

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

export interface RoomState {
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
	members: MemberView[];
	flags: FlagView[];
}

export interface RoomView extends RoomState {
	posts: PostView[];
	/** The `before` cursor of the "Show earlier" link; null when every thread is shown. */
	earlier: number | null;
}

export interface FlagView {
	id: number;
	postId: number;
	reason: FlagReason;
	authorReply: string | null;
	flaggedBy: string;
	claim: string;
}
