// The room page's reads in PostgreSQL's own SQL (thread-window.ts, room-reads.ts): the latest
// threads with their replies, pinned threads on every page, and the views of the posts shown.
// The domain suite that makes rooms through articles runs on SQLite until articles/ is converted.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../debate/phases';
import { transaction } from '../db';
import { articles, classes, debateMembers, debates, posts, reactions, users } from '../db/tables';
import { useTestDatabase } from '../testing/test-database';
import { find } from './debates';
import { postWindow } from './room-posts';
import { shared } from './room-shared';
import { threadWindow } from './thread-window';

useTestDatabase();

/** A debate with a teacher and one member, and `count` posts: `parentOf(i)` is the index answered. */
async function room(count: number, parentOf: (i: number) => number | null = () => null) {
	return transaction(async (tx) => {
		const [teacher, student] = await tx
			.insert(users)
			.values([
				{ username: `t${Math.random()}`, displayName: 'T', role: 'teacher', passwordHash: 'h' },
				{ username: `s${Math.random()}`, displayName: 'Sam', role: 'student', passwordHash: 'h' }
			])
			.returning();
		const [article] = await tx
			.insert(articles)
			.values({ ownerId: teacher!.id, title: 'A', rawText: 'r' })
			.returning();
		const [klass] = await tx
			.insert(classes)
			.values({ name: 'C', teacherId: teacher!.id, joinCode: `W${Math.random()}` })
			.returning();
		const [debate] = await tx
			.insert(debates)
			.values({
				...{ articleId: article!.id, classId: klass!.id, motion: 'M', sideFor: 'F' },
				...{ sideAgainst: 'A', phase: 'opening' as const, settings: DEFAULT_SETTINGS },
				clock: { status: 'paused' as const, remainingMs: null },
				pseudonymSecret: 'secret'
			})
			.returning();
		await tx
			.insert(debateMembers)
			.values({ debateId: debate!.id, userId: student!.id, side: 'for', joinedAt: 1 });
		const ids: number[] = [];
		for (let i = 0; i < count; i++) {
			const parent = parentOf(i);
			const [row] = await tx
				.insert(posts)
				.values({
					...{ debateId: debate!.id, authorId: student!.id, side: 'for' as const },
					...{ phase: 'opening' as const, kind: parent === null ? 'claim' : 'rebuttal' },
					parentId: parent === null ? null : ids[parent]!,
					claim: `Post ${i}`,
					createdAt: Date.now()
				} as typeof posts.$inferInsert)
				.returning({ id: posts.id });
			ids.push(row!.id);
		}
		return { debateId: debate!.id, teacher: teacher!, student: student!, ids };
	});
}

describe('the room window on PostgreSQL', () => {
	it('shows the latest threads with their replies, a cursor, and pinned threads always', async () => {
		const { debateId, ids } = await room(9, (i) => ({ 6: 1, 7: 6, 8: 5 })[i] ?? null);
		const latest = await threadWindow(debateId, null, 2);
		expect(latest).toEqual({ ids: [ids[4], ids[5], ids[8]], earlier: ids[4] });
		const first = await threadWindow(debateId, ids[2]!, 2);
		expect(first).toEqual({ ids: [ids[0], ids[1], ids[6], ids[7]], earlier: null });
		await transaction((tx) => tx.update(posts).set({ pinned: true }).where(eq(posts.id, ids[0]!)));
		expect((await threadWindow(debateId, null, 1)).ids).toEqual([ids[0], ids[5], ids[8]]);
	});

	it('builds the views of the posts shown, with reaction counts and names', async () => {
		const { debateId, teacher, student, ids } = await room(3, (i) => (i === 2 ? 0 : null));
		await transaction((tx) =>
			tx
				.insert(reactions)
				.values({ postId: ids[0]!, userId: teacher.id, kind: 'strong-evidence', createdAt: 1 })
		);
		const debate = (await find(debateId))!;
		const access = { debate, isTeacher: true, member: null };
		const teacherUser = { ...teacher, role: 'teacher' as const };
		const window = await postWindow(teacherUser, access, await shared(debate), null);
		expect(window.posts.map((p) => p.id)).toEqual(ids);
		expect(window.posts[0]).toMatchObject({ author: 'Sam', parentId: null });
		expect(window.posts[0]!.reactions['strong-evidence']).toBe(1);
		expect(window.posts[2]!.parentId).toBe(ids[0]);
		expect(student.id).toBeGreaterThan(0);
	});
});
