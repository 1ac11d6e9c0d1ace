/**
 * The stance vote: a blind 5-point scale cast in Prepare and again in Reflect, from 1 (strongly
 * the "for" side, Intervention by default) to 5 (strongly the "against" side, Cooperation), and
 * the swing between the two votes. Members who skipped a vote count as missing, never as 3.
 */
import { SIDES, type Side, type SideNames } from './sides';

export type Stance = 1 | 2 | 3 | 4 | 5;

/** The Reflect note, "what changed my mind": a few sentences. */
export const CHANGE_NOTE_MAX = 500;

export const STANCES: readonly Stance[] = [1, 2, 3, 4, 5];

export function isStance(value: unknown): value is Stance {
	return typeof value === 'number' && (STANCES as readonly number[]).includes(value);
}

/** Labels for the scale, in order 1 to 5, using the debate's own side names. */
export function stanceLabels(names: SideNames): Record<Stance, string> {
	return {
		1: `Strongly for ${names.for}`,
		2: `Leaning for ${names.for}`,
		3: 'Undecided',
		4: `Leaning for ${names.against}`,
		5: `Strongly for ${names.against}`
	};
}

export interface StanceVotes {
	/** The member's side; null if they never had one (they count in the room, not in a side). */
	side: Side | null;
	before: number | null;
	after: number | null;
}

export interface StanceDistribution {
	/** Votes per stance. */
	counts: Record<Stance, number>;
	/** Votes per stance as a share (0–1) of everyone in the room who cast this vote. */
	shareOfRoom: Record<Stance, number>;
	voters: number;
	missing: number;
}

export interface SwingSummary {
	members: number;
	before: StanceDistribution;
	after: StanceDistribution;
	/** Mean of (after − before) over members who voted both times; positive is toward "against". */
	meanShift: number | null;
	/** Members who voted both times. */
	paired: number;
	towardFor: number;
	towardAgainst: number;
	unchanged: number;
	/** Members who moved toward the side they were not on (only members with a side count). */
	towardOtherSide: number;
}

export interface StanceSwing {
	room: SwingSummary;
	bySide: Record<Side, SwingSummary>;
}

function stanceRecord(value: (stance: Stance) => number): Record<Stance, number> {
	return { 1: value(1), 2: value(2), 3: value(3), 4: value(4), 5: value(5) };
}

function distribution(votes: (number | null)[], roomVoters: number): StanceDistribution {
	const valid = votes.filter(isStance);
	const counts = stanceRecord((s) => valid.filter((v) => v === s).length);
	return {
		counts,
		shareOfRoom: stanceRecord((s) => (roomVoters === 0 ? 0 : counts[s] / roomVoters)),
		voters: valid.length,
		missing: votes.length - valid.length
	};
}

/** Whether moving by `delta` on the scale takes a member of `side` toward the other side. */
function isTowardOtherSide(side: Side | null, delta: number): boolean {
	if (side === 'for') return delta > 0;
	if (side === 'against') return delta < 0;
	return false;
}

function summarise(members: StanceVotes[], room: StanceVotes[]): SwingSummary {
	const roomBefore = room.filter((m) => isStance(m.before)).length;
	const roomAfter = room.filter((m) => isStance(m.after)).length;
	const deltas = members.flatMap((m) =>
		isStance(m.before) && isStance(m.after) ? [{ side: m.side, delta: m.after - m.before }] : []
	);
	const total = deltas.reduce((sum, d) => sum + d.delta, 0);
	return {
		members: members.length,
		before: distribution(
			members.map((m) => m.before),
			roomBefore
		),
		after: distribution(
			members.map((m) => m.after),
			roomAfter
		),
		meanShift: deltas.length === 0 ? null : total / deltas.length,
		paired: deltas.length,
		towardFor: deltas.filter((d) => d.delta < 0).length,
		towardAgainst: deltas.filter((d) => d.delta > 0).length,
		unchanged: deltas.filter((d) => d.delta === 0).length,
		towardOtherSide: deltas.filter((d) => isTowardOtherSide(d.side, d.delta)).length
	};
}

/** The stance swing of the room and of each side; shares are always of the whole room. */
export function stanceSwing(members: StanceVotes[]): StanceSwing {
	const [forSide, againstSide] = SIDES.map((side) =>
		summarise(
			members.filter((m) => m.side === side),
			members
		)
	) as [SwingSummary, SwingSummary];
	return { room: summarise(members, members), bySide: { for: forSide, against: againstSide } };
}

/**
 * Sides with fewer members than this get no breakdown of their own: with one or two students
 * on a side, each vote could be read off the table.
 */
export const MIN_BREAKDOWN_GROUP = 5;

/** The swing as results show it: a side too small to hide a vote in is null. */
export interface ShownSwing {
	room: SwingSummary;
	bySide: Record<Side, SwingSummary | null>;
	minGroup: number;
}

export function shownSwing(swing: StanceSwing): ShownSwing {
	const shown = (summary: SwingSummary) =>
		summary.members >= MIN_BREAKDOWN_GROUP ? summary : null;
	return {
		room: swing.room,
		bySide: { for: shown(swing.bySide.for), against: shown(swing.bySide.against) },
		minGroup: MIN_BREAKDOWN_GROUP
	};
}
