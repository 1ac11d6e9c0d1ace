/**
 * What the debate pages receive: the shapes the server builds (server/debates/) and the
 * components read. Pure types, so components import them without reaching into server code.
 */
import type { ParagraphHeat } from './metrics';
import type { Phase, PostKind, SideAssignment } from './phases';
import type { FlagReason, ReactionKind } from './reactions';
import type { Side, SideNames } from './sides';
import type { ShownSwing } from './stance';
import type { RubricCriterion, TranscriptDebate, TranscriptPost } from './transcript';

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
	flagsOnMine: { id: number; reason: FlagReason; reply: string | null }[];
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
	sideAssignment: SideAssignment;
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

export interface StudentResult {
	/** The row's place in join order: results carry no user id (with one, pseudonyms could be undone). */
	key: number;
	name: string;
	side: Side | null;
	posts: number;
	rebuttals: number;
	rebuttalsToOtherSide: number;
	/** 0–1; null with no rebuttals. */
	rebuttalShareToOtherSide: number | null;
}

export interface HeatRow extends ParagraphHeat {
	/** The paragraph's opening words, so a row can be recognised without the article open. */
	excerpt: string;
}

export interface ResultsView {
	open: true;
	debateId: number;
	motion: string;
	sideNames: SideNames;
	phase: Phase;
	isTeacher: boolean;
	swing: ShownSwing;
	students: StudentResult[];
	heat: HeatRow[];
}

export type Results = ResultsView | { open: false; debateId: number; motion: string };

export interface Transcript {
	debate: TranscriptDebate;
	posts: TranscriptPost[];
	names: Map<number, string>;
}

export type RubricScores = Record<RubricCriterion, number | null>;

export interface StudentRubric {
	studentId: number;
	name: string;
	side: Side | null;
	scores: RubricScores;
	comment: string;
}

export type OwnRubric =
	{ released: false } | { released: true; scores: RubricScores; comment: string };

export interface DebateSummary {
	id: number;
	motion: string;
	phase: Phase;
	classId: number;
	className: string;
}
