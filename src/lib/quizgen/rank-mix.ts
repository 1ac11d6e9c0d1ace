/**
 * Skill variety in the first drafts and the one-sentence, one-answer rule, kept apart from the
 * scoring in rank.ts so other rules' helpers can add to rank.ts without touching this.
 */
import type { Candidate } from './rules/candidate';
import { RECALL_SKILL, type Skill } from './skills';

/**
 * How many skills the first drafts should show: every skill a sound candidate has (not only the
 * minimum asked for), at most one per slot. Reordering only: no candidate under the score floor
 * counts, so variety never admits a weaker draft.
 */
export function skillTarget(skills: Iterable<Skill>, minSkills: number, slots: number): number {
	if (minSkills <= 0) return 0;
	return Math.min(slots, Math.max(minSkills, new Set(skills).size));
}

/** Answers every true/false item shares ("True", "False"): no sign of one fact tested twice. */
const sharedByKind = (c: Candidate) => c.kind === 'true_false';

/**
 * Two drafts citing one evidence sentence, or keyed on one answer, test one reading twice: the
 * second is answered by the first (a blind judge rejected such pairs).
 */
export function sharesEvidenceOrAnswer(
	a: Candidate,
	b: Candidate,
	// Folded once per draft by the caller (rank.ts's view): the greedy pass asks every pair.
	foldedA: string,
	foldedB: string
): boolean {
	if (a.sentenceKey === b.sentenceKey) return true;
	if (sharedByKind(a) || sharedByKind(b)) return false;
	return foldedA === foldedB;
}

/**
 * One sentence keeps one draft: when a recall draft and a comprehension draft cite the same
 * sentence, the recall one steps aside before the greedy pass (else its higher score would
 * take the sentence and the quiz would lose a skill). Returns the indices still open.
 */
export function sentenceOwners(candidates: readonly Candidate[], open: Set<number>): Set<number> {
	const comprehension = new Set<string>();
	for (const i of open) {
		const c = candidates[i] as Candidate;
		if (c.skill !== RECALL_SKILL) comprehension.add(c.sentenceKey);
	}
	const kept = [...open].filter((i) => {
		const c = candidates[i] as Candidate;
		return c.skill !== RECALL_SKILL || !comprehension.has(c.sentenceKey);
	});
	return new Set(kept);
}
