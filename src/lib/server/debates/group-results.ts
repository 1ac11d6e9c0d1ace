/** The combined results of a debate held in groups: the teacher's page comparing the rooms. */
import { and, asc, inArray, isNull } from 'drizzle-orm';
import { combineGroups, type GroupRow } from '../../debate/group-results';
import type { SideNames } from '../../debate';
import { db } from '../db';
import { debateMembers, posts } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { enterAsTeacher, groupsOf } from './debates';

export interface CombinedResults {
	classDebateId: number;
	motion: string;
	sideNames: SideNames;
	groups: (GroupRow & { id: number })[];
	total: GroupRow;
}

/** For the teacher, from the class debate or any of its groups; null when it has no groups. */
export async function combined(
	teacher: PublicUser,
	debateId: number
): Promise<CombinedResults | null> {
	const { debate } = await enterAsTeacher(teacher, debateId);
	const classDebateId = debate.parentId ?? debate.id;
	const groups = await groupsOf(classDebateId);
	if (groups.length === 0) return null;
	const ids = groups.map((g) => g.id);
	const members = await db()
		.select()
		.from(debateMembers)
		.where(inArray(debateMembers.debateId, ids))
		.orderBy(asc(debateMembers.joinedAt));
	const shown = await db()
		.select({ debateId: posts.debateId, side: posts.side })
		.from(posts)
		.where(and(inArray(posts.debateId, ids), isNull(posts.hiddenAt)));
	const result = combineGroups(
		groups.map((g) => ({
			name: g.groupName ?? '',
			votes: members
				.filter((m) => m.debateId === g.id)
				.map((m) => ({ side: m.side, before: m.stanceBefore, after: m.stanceAfter })),
			postSides: shown.filter((p) => p.debateId === g.id).map((p) => p.side)
		}))
	);
	const classDebate = debate.parentId === null ? debate : null;
	const first = groups[0]!;
	return {
		classDebateId,
		motion: (classDebate ?? first).motion,
		sideNames: { for: first.sideFor, against: first.sideAgainst },
		groups: result.groups.map((row, i) => ({ ...row, id: ids[i]! })),
		total: result.total
	};
}
