/** The group page's forms, parsed by `parseForm`. */
import { z } from 'zod';
import { GROUP_SIZE_MAX, GROUP_SIZE_MIN, GROUPS_MAX } from '$lib/debate/groups';
import { confirmed, formText } from '$lib/forms/fields';

const SIZE_RANGE = `Choose ${GROUP_SIZE_MIN} to ${GROUP_SIZE_MAX} students per group.`;

export const autoForm = z.object({
	size: z.coerce
		.number({ error: 'Enter how many students go in each group.' })
		.int(SIZE_RANGE)
		.min(GROUP_SIZE_MIN, SIZE_RANGE)
		.max(GROUP_SIZE_MAX, SIZE_RANGE),
	confirm: confirmed
});

/** A student's group as chosen, or null for none (a student left out stays out of the split). */
const groupChoice = formText.transform((value) => {
	const n = /^\d{1,2}$/.test(value) ? Number(value) : 0;
	return n >= 1 && n <= GROUPS_MAX ? n : null;
});

/** The hand-made split's field for one student, as HandForm names it. */
const groupField = (userId: number) => `group-${userId}`;

/** The hand-made split: one group choice per student of the class, and the confirmation. */
export function handForm(userIds: readonly number[]) {
	const choices = Object.fromEntries(userIds.map((id) => [groupField(id), groupChoice]));
	return z.object({ ...choices, confirm: confirmed });
}

/** The groups chosen in a parsed hand-made split, by student; a student with none is left out. */
export function chosenGroups(
	data: Record<string, unknown>,
	userIds: readonly number[]
): Map<number, number> {
	const chosen = new Map<number, number>();
	for (const id of userIds) {
		const group = data[groupField(id)];
		if (typeof group === 'number') chosen.set(id, group);
	}
	return chosen;
}

export type GroupAction = 'auto' | 'hand' | 'ungroup';

/** What a refused group change returns to the page (a done one redirects): the page's `form`. */
export interface GroupRefusal {
	action: GroupAction;
	message: string;
}
