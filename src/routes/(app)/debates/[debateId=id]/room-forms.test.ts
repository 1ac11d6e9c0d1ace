import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/validation';
import { roomForms } from './room-forms';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.set(name, value);
	return data;
}

describe("the room's forms", () => {
	it('pass text on as sent, and read ids as positive whole numbers or nothing', () => {
		const parsed = parseForm(
			roomForms.edit,
			form({ postId: '12', kind: 'rebuttal', parentId: '0', paragraph: '3', claim: ' Lanes ' })
		);
		expect(parsed.ok && parsed.data).toEqual({
			postId: 12,
			kind: 'rebuttal',
			parentId: null,
			claim: ' Lanes ',
			paragraph: 3,
			quote: '',
			reasoning: ''
		});
	});

	it('refuse a missing post, an unknown reaction and an unknown flag reason by name', () => {
		const noPost = parseForm(roomForms.hide, form({ postId: '1e3', reason: 'x' }));
		expect(!noPost.ok && noPost.errors.postId).toBe('Choose a post.');
		const reaction = parseForm(roomForms.react, form({ postId: '4', kind: 'toString' }));
		expect(!reaction.ok && reaction.errors.kind).toBe('Choose a reaction.');
		const flag = parseForm(roomForms.flag, form({ postId: '4', reason: 'spam' }));
		expect(!flag.ok && flag.errors.reason).toBe('Choose why you are flagging the post.');
	});

	it('read a side, a pin and a number of minutes', () => {
		expect(parseForm(roomForms.assignSide, form({ side: 'middle', studentId: '3' })).ok).toBe(
			false
		);
		const side = parseForm(roomForms.assignSide, form({ side: 'against', studentId: '3' }));
		expect(side.ok && side.data).toEqual({ side: 'against', studentId: 3 });
		const pin = parseForm(roomForms.pin, form({ postId: '2', pinned: 'true' }));
		expect(pin.ok && pin.data.pinned).toBe(true);
		const extend = parseForm(roomForms.extend, form({ minutes: '5' }));
		expect(extend.ok && extend.data.minutes).toBe(5);
	});
});
