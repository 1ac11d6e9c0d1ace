import { redirect } from '@sveltejs/kit';
import type { GroupSummary } from '$lib/debate/groups';
import type { PublicUser } from '$lib/server/auth/public-user';
import * as groups from '$lib/server/debates/groups';

/**
 * For a class debate's own rubric or transcript once it is split into groups, where nothing is:
 * the teacher gets the groups to link to; a student goes to the same page of their group.
 * Empty otherwise (one room, or already a group's page). Call inside the page's refusal guard.
 */
export async function splitGroups(
	user: PublicUser,
	debateId: number,
	pageOf: (roomId: number) => string
): Promise<GroupSummary[]> {
	const info = await groups.info(user, debateId);
	if (!info || info.groupName !== null) return [];
	if (user.role === 'teacher') return info.groups;
	const own = await groups.roomOf(user, debateId);
	if (own !== null) redirect(303, pageOf(own));
	return [];
}
