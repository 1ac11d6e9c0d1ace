/**
 * Teacher feedback for ranking: rules and sentences behind questions a teacher retired (from item
 * analysis) lose rank in that teacher's next quizzes. A penalty lowers a candidate's score rather
 * than removing it, so a good question from the same rule can still win on a new article.
 */
import type { Candidate } from './rules/candidate';
import { fold } from './text';
import type { ArticleInput, RankPenalties } from './types';

/** Per retired question from the same rule, up to MAX_RULE_STRIKES of them. */
export const RULE_PENALTY = 0.08;
const MAX_RULE_STRIKES = 3;
/** A sentence that carried a retired question is as costly as reusing one already in the quiz. */
export const SENTENCE_PENALTY = 0.3;

export function candidatePenalties(
	candidates: readonly Candidate[],
	article: ArticleInput,
	penalties: RankPenalties | undefined
): number[] {
	const rules = penalties?.rules ?? {};
	const sentences = (penalties?.sentences ?? []).map(fold).filter((s) => s.length > 0);
	return candidates.map((c) => {
		const strikes = Math.min(MAX_RULE_STRIKES, rules[c.rule] ?? 0);
		const span = fold(
			article.paragraphs[c.evidence.paragraph]?.slice(c.evidence.start, c.evidence.end) ?? ''
		);
		const retired = span.length > 0 && sentences.some((s) => s.includes(span) || span.includes(s));
		return RULE_PENALTY * strikes + (retired ? SENTENCE_PENALTY : 0);
	});
}
