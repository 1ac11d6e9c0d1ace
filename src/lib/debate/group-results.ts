/**
 * The combined results of a debate held in small groups: one row per group and one for the
 * class, so the teacher can compare rooms. The class row is computed from every student's votes
 * and every post, not by averaging the groups' averages (a group of 3 and one of 5 weigh as
 * their students do).
 */
import type { Side } from './sides';
import { stanceSwing, type StanceVotes } from './stance';

export interface GroupInput {
	name: string;
	votes: StanceVotes[];
	/** The sides of the group's posts that are still shown (hidden ones do not count). */
	postSides: Side[];
}

export interface GroupRow {
	name: string;
	students: number;
	votedBefore: number;
	votedAfter: number;
	/** Mean stance (1–5) of the votes cast; null with none. */
	meanBefore: number | null;
	meanAfter: number | null;
	towardFor: number;
	towardAgainst: number;
	unchanged: number;
	posts: Record<Side, number>;
}

function mean(values: (number | null)[]): number | null {
	const cast = values.filter((v): v is number => v !== null);
	return cast.length === 0 ? null : cast.reduce((a, b) => a + b, 0) / cast.length;
}

function row(name: string, votes: StanceVotes[], postSides: Side[]): GroupRow {
	const { room } = stanceSwing(votes);
	return {
		name,
		students: room.members,
		votedBefore: room.before.voters,
		votedAfter: room.after.voters,
		meanBefore: mean(votes.map((v) => v.before)),
		meanAfter: mean(votes.map((v) => v.after)),
		towardFor: room.towardFor,
		towardAgainst: room.towardAgainst,
		unchanged: room.unchanged,
		posts: {
			for: postSides.filter((s) => s === 'for').length,
			against: postSides.filter((s) => s === 'against').length
		}
	};
}

export function combineGroups(groups: readonly GroupInput[]): {
	groups: GroupRow[];
	total: GroupRow;
} {
	return {
		groups: groups.map((g) => row(g.name, g.votes, g.postSides)),
		total: row(
			'All groups',
			groups.flatMap((g) => g.votes),
			groups.flatMap((g) => g.postSides)
		)
	};
}
