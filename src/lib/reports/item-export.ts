import type { CsvValue } from '../debate/escape';
import type { ItemStatistics, TestStatistics } from '../grading';
import { SKILL_LABELS, type Skill } from '../quizgen/skills';
import { roundTo } from './export';

/** The item analysis as CSV rows: one per question, then the quiz's summary under them. */

export interface AnalysedItem {
	position: number;
	prompt: string;
	kind: string;
	skill: Skill | null;
	stats: ItemStatistics;
}

export interface ItemReport {
	scope: 'first' | 'all';
	test: TestStatistics;
	questions: AnalysedItem[];
}

const options = (stats: ItemStatistics) =>
	stats.options.map((o) => `${o.label}${o.correct ? ' (key)' : ''}: ${o.count}`).join('; ');

export function itemAnalysisRows(report: ItemReport): CsvValue[][] {
	const header = [
		'Question',
		'Prompt',
		'Kind',
		'Skill',
		'Max points',
		'Mean points',
		'Difficulty (p)',
		'Discrimination (corrected point-biserial)',
		'Option counts',
		'Flags'
	];
	const width = header.length;
	const summary = (label: string, value: CsvValue): CsvValue[] => [
		label,
		value,
		...Array<CsvValue>(width - 2).fill(null)
	];
	const { test } = report;
	return [
		header,
		...report.questions.map((q) => [
			q.position,
			q.prompt,
			q.kind,
			q.skill ? SKILL_LABELS[q.skill] : null,
			q.stats.maxPoints,
			roundTo(q.stats.meanPoints, 3),
			roundTo(q.stats.difficulty, 3),
			roundTo(q.stats.discrimination, 3),
			options(q.stats),
			q.stats.flags.map((f) => f.message).join(' ')
		]),
		summary('Attempts analysed', `${test.attempts} (${report.scope} attempts)`),
		summary('Mean score', roundTo(test.mean, 3)),
		summary('Standard deviation', roundTo(test.standardDeviation, 3)),
		summary(`Reliability (${test.reliability.method})`, roundTo(test.reliability.value, 3))
	];
}
