/**
 * Small groups: a class debate split into rooms of a few students that share the motion, the
 * phases and the clock (structured academic controversy works in fours). Pure: who goes where.
 */
import { SIDES, type Side } from './sides';

/** Students per group the teacher may ask for; a group of one cannot debate. */
export const GROUP_SIZE_MIN = 2;
export const GROUP_SIZE_MAX = 12;
export const DEFAULT_GROUP_SIZE = 4;
/** At most this many groups in one debate (a class of 60 in pairs). */
export const GROUPS_MAX = 30;

export function groupName(index: number): string {
	return `Group ${index + 1}`;
}

export interface GroupStudent {
	userId: number;
	/** The side they already have; null when not given one yet. */
	side: Side | null;
}

export interface Placement {
	userId: number;
	/** 0-based group index. */
	group: number;
	side: Side | null;
}

/** How many groups of at most `size` students the class makes (at least one). */
export function groupCount(students: number, size: number): number {
	return Math.min(GROUPS_MAX, Math.max(1, Math.ceil(students / size)));
}

/**
 * Deals students into `count` groups so that each side is spread as evenly as it can be (each
 * side's count per group differs by at most one) and group sizes differ by at most one: each
 * side is dealt in turn to the group with fewest of that side, then fewest students; students
 * without a side go last, to the smallest groups.
 */
export function balancedGroups(students: readonly GroupStudent[], count: number): Placement[] {
	const sizes = Array.from({ length: count }, () => 0);
	const perSide = Array.from({ length: count }, () => ({ for: 0, against: 0 }));
	const fewest = (score: (g: number) => number[]) =>
		sizes.reduce((best, _, g) => (compare(score(g), score(best)) < 0 ? g : best), 0);
	const placed: Placement[] = [];
	const put = (student: GroupStudent, group: number, side: Side | null) => {
		sizes[group]! += 1;
		if (side) perSide[group]![side] += 1;
		placed.push({ userId: student.userId, group, side });
	};
	for (const side of SIDES) {
		for (const s of students.filter((s) => s.side === side))
			put(
				s,
				fewest((g) => [perSide[g]![side], sizes[g]!]),
				side
			);
	}
	for (const s of students.filter((s) => s.side === null))
		put(
			s,
			fewest((g) => [sizes[g]!]),
			null
		);
	return placed;
}

/** Gives each student without a side the side their group has fewer of (as joining does). */
export function giveMissingSides(placed: readonly Placement[]): Placement[] {
	const perGroup = new Map<number, Record<Side, number>>();
	const countsOf = (group: number) => {
		let counts = perGroup.get(group);
		if (!counts) perGroup.set(group, (counts = { for: 0, against: 0 }));
		return counts;
	};
	for (const p of placed) if (p.side) countsOf(p.group)[p.side] += 1;
	return placed.map((p) => {
		if (p.side) return p;
		const counts = countsOf(p.group);
		const side: Side = counts.against < counts.for ? 'against' : 'for';
		counts[side] += 1;
		return { ...p, side };
	});
}

function compare(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return 0;
}

/**
 * The teacher's hand-made groups (student → chosen group number, any numbering), renumbered in
 * order of the numbers used, so an unused number leaves no empty room.
 */
export function handGroups(
	students: readonly GroupStudent[],
	chosen: ReadonlyMap<number, number>
): Placement[] | { missing: number[] } {
	const missing = students.filter((s) => !chosen.has(s.userId)).map((s) => s.userId);
	if (missing.length > 0) return { missing };
	const used = [...new Set(students.map((s) => chosen.get(s.userId)!))].sort((a, b) => a - b);
	return students.map((s) => ({
		userId: s.userId,
		group: used.indexOf(chosen.get(s.userId)!),
		side: s.side
	}));
}

/** One group as the teacher's list shows it. */
export interface GroupSummary {
	id: number;
	name: string;
	students: number;
	sides: Record<Side, number>;
	posts: number;
}

/** What a room shows about groups: which group it is, and for the teacher, every group. */
export interface GroupsInfo {
	classDebateId: number;
	/** This room's group; null in the class debate itself. */
	groupName: string | null;
	/** Every group, for the teacher; empty for a student (other groups are not theirs). */
	groups: GroupSummary[];
}
