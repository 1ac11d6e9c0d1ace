import { DEFAULT_THRESHOLDS, flagItem, type FlagThresholds, type ItemFlag } from './item-flags';
import { correlation, mean, standardDeviation, sum, variance, ZERO_VARIANCE } from './statistics';

/**
 * Classical item analysis for one quiz: how hard each question is, whether it separates stronger
 * from weaker students, how consistent the quiz is, and which options drew whom. Pure: the caller
 * picks the attempts (first attempts by default, all on request) and drops retired questions.
 */

export interface ItemOption {
	id: string;
	correct: boolean;
	/** What the teacher sees in a flag's message (the option text); defaults to the id. */
	label?: string;
	/** Options compete only within a group: Part A and Part B of an evidence pair. */
	group?: string;
}

export interface ItemDescriptor {
	id: string;
	maxPoints: number;
	/** Choice questions only; other kinds have no options to count. */
	options?: readonly ItemOption[];
}

/** One student's attempt: points per item, in `items` order, and the option ids chosen. */
export interface StudentRow {
	points: readonly number[];
	/** Per item, the chosen option ids; null or missing when unanswered or not a choice item. */
	choices?: readonly (readonly string[] | null | undefined)[];
}

export interface ItemStatsInput {
	items: readonly ItemDescriptor[];
	rows: readonly StudentRow[];
}

export interface OptionCount {
	optionId: string;
	label: string;
	correct: boolean;
	group?: string;
	count: number;
	/** Picks among the top and bottom 27% of students by total score (Kelley 1939). */
	upper: number;
	lower: number;
}

export interface ItemStatistics {
	itemId: string;
	maxPoints: number;
	meanPoints: number | null;
	/** p: mean share of the points earned; for right/wrong items, the proportion correct. */
	difficulty: number | null;
	/** Corrected point-biserial: the item against the total without that item. */
	discrimination: number | null;
	options: OptionCount[];
	flags: ItemFlag[];
}

export interface Reliability {
	/** KR-20 when every item is right/wrong and worth the same; Cronbach's alpha otherwise. */
	method: 'KR-20' | 'alpha';
	value: number | null;
}

export interface TestStatistics {
	attempts: number;
	maxPoints: number;
	mean: number | null;
	standardDeviation: number | null;
	reliability: Reliability;
	items: ItemStatistics[];
}

const column = (matrix: number[][], j: number) => matrix.map((row) => row[j] as number);

/** Non-finite or missing points count as 0, so one bad cell cannot turn every statistic into NaN. */
function scoreMatrix(input: ItemStatsInput): number[][] {
	return input.rows.map((row) =>
		input.items.map((_, j) => {
			const value = row.points[j];
			return value !== undefined && Number.isFinite(value) ? value : 0;
		})
	);
}

/**
 * Coefficient alpha, α = k/(k−1) · (1 − Σσᵢ² / σₓ²) (Cronbach 1951). With right/wrong items
 * σᵢ² = pᵢqᵢ and it is KR-20 (Kuder and Richardson 1937, formula 20). Null with fewer than two
 * items or students, or when totals do not vary (everyone scored the same).
 */
function reliability(matrix: number[][], items: readonly ItemDescriptor[]): Reliability {
	const scored = items.map((item, j) => ({ item, j })).filter(({ item }) => item.maxPoints > 0);
	const max = scored[0]?.item.maxPoints;
	const dichotomous = scored.every(
		({ item, j }) =>
			item.maxPoints === max && column(matrix, j).every((x) => x === 0 || x === item.maxPoints)
	);
	const method = dichotomous ? 'KR-20' : 'alpha';
	const k = scored.length;
	if (k < 2 || matrix.length < 2) return { method, value: null };
	// KR-20 is computed on 0/1 scores (points ÷ the common maximum), as Kuder and Richardson wrote it.
	const scale = dichotomous ? (max as number) : 1;
	const rows = matrix.map((row) => scored.map(({ j }) => (row[j] as number) / scale));
	const itemVariance = scored.map((_, c) => {
		if (!dichotomous) return variance(column(rows, c)) as number;
		const p = mean(column(rows, c)) as number;
		return p * (1 - p);
	});
	const totalVariance = variance(rows.map(sum)) as number;
	if (totalVariance <= ZERO_VARIANCE) return { method, value: null };
	return { method, value: (k / (k - 1)) * (1 - sum(itemVariance) / totalVariance) };
}

/**
 * Indices of the top and bottom 27% of students by total (Kelley 1939: the split that best
 * trades group size against contrast). At least one each once there are two students, never
 * overlapping; ties at the boundary go by row order, so results are repeatable.
 */
function extremeGroups(totals: number[]): { upper: Set<number>; lower: Set<number> } {
	const n = totals.length;
	const size = n < 2 ? 0 : Math.min(Math.floor(n / 2), Math.max(1, Math.round(0.27 * n)));
	const order = totals
		.map((total, index) => ({ total, index }))
		.sort((a, b) => b.total - a.total || a.index - b.index)
		.map(({ index }) => index);
	return { upper: new Set(order.slice(0, size)), lower: new Set(order.slice(n - size)) };
}

function countOptions(
	input: ItemStatsInput,
	j: number,
	groups: { upper: Set<number>; lower: Set<number> }
): OptionCount[] {
	return (input.items[j]?.options ?? []).map((option) => {
		const counts = { count: 0, upper: 0, lower: 0 };
		input.rows.forEach((row, i) => {
			if (!row.choices?.[j]?.includes(option.id)) return;
			counts.count++;
			if (groups.upper.has(i)) counts.upper++;
			if (groups.lower.has(i)) counts.lower++;
		});
		const { id, label, correct, group } = option;
		return { optionId: id, label: label ?? id, correct, ...(group ? { group } : {}), ...counts };
	});
}

/** Statistics and flags for every item and for the quiz as a whole. */
export function analyseItems(
	input: ItemStatsInput,
	thresholds: Partial<FlagThresholds> = {}
): TestStatistics {
	const limits = { ...DEFAULT_THRESHOLDS, ...thresholds };
	const matrix = scoreMatrix(input);
	const totals = matrix.map(sum);
	const groups = extremeGroups(totals);
	const items = input.items.map((item, j) => {
		const scores = column(matrix, j);
		const meanPoints = mean(scores);
		const stats = {
			itemId: item.id,
			maxPoints: item.maxPoints,
			meanPoints,
			difficulty: meanPoints !== null && item.maxPoints > 0 ? meanPoints / item.maxPoints : null,
			discrimination: correlation(
				scores,
				totals.map((total, i) => total - (scores[i] as number))
			),
			options: countOptions(input, j, groups)
		};
		return { ...stats, flags: flagItem(stats, matrix.length, limits) };
	});
	return {
		attempts: matrix.length,
		maxPoints: sum(input.items.map((item) => Math.max(0, item.maxPoints))),
		mean: mean(totals),
		standardDeviation: standardDeviation(totals),
		reliability: reliability(matrix, input.items),
		items
	};
}

export { DEFAULT_THRESHOLDS, type FlagThresholds, type ItemFlag };
