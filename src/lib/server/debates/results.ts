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
import * as articles from '../articles/articles';
import { db } from '../db';
import { articles as articlesTable, debateMembers, posts, users } from '../db/tables';
import type { Debate, Post } from '../db/schema';
import { enter, enterAsTeacher, members } from './debates';
import type { PublicUser } from '../auth/public-user';
import { scoresByStudent } from './rubric';
import type { HeatRow, Results, ResultsView, StudentResult, Transcript } from '../../debate/views';

export type { HeatRow, Results, ResultsView, StudentResult, Transcript };

const EXCERPT_CHARS = 80;

function debatePosts(debateId: number): Promise<Post[]> {
	return db().select().from(posts).where(eq(posts.debateId, debateId)).orderBy(asc(posts.id));
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
async function memberNames(debate: Debate, pseudonymsOnly: boolean): Promise<Map<number, string>> {
	const roster = await members(debate.id);
	const pseudonyms = roomPseudonyms(
		debate.pseudonymSecret,
		roster.map((m) => m.userId)
	);
	const named = await db()
		.select({ id: users.id, name: users.displayName })
		.from(users)
		.innerJoin(debateMembers, eq(debateMembers.userId, users.id))
		.where(eq(debateMembers.debateId, debate.id));
	const names = new Map(named.map((row) => [row.id, row.name]));
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
export async function results(user: PublicUser, debateId: number): Promise<Results> {
	const { debate, isTeacher } = await enter(user, debateId);
	if (!isTeacher && debate.phase !== 'reflect')
		return { open: false, debateId, motion: debate.motion };
	const roster = await members(debateId);
	const names = await memberNames(debate, debate.settings.anonymous && !isTeacher);
	const all = (await debatePosts(debateId)).map(metricPost);
	const engagement = new Map(engagementByStudent(all).map((e) => [e.authorId, e]));
	const paragraphs = await articles.paragraphTexts(debate.articleId);
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
export async function transcript(teacher: PublicUser, debateId: number): Promise<Transcript> {
	const { debate } = await enterAsTeacher(teacher, debateId);
	const [article] = await db()
		.select({ title: articlesTable.title })
		.from(articlesTable)
		.where(eq(articlesTable.id, debate.articleId))
		.limit(1);
	const articleTitle = article?.title ?? undefined;
	const [shown, names] = await Promise.all([debatePosts(debateId), memberNames(debate, false)]);
	return {
		debate: {
			motion: debate.motion,
			sideNames: { for: debate.sideFor, against: debate.sideAgainst },
			articleTitle
		},
		posts: shown.map((p) => ({
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
		names
	};
}

/** One row per member for the scores CSV, in join order (teacher only). */
export async function scoreRows(teacher: PublicUser, debateId: number): Promise<ScoreRow[]> {
	const { debate } = await enterAsTeacher(teacher, debateId);
	const names = await memberNames(debate, false);
	const engagement = new Map(
		engagementByStudent((await debatePosts(debateId)).map(metricPost)).map((e) => [e.authorId, e])
	);
	const scored = await scoresByStudent(debateId);
	const sideNames = { for: debate.sideFor, against: debate.sideAgainst };
	return (await members(debateId)).map((m) => {
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
