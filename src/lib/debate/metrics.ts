/**
 * Engagement measures for the results page. Hidden posts never count: a post the teacher took
 * down should neither reward nor penalise anyone. A visible reply to a hidden post still counts,
 * and is judged by the side of the post it answered.
 */
import { POST_KINDS, type PostKind } from './phases';
import type { Side } from './sides';

export interface MetricPost {
	id: number;
	authorId: number;
	/** The side the post argued (in Switch, the author's other side). */
	side: Side;
	kind: PostKind;
	parentId: number | null;
	/** 0-based index of the cited paragraph; null when the post cites none. */
	evidenceParagraph: number | null;
	hidden: boolean;
}

export interface StudentEngagement {
	authorId: number;
	posts: number;
	byKind: Record<PostKind, number>;
	rebuttals: number;
	rebuttalsToOtherSide: number;
	/** Share (0–1) of the student's rebuttals aimed at the other side; null with no rebuttals. */
	rebuttalShareToOtherSide: number | null;
	/** Posts answering another post (rebuttals, questions, concessions). */
	replies: number;
	repliesToOtherSide: number;
}

export interface ParagraphHeat {
	paragraph: number;
	for: number;
	against: number;
	total: number;
	/** total / the busiest paragraph's total, 0–1, for shading the strip. */
	intensity: number;
}

function emptyEngagement(authorId: number): StudentEngagement {
	const byKind = Object.fromEntries(POST_KINDS.map((kind) => [kind, 0])) as Record<
		PostKind,
		number
	>;
	return {
		authorId,
		posts: 0,
		byKind,
		rebuttals: 0,
		rebuttalsToOtherSide: 0,
		rebuttalShareToOtherSide: null,
		replies: 0,
		repliesToOtherSide: 0
	};
}

/** Whether `post` answers a post of the other side; false for top-level posts. */
function answersOtherSide(post: MetricPost, byId: Map<number, MetricPost>): boolean {
	const parent = post.parentId === null ? undefined : byId.get(post.parentId);
	return parent !== undefined && parent.side !== post.side;
}

/**
 * One entry per student who has a visible post, ordered by author id. Students who never
 * posted are absent; the caller adds them with zero counts from the member list if wanted.
 */
export function engagementByStudent(posts: readonly MetricPost[]): StudentEngagement[] {
	const byId = new Map(posts.map((post) => [post.id, post]));
	const students = new Map<number, StudentEngagement>();
	for (const post of posts) {
		if (post.hidden) continue;
		const entry = students.get(post.authorId) ?? emptyEngagement(post.authorId);
		students.set(post.authorId, entry);
		const crossing = answersOtherSide(post, byId);
		entry.posts++;
		entry.byKind[post.kind]++;
		if (post.parentId !== null) {
			entry.replies++;
			if (crossing) entry.repliesToOtherSide++;
		}
		if (post.kind === 'rebuttal') {
			entry.rebuttals++;
			if (crossing) entry.rebuttalsToOtherSide++;
		}
	}
	for (const entry of students.values()) {
		entry.rebuttalShareToOtherSide =
			entry.rebuttals === 0 ? null : entry.rebuttalsToOtherSide / entry.rebuttals;
	}
	return [...students.values()].sort((a, b) => a.authorId - b.authorId);
}

/** The heat strip: for each of the article's paragraphs, how often each side cited it. */
export function citationHeat(
	posts: readonly MetricPost[],
	paragraphCount: number
): ParagraphHeat[] {
	const strip: ParagraphHeat[] = Array.from({ length: paragraphCount }, (_, paragraph) => ({
		paragraph,
		for: 0,
		against: 0,
		total: 0,
		intensity: 0
	}));
	for (const post of posts) {
		const cell = post.evidenceParagraph === null ? undefined : strip[post.evidenceParagraph];
		if (post.hidden || !cell) continue;
		cell[post.side]++;
		cell.total++;
	}
	const busiest = Math.max(0, ...strip.map((cell) => cell.total));
	for (const cell of strip) cell.intensity = busiest === 0 ? 0 : cell.total / busiest;
	return strip;
}
