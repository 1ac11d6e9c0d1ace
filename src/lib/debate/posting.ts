/**
 * Whether a student may post or edit, and if not, a sentence that tells them why. The server
 * enforces these; the form shows the same sentence so nothing is refused without a reason.
 */
import {
	PHASE_LABELS,
	allowedPostKinds,
	effectiveSide,
	phaseSequence,
	type DebateSettings,
	type Phase,
	type PostKind
} from './phases';
import type { Side } from './sides';
import { MINUTE_MS } from '../time';

/** Why a post or edit is refused, for the program to act on; `reason` is the sentence people read. */
export type RefusalCode =
	| 'phase'
	| 'paused'
	| 'no-side'
	| 'quiz'
	| 'needs-parent'
	| 'own-thread'
	| 'same-side'
	| 'not-author'
	| 'hidden'
	| 'edit-window';

export type Check = { ok: true } | { ok: false; code: RefusalCode; reason: string };

/** Refusals about the post being answered: a reply is judged against its parent when sent. */
export const THREAD_REFUSALS: readonly RefusalCode[] = ['needs-parent', 'own-thread', 'same-side'];

export const EDIT_WINDOW_MINUTES = 5;

export const POST_KIND_LABELS: Record<PostKind, string> = {
	claim: 'claim',
	rebuttal: 'rebuttal',
	question: 'question',
	concession: 'concession',
	closing: 'closing statement'
};

export interface PostingContext {
	/** Which phases run; defaults to the full sequence (with Switch). */
	settings?: Pick<DebateSettings, 'switchPhase'>;
	paused?: boolean;
	/** The student's own side; null while they have none. */
	side?: Side | null;
	/** The quiz gate: the threshold (percent, null for none) and the student's best score. */
	quiz?: { threshold: number | null; bestScore: number | null };
	/** The post being answered, with the side it argued; null or absent for a new thread. */
	parent?: { side: Side } | null;
}

const OK: Check = { ok: true };
const refuse = (code: RefusalCode, reason: string): Check => ({ ok: false, code, reason });

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a rebuttal, a question or a concession" */
function listKinds(kinds: readonly PostKind[]): string {
	const items = kinds.map((kind) => `a ${POST_KIND_LABELS[kind]}`);
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function phaseRefusal(phase: Phase, kind: PostKind, sequence: Phase[]): string {
	const now = PHASE_LABELS[phase];
	if (phase === 'prepare') {
		return `Posting opens in the Opening phase; it is now Prepare: read the article and cast your stance vote.`;
	}
	if (phase === 'reflect') {
		return 'Posting has closed; it is now Reflect: cast your stance vote again and say what changed your mind.';
	}
	const plural = capitalise(`${POST_KIND_LABELS[kind]}s`);
	const here = sequence.indexOf(phase);
	const allowed = sequence.filter((p) => allowedPostKinds(p).includes(kind));
	const later = allowed.find((p) => sequence.indexOf(p) > here);
	const hint = ` In this phase you can post ${listKinds(allowedPostKinds(phase))}.`;
	if (later) return `${plural} open in the ${PHASE_LABELS[later]} phase; it is now ${now}.${hint}`;
	const earlier = allowed[allowed.length - 1];
	if (earlier) {
		return `${plural} closed with the ${PHASE_LABELS[earlier]} phase; it is now ${now}.${hint}`;
	}
	return `${plural} cannot be posted in this debate.`;
}

function quizRefusal(quiz: PostingContext['quiz']): Check | null {
	if (!quiz || quiz.threshold === null) return null;
	if (quiz.bestScore === null) {
		return refuse(
			'quiz',
			`Take the quiz on the article first: posting needs a score of at least ${quiz.threshold}%.`
		);
	}
	if (quiz.bestScore < quiz.threshold) {
		return refuse(
			'quiz',
			`Posting needs a quiz score of at least ${quiz.threshold}%; your best so far is ${quiz.bestScore}%. Reread the article and try the quiz again.`
		);
	}
	return null;
}

function threadRefusal(phase: Phase, kind: PostKind, ctx: PostingContext): Check | null {
	const parent = ctx.parent ?? null;
	if (kind === 'claim' || kind === 'closing') {
		const own = `A ${POST_KIND_LABELS[kind]} starts its own thread; post it on its own.`;
		return parent ? refuse('own-thread', own) : null;
	}
	if (!parent) {
		const answer = 'A rebuttal answers a post: choose the post you are answering.';
		return kind === 'rebuttal' ? refuse('needs-parent', answer) : null;
	}
	const arguing = ctx.side ? effectiveSide(ctx.side, phase) : null;
	const mustCross = kind === 'rebuttal' || kind === 'concession';
	if (mustCross && arguing !== null && parent.side === arguing) {
		const other = `A ${kind} answers a post from the other side; that post argues your own side.`;
		return refuse('same-side', other);
	}
	return null;
}

/** Whether a student may post a `kind` now. Checks run in the order a student can fix them. */
export function canPost(phase: Phase, kind: PostKind, ctx: PostingContext = {}): Check {
	const sequence = phaseSequence(ctx.settings ?? { switchPhase: true });
	// Prepare and Reflect are for reading and voting: say when posting opens, not "paused".
	if (phase === 'prepare' || phase === 'reflect')
		return refuse('phase', phaseRefusal(phase, kind, sequence));
	if (ctx.paused)
		return refuse('paused', 'The debate is paused; you can post again when it resumes.');
	if (!allowedPostKinds(phase).includes(kind))
		return refuse('phase', phaseRefusal(phase, kind, sequence));
	if (ctx.side === null) return refuse('no-side', 'You need a side before you can post.');
	return quizRefusal(ctx.quiz) ?? threadRefusal(phase, kind, ctx) ?? OK;
}

export interface EditablePost {
	authorId: number;
	/** Epoch milliseconds. */
	createdAt: number;
	hidden?: boolean;
}

/** Authors may fix a post for a few minutes after posting; after that it stands as written. */
export function canEdit(post: EditablePost, editorId: number, now: number): Check {
	if (post.authorId !== editorId) return refuse('not-author', 'Only the author can edit a post.');
	if (post.hidden)
		return refuse('hidden', 'This post is hidden by your teacher and cannot be edited.');
	const age = now - post.createdAt;
	if (age > EDIT_WINDOW_MINUTES * MINUTE_MS) {
		const minutes = Math.floor(age / MINUTE_MS);
		return refuse(
			'edit-window',
			`Posts can be edited for ${EDIT_WINDOW_MINUTES} minutes after posting; this one is ${minutes} minutes old.`
		);
	}
	return OK;
}
