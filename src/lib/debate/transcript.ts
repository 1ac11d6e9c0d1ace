/**
 * Exports: the debate transcript as Markdown and the rubric scores as CSV. Every piece of user
 * text passes through `escape.ts`, so a post cannot add headings, links or HTML to the file.
 */
import { escapeMarkdown, escapeMarkdownInline, toCsv, type CsvValue } from './escape';
import { PHASE_LABELS, PHASE_ORDER, type Phase, type PostKind } from './phases';
import { POST_KIND_LABELS } from './posting';
import { SIDES, type SideNames, type Side } from './sides';

export interface TranscriptDebate {
	motion: string;
	sideNames: SideNames;
	articleTitle?: string;
}

export interface TranscriptPost {
	id: number;
	authorId: number;
	side: Side;
	kind: PostKind;
	/** The phase the post was made in. */
	phase: Phase;
	parentId: number | null;
	claim: string;
	reasoning: string;
	/** The verified quote and its 0-based paragraph. */
	evidence: { paragraph: number; quote: string } | null;
	createdAt: number;
	edited: boolean;
	hidden: boolean;
}

interface Context {
	debate: TranscriptDebate;
	names: ReadonlyMap<number, string>;
	children: Map<number, TranscriptPost[]>;
}

const INDENT = '  ';

function byTime(a: TranscriptPost, b: TranscriptPost): number {
	return a.createdAt - b.createdAt || a.id - b.id;
}

function indentLines(text: string, depth: number): string[] {
	const pad = INDENT.repeat(depth);
	return text.split('\n').map((line) => (line === '' ? '' : pad + line));
}

/** Replies note their phase when it differs from the post they answer (threads span phases). */
function heading(post: TranscriptPost, ctx: Context, orphan: boolean, parentPhase?: Phase): string {
	const name = escapeMarkdownInline(ctx.names.get(post.authorId) ?? `Student ${post.authorId}`);
	const side = escapeMarkdownInline(ctx.debate.sideNames[post.side]);
	const details = [side, POST_KIND_LABELS[post.kind]];
	if (parentPhase && parentPhase !== post.phase) details.push(`${PHASE_LABELS[post.phase]} phase`);
	if (post.edited) details.push('edited');
	if (orphan) details.push('in reply to a hidden post');
	return `**${name}** (${details.join(', ')})`;
}

/** A post as a list item, its replies nested beneath it. */
function renderPost(
	post: TranscriptPost,
	ctx: Context,
	depth: number,
	thread: { orphan?: boolean; parentPhase?: Phase } = {}
): string[] {
	const body = [`**Claim:** ${escapeMarkdownInline(post.claim)}`];
	if (post.evidence) {
		const quote = escapeMarkdown(post.evidence.quote).replace(/^/gm, '> ');
		body.push('', quote, `> (paragraph ${post.evidence.paragraph + 1})`);
	}
	if (post.reasoning.trim()) body.push('', `**Reasoning:** ${escapeMarkdown(post.reasoning)}`);
	const lines = [
		`${INDENT.repeat(depth)}- ${heading(post, ctx, thread.orphan ?? false, thread.parentPhase)}`,
		''
	];
	lines.push(...indentLines(body.join('\n'), depth + 1), '');
	for (const reply of ctx.children.get(post.id) ?? []) {
		lines.push(...renderPost(reply, ctx, depth + 1, { parentPhase: post.phase }));
	}
	return lines;
}

/**
 * The transcript, by phase and then side. A thread sits where its first post was made, with
 * rebuttals and other replies nested under the post they answer, whenever they were made.
 * Hidden posts are left out; a reply to one starts its own thread, marked as such.
 */
export function transcriptMarkdown(
	debate: TranscriptDebate,
	posts: readonly TranscriptPost[],
	names: ReadonlyMap<number, string>
): string {
	const visible = posts.filter((post) => !post.hidden).sort(byTime);
	const visibleIds = new Set(visible.map((post) => post.id));
	const children = new Map<number, TranscriptPost[]>();
	const roots: { post: TranscriptPost; orphan: boolean }[] = [];
	for (const post of visible) {
		if (post.parentId !== null && visibleIds.has(post.parentId)) {
			children.set(post.parentId, [...(children.get(post.parentId) ?? []), post]);
		} else roots.push({ post, orphan: post.parentId !== null });
	}
	const ctx: Context = { debate, names, children };
	const { for: forName, against: againstName } = debate.sideNames;
	const lines = [`# Debate: ${escapeMarkdownInline(debate.motion)}`, ''];
	if (debate.articleTitle) lines.push(`Article: ${escapeMarkdownInline(debate.articleTitle)}`, '');
	lines.push(
		`Sides: **${escapeMarkdownInline(forName)}** (for) and **${escapeMarkdownInline(againstName)}** (against)`,
		''
	);
	for (const phase of PHASE_ORDER) {
		const inPhase = roots.filter((root) => root.post.phase === phase);
		if (inPhase.length === 0) continue;
		lines.push(`## ${PHASE_LABELS[phase]}`, '');
		for (const side of SIDES) {
			const threads = inPhase.filter((root) => root.post.side === side);
			if (threads.length === 0) continue;
			lines.push(`### ${escapeMarkdownInline(debate.sideNames[side])}`, '');
			for (const root of threads)
				lines.push(...renderPost(root.post, ctx, 0, { orphan: root.orphan }));
		}
	}
	if (roots.length === 0) lines.push('No posts yet.', '');
	return (
		lines
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}

export const RUBRIC_CRITERIA = [
	'claim',
	'evidence',
	'reasoning',
	'engagement',
	'civility'
] as const;

export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

export const RUBRIC_LABELS: Record<RubricCriterion, string> = {
	claim: 'Claim',
	evidence: 'Evidence',
	reasoning: 'Reasoning',
	engagement: 'Engagement with the other side',
	civility: 'Civility'
};

export interface ScoreRow {
	student: string;
	side: string;
	/** 1–4 per criterion; null while not yet scored. */
	scores: Record<RubricCriterion, number | null>;
	comment: string;
	posts: number;
	rebuttals: number;
}

/** The rubric scores as CSV, one student a row, with a total of the criteria scored. */
export function scoresCsv(rows: readonly ScoreRow[]): string {
	const criteria = RUBRIC_CRITERIA.map((criterion) => RUBRIC_LABELS[criterion]);
	const header = ['Student', 'Side', ...criteria, 'Total', 'Posts', 'Rebuttals', 'Comment'];
	const body = rows.map((row): CsvValue[] => {
		const scores = RUBRIC_CRITERIA.map((criterion) => row.scores[criterion]);
		const scored = scores.filter((score): score is number => score !== null);
		const total = scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0);
		return [row.student, row.side, ...scores, total, row.posts, row.rebuttals, row.comment];
	});
	return toCsv([header, ...body]);
}
