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
 * One sentence keeps one draft: while a comprehension draft citing a sentence can still be
 * picked, a recall draft on that sentence steps aside (else its higher score would take the
 * sentence and the quiz would lose a skill). Once that draft cannot come back (its skill's share
 * is full, or it lost to a conflict) the recall draft may have the sentence: a fourth skill is
 * better than an unused sentence. Returns the sentences held, from the candidates still pickable.
 */
export function heldSentences(
	candidates: readonly Candidate[],
	pickable: Iterable<number>
): Set<string> {
	const held = new Set<string>();
	for (const i of pickable) {
		const c = candidates[i] as Candidate;
		if (c.skill !== RECALL_SKILL) held.add(c.sentenceKey);
	}
	return held;
}
