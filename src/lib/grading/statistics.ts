/**
 * Descriptive statistics that answer null instead of NaN: an empty class has no mean, and a
 * correlation with a constant has no value. Variances are population variances (divide by n): the
 * class is the whole group being described, not a sample, and KR-20 uses p·q, which is the
 * population variance of a 0/1 item, so the two must match.
 */

/** Below this a variance is floating-point noise around 0; dividing by it would invent a value. */
export const ZERO_VARIANCE = 1e-12;

export function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

export function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : sum(values) / values.length;
}

export function variance(values: readonly number[]): number | null {
	const m = mean(values);
	if (m === null) return null;
	return sum(values.map((value) => (value - m) ** 2)) / values.length;
}

/** Population standard deviation; null for fewer than two values, where there is no spread. */
export function standardDeviation(values: readonly number[]): number | null {
	const v = values.length < 2 ? null : variance(values);
	return v === null ? null : Math.sqrt(v);
}

/**
 * Pearson's product-moment correlation, r = cov(x, y) / (σx σy) (Pearson 1896). Applied to a 0/1
 * item and a total it is the point-biserial correlation. Null with fewer than two pairs or when
 * either side does not vary.
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
	if (xs.length !== ys.length || xs.length < 2) return null;
	const mx = mean(xs) as number;
	const my = mean(ys) as number;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	xs.forEach((x, i) => {
		const dx = x - mx;
		const dy = (ys[i] as number) - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	});
	const n = xs.length;
	if (sxx / n <= ZERO_VARIANCE || syy / n <= ZERO_VARIANCE) return null;
	// Rounding can push a perfect correlation a hair past ±1.
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
