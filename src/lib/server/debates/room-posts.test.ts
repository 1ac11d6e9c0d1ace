// The views of the posts a room shows (room-posts.ts), on both engines: names, parents and
// reaction counts as the room-reads queries return them in each dialect's SQL.
import { describe, expect, it } from 'vitest';
import { transaction } from '../db';
import { reactions } from '../db/tables';
import { makeRoom } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import { find } from './debates';
import { postWindow } from './room-posts';
import { shared } from './room-shared';

useTestDatabase();

describe('postWindow', () => {
	it('builds the views of the posts shown, with reaction counts and names', async () => {
		const { debate, teacher, ids } = await makeRoom(3, (i) => (i === 2 ? 0 : null));
		await transaction((tx) =>
			tx
				.insert(reactions)
				.values({ postId: ids[0]!, userId: teacher.id, kind: 'strong-evidence', createdAt: 1 })
		);
		const found = (await find(debate.id))!;
		const access = { debate: found, isTeacher: true, member: null };
		const window = await postWindow(teacher, access, await shared(found), null);
		expect(window.posts.map((p) => p.id)).toEqual(ids);
		expect(window.posts[0]).toMatchObject({ author: 'Sam', parentId: null });
		expect(window.posts[0]!.reactions['strong-evidence']).toBe(1);
		expect(window.posts[1]!.reactions['strong-evidence']).toBe(0);
		expect(window.posts[2]!.parentId).toBe(ids[0]);
	});
});
