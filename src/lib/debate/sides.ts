/**
 * The two sides of a motion. Code speaks of `for` and `against`; students see the names the
 * teacher gave them (by default Intervention and Cooperation).
 */

export const SIDES = ['for', 'against'] as const;

export type Side = (typeof SIDES)[number];

export interface SideNames {
	for: string;
	against: string;
}

export const DEFAULT_MOTION =
	"The United States should be ready to use military force against cartels on Mexican soil, even without Mexico's consent.";

export const DEFAULT_SIDE_NAMES: SideNames = { for: 'Intervention', against: 'Cooperation' };

export function otherSide(side: Side): Side {
	return side === 'for' ? 'against' : 'for';
}

export function isSide(value: unknown): value is Side {
	return value === 'for' || value === 'against';
}
