import { describe, expect, it } from 'vitest';
import * as classes from '../classes/classes';
import * as debates from '../debates/debates';
import * as live from '../debates/live';
import * as room from '../debates/room';
import { useTestDatabase } from '../testing/test-database';
import { authenticate } from '../auth/users';
import { seedDemo } from './seed';

const DEMO_PASSWORD = 'demo-test-password';

useTestDatabase();

describe('the demo debate', () => {
	it('is in Rebuttal with votes, posts from both sides, a thread and reactions, all logged', async () => {
		await seedDemo(DEMO_PASSWORD);
		const teacher = (await authenticate('teacher', DEMO_PASSWORD))!;
		const [klass] = await classes.listTaught(teacher);
		const [summary] = await debates.listForClass(teacher, klass!.id);
		expect(summary).toMatchObject({ phase: 'rebuttal', className: 'Global Affairs' });
		const view = await room.view(teacher, summary!.id);
		expect(view.members.every((m) => m.votedBefore)).toBe(true);
		expect(view.members).toHaveLength(6);
		expect(new Set(view.posts.map((p) => p.side))).toEqual(new Set(['for', 'against']));
		expect(view.posts.filter((p) => p.parentId !== null).length).toBeGreaterThanOrEqual(2);
		expect(view.posts.every((p) => p.evidence !== null)).toBe(true);
		const types = (await live.replay(summary!.id, 0)).map((e) => e.type);
		expect(types.filter((t) => t === 'post')).toHaveLength(view.posts.length);
		expect(types).toContain('reaction');
		const student = (await authenticate('student1', DEMO_PASSWORD))!;
		expect(await debates.listForStudent(student)).toHaveLength(1);
	});
});
