import { describe, expect, it } from 'vitest';
import { GROUPS_MAX } from '$lib/debate/groups';
import { parseForm } from '$lib/validation';
import { chosenGroups, handForm } from './schema';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
}

describe('the hand-made split', () => {
	it('reads each student’s group, leaving out none, unknown and out-of-range choices', () => {
		const sent = {
			'group-1': '2',
			'group-2': '0',
			'group-3': String(GROUPS_MAX + 1),
			'group-4': 'x',
			'group-9': '1',
			confirm: 'yes'
		};
		const parsed = parseForm(handForm([1, 2, 3, 4, 5]), form(sent));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		expect(parsed.data.confirm).toBe(true);
		expect([...chosenGroups(parsed.data, [1, 2, 3, 4, 5])]).toEqual([[1, 2]]);
	});
});
