/**
 * Guided reading (CommonLit's mode, with Standpoint's evidence): each question appears after the
 * paragraph its evidence sits in, and the text after the first unanswered question stays closed
 * until that question is answered. Pure: the page and the server share it.
 */

export interface GuidedQuestion {
	id: number;
	/** 0-based paragraph of its evidence; null when it cites none (asked after the article). */
	paragraph: number | null;
}

export interface GuidedSegment<Q extends GuidedQuestion> {
	/** The paragraphs shown in this segment, [from, to) 0-based. */
	from: number;
	to: number;
	/** The questions asked right after them, in article order. */
	questions: Q[];
	/** False once an earlier question is still unanswered: dimmed, not focusable, not read out. */
	open: boolean;
}

/**
 * The article cut after every paragraph that has questions, each cut followed by them. A segment
 * opens when every question in the segments before it is answered.
 */
export function guidedSegments<Q extends GuidedQuestion>(
	paragraphCount: number,
	questions: readonly Q[],
	answered: ReadonlySet<number>
): GuidedSegment<Q>[] {
	const at = new Map<number, Q[]>();
	const last = Math.max(paragraphCount - 1, 0);
	for (const q of questions) {
		const p = q.paragraph === null ? last : Math.min(Math.max(q.paragraph, 0), last);
		const list = at.get(p);
		if (list) list.push(q);
		else at.set(p, [q]);
	}
	const segments: GuidedSegment<Q>[] = [];
	let from = 0;
	let open = true;
	for (const p of [...at.keys()].sort((a, b) => a - b)) {
		const asked = at.get(p)!;
		segments.push({ from, to: p + 1, questions: asked, open });
		open &&= asked.every((q) => answered.has(q.id));
		from = p + 1;
	}
	if (from < paragraphCount || segments.length === 0) {
		segments.push({ from, to: paragraphCount, questions: [], open });
	}
	return segments;
}

/** The first question still to answer, which holds the rest of the text closed; null when none. */
export function gateQuestion<Q extends GuidedQuestion>(
	segments: readonly GuidedSegment<Q>[],
	answered: ReadonlySet<number>
): Q | null {
	for (const segment of segments) {
		if (!segment.open) break;
		const waiting = segment.questions.find((q) => !answered.has(q.id));
		if (waiting) return waiting;
	}
	return null;
}
