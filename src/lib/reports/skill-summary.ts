import type { ItemStatistics } from '../grading';
import { SKILLS, SKILL_LABELS, type Skill } from '../quizgen/skills';

/** One row per skill the quiz tests: how many items, and their mean difficulty (p). */
export interface SkillSummaryRow {
	skill: Skill | null;
	label: string;
	items: number;
	/** Mean p over the items with a p; null when none has one yet (no attempts). */
	meanDifficulty: number | null;
}

/**
 * Skills in the vocabulary's order, then the questions that name none. The mean of item p
 * values weights every item alike, as a teacher reads the per-question list beside it.
 */
export function skillSummary(
	questions: readonly { skill: Skill | null; stats: Pick<ItemStatistics, 'difficulty'> }[]
): SkillSummaryRow[] {
	const groups: (Skill | null)[] = [...SKILLS, null];
	return groups.flatMap((skill) => {
		const items = questions.filter((q) => q.skill === skill);
		if (items.length === 0) return [];
		const ps = items.flatMap((q) => (q.stats.difficulty === null ? [] : [q.stats.difficulty]));
		return [
			{
				skill,
				label: skill ? SKILL_LABELS[skill] : 'No skill named',
				items: items.length,
				meanDifficulty: ps.length === 0 ? null : ps.reduce((a, p) => a + p, 0) / ps.length
			}
		];
	});
}
