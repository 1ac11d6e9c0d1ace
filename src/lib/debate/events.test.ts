import { describe, expect, it } from 'vitest';
import { needOf, withPost } from './events';

const a = { id: 1, claim: 'a' };
const b = { id: 2, claim: 'b' };
const c = { id: 3, claim: 'c' };

describe('withPost: applying one fetched post to the page', () => {
	it('appends a new post, replaces an edited one and removes one the viewer may not see', () => {
		expect(withPost([a, b], 3, c)).toEqual([a, b, c]);
		expect(withPost([a, b], 2, { id: 2, claim: 'b2' })).toEqual([a, { id: 2, claim: 'b2' }]);
		expect(withPost([a, b], 1, null)).toEqual([b]);
		expect(withPost([a], 9, null)).toEqual([a]);
	});

	it('keeps id order when a post restored later is older than the newest', () => {
		expect(withPost([a, c], 2, b).map((p) => p.id)).toEqual([1, 2, 3]);
	});
});

describe('needOf: what an event makes the page fetch', () => {
	it('fetches the post for post events and the header state for the rest', () => {
		expect(needOf('post', { postId: 4, side: 'for', parentId: null })).toEqual({
			post: 4,
			header: false
		});
		expect(needOf('reaction', { postId: 4, kind: 'good-reasoning' })).toEqual({
			post: 4,
			header: false
		});
		expect(
			needOf('phase', { phase: 'opening', clock: { status: 'running', endsAt: null } })
		).toEqual({ post: null, header: true });
		expect(needOf('flag-resolved', { flagId: 1, postId: 4 })).toEqual({ post: 4, header: true });
	});
});
