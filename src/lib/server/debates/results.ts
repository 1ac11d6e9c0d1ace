/**
 * What a debate came to: the results page (stance swing, engagement, citation heat) and the
 * teacher's exports (transcript, scores). The arithmetic lives in `$lib/debate`; this module
 * only gathers the rows and decides who may see them.
 */
import { asc, eq } from 'drizzle-orm';
import {
	citationHeat,
	engagementByStudent,
	isPhase,
	roomPseudonyms,
	shownSwing,
	stanceSwing,
	type MetricPost,
	type ScoreRow
} from '../../debate';
import * as articles from '../articles/articles-sync';
import { db } from '../db';
import { articles as articlesTable, debateMembers, posts, users } from '../db/schema';
import type { Debate, Post } from '../db/schema';
import { enter, enterAsTeacher, members } from './debates';
import type { PublicUser } from '../auth/public-user';
import { scoresByStudent } from './rubric';
import type { HeatRow, Results, ResultsView, StudentResult, Transcript } from '../../debate/views';

export type { HeatRow, Results, ResultsView, StudentResult, Transcript };

const EXCERPT_CHARS = 80;

function debatePosts(debateId: number): Post[] {
	return db().select().from(posts).where(eq(posts.debateId, debateId)).orderBy(asc(posts.id)).all();
}

function metricPost(p: Post): MetricPost {
	return {
		id: p.id,
		authorId: p.authorId,
		side: p.side,
		kind: p.kind,
		parentId: p.parentId,
		evidenceParagraph: p.evidenceParagraph,
		hidden: p.hiddenAt !== null
	};
}

/** Display names of the members, or pseudonyms where the viewer may not see names. */
function memberNames(debate: Debate, pseudonymsOnly: boolean): Map<number, string> {
	const roster = members(debate.id);
	const pseudonyms = roomPseudonyms(
		debate.pseudonymSecret,
		roster.map((m) => m.userId)
	);
	const names = new Map(
		db()
			.select({ id: users.id, name: users.displayName })
			.from(users)
			.innerJoin(debateMembers, eq(debateMembers.userId, users.id))
			.where(eq(debateMembers.debateId, debate.id))
			.all()
			.map((row) => [row.id, row.name])
	);
	return new Map(
		roster.map((m) => [
			m.userId,
			(pseudonymsOnly ? pseudonyms.get(m.userId) : names.get(m.userId)) ?? 'A student'
		])
	);
}

function excerpt(text: string): string {
	return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS).trimEnd()}…`;
}

/** The results: the teacher at any time, members once the debate has reached Reflect. */
export function results(user: PublicUser, debateId: number): Results {
	const { debate, isTeacher } = enter(user, debateId);
	if (!isTeacher && debate.phase !== 'reflect')
		return { open: false, debateId, motion: debate.motion };
	const roster = members(debateId);
	const names = memberNames(debate, debate.settings.anonymous && !isTeacher);
	const all = debatePosts(debateId).map(metricPost);
	const engagement = new Map(engagementByStudent(all).map((e) => [e.authorId, e]));
	const paragraphs = articles.paragraphTexts(debate.articleId);
	return {
		open: true,
		debateId,
		motion: debate.motion,
		sideNames: { for: debate.sideFor, against: debate.sideAgainst },
		phase: debate.phase,
		isTeacher,
		swing: shownSwing(
			stanceSwing(
				roster.map((m) => ({ side: m.side, before: m.stanceBefore, after: m.stanceAfter }))
			)
		),
		students: roster.map((m, key) => {
			const e = engagement.get(m.userId);
			return {
				key,
				name: names.get(m.userId) ?? 'A student',
				side: m.side,
				posts: e?.posts ?? 0,
				rebuttals: e?.rebuttals ?? 0,
				rebuttalsToOtherSide: e?.rebuttalsToOtherSide ?? 0,
				rebuttalShareToOtherSide: e?.rebuttalShareToOtherSide ?? null
			};
		}),
		heat: citationHeat(all, paragraphs.length).map((cell) => ({
			...cell,
			excerpt: excerpt(paragraphs[cell.paragraph] ?? '')
		}))
	};
}

/** The material of the transcript, for the teacher only, with the students' real names. */
export function transcript(teacher: PublicUser, debateId: number): Transcript {
	const { debate } = enterAsTeacher(teacher, debateId);
	const articleTitle =
		db()
			.select({ title: articlesTable.title })
			.from(articlesTable)
			.where(eq(articlesTable.id, debate.articleId))
			.get()?.title ?? undefined;
	return {
		debate: {
			motion: debate.motion,
			sideNames: { for: debate.sideFor, against: debate.sideAgainst },
			articleTitle
		},
		posts: debatePosts(debateId).map((p) => ({
			id: p.id,
			authorId: p.authorId,
			side: p.side,
			kind: p.kind,
			phase: isPhase(p.phase) ? p.phase : 'opening',
			parentId: p.parentId,
			claim: p.claim,
			reasoning: p.reasoning,
			evidence:
				p.evidenceParagraph === null
					? null
					: { paragraph: p.evidenceParagraph, quote: p.evidenceQuote ?? '' },
			createdAt: p.createdAt,
			edited: p.editedAt !== null,
			hidden: p.hiddenAt !== null
		})),
		names: memberNames(debate, false)
	};
}

/** One row per member for the scores CSV, in join order (teacher only). */
export function scoreRows(teacher: PublicUser, debateId: number): ScoreRow[] {
	const { debate } = enterAsTeacher(teacher, debateId);
	const names = memberNames(debate, false);
	const engagement = new Map(
		engagementByStudent(debatePosts(debateId).map(metricPost)).map((e) => [e.authorId, e])
	);
	const scored = scoresByStudent(debateId);
	const sideNames = { for: debate.sideFor, against: debate.sideAgainst };
	return members(debateId).map((m) => {
		const rubric = scored.get(m.userId);
		const e = engagement.get(m.userId);
		return {
			student: names.get(m.userId) ?? 'A student',
			side: m.side ? sideNames[m.side] : '',
			scores: rubric?.scores ?? {
				claim: null,
				evidence: null,
				reasoning: null,
				engagement: null,
				civility: null
			},
			comment: rubric?.comment ?? '',
			posts: e?.posts ?? 0,
			rebuttals: e?.rebuttals ?? 0
		};
	});
}
