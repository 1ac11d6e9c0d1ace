import type { Bar } from '$lib/components/charts/types';
import type { ItemStatistics } from '$lib/grading';

/** Chart rows and number formats for the item analysis page. */

export const fixed = (value: number | null, places = 2) =>
	value === null ? 'n/a' : value.toFixed(places);

export const scopeHref = (scope: 'first' | 'all') => (scope === 'all' ? '?attempts=all' : '');

export function difficultyBars(
	questions: readonly { position: number; stats: ItemStatistics }[]
): Bar[] {
	return questions.map((q) => ({
		label: `Question ${q.position}`,
		value: q.stats.difficulty,
		text: fixed(q.stats.difficulty)
	}));
}

export function optionBars(stats: ItemStatistics): Bar[] {
	return stats.options.map((o) => ({
		label: o.label,
		value: o.count,
		text: `${o.count} (top ${o.upper}, bottom ${o.lower})`,
		...(o.correct ? { highlight: 'right answer' } : {})
	}));
}
