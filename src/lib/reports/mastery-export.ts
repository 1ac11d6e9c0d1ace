import type { CsvValue } from '../debate/escape';
import { SKILL_LABELS } from '../quizgen/skills';
import { roundTo } from './export';
import { SKILL_STANDARDS, type ClassMastery, type SkillResult } from './mastery';

/** Percent right with one decimal, blank when nothing was answered. */
const percent = (result: SkillResult): CsvValue =>
	result.share === null ? null : roundTo(result.share * 100);

/** A header row, one row per student, then the class: answered and % right for each skill. */
export function masteryRows(mastery: ClassMastery): CsvValue[][] {
	const headers = mastery.skills.flatMap((r) => {
		const name = `${SKILL_LABELS[r.skill]} (${SKILL_STANDARDS[r.skill]})`;
		return [`${name} answered`, `${name} (% right)`, `${name} weak`];
	});
	const cells = (results: SkillResult[]) =>
		results.flatMap((r) => [r.answered, percent(r), r.weak ? 'yes' : '']);
	return [
		['Student', 'Username', ...headers],
		...mastery.students.map((s) => [s.student.displayName, s.student.username, ...cells(s.skills)]),
		['Whole class', '', ...cells(mastery.skills)]
	];
}
