import { PHASE_LABELS, PHASE_ORDER, POST_KIND_LABELS, SIDES, type Side } from '$lib/debate';
import type { Transcript } from '$lib/debate/views';

export interface PrintPost {
	id: number;
	author: string;
	side: Side;
	kind: string;
	claim: string;
	reasoning: string;
	evidence: { paragraph: number; quote: string } | null;
	edited: boolean;
	orphan: boolean;
	replies: PrintPost[];
}

export interface PrintSection {
	phase: string;
	sides: { side: Side; threads: PrintPost[] }[];
}

/**
 * The transcript as nested data for the printable page, in the same order as the Markdown
 * export: by phase, then side, replies under the post they answer; hidden posts left out.
 */
export function printableTranscript({ posts, names }: Transcript): PrintSection[] {
	const visible = posts
		.filter((p) => !p.hidden)
		.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
	const ids = new Set(visible.map((p) => p.id));
	const nodes = new Map(
		visible.map((p): [number, PrintPost] => [
			p.id,
			{
				id: p.id,
				author: names.get(p.authorId) ?? `Student ${p.authorId}`,
				side: p.side,
				kind: POST_KIND_LABELS[p.kind],
				claim: p.claim,
				reasoning: p.reasoning,
				evidence: p.evidence,
				edited: p.edited,
				orphan: p.parentId !== null && !ids.has(p.parentId),
				replies: []
			}
		])
	);
	const roots: { phase: string; node: PrintPost }[] = [];
	for (const p of visible) {
		const node = nodes.get(p.id)!;
		const parent = p.parentId === null ? undefined : nodes.get(p.parentId);
		if (parent) parent.replies.push(node);
		else roots.push({ phase: p.phase, node });
	}
	return PHASE_ORDER.flatMap((phase) => {
		const inPhase = roots.filter((r) => r.phase === phase);
		if (inPhase.length === 0) return [];
		return [
			{
				phase: PHASE_LABELS[phase],
				sides: SIDES.map((side) => ({
					side,
					threads: inPhase.filter((r) => r.node.side === side).map((r) => r.node)
				})).filter((s) => s.threads.length > 0)
			}
		];
	});
}
