import { describe, expect, it, vi } from 'vitest';
import * as classes from '../classes/classes';
import { ForbiddenError } from '../http/not-found';
import { makeClassWithArticle, makeDebate, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';
import * as debates from './debates';
import * as groupResults from './group-results';
import * as groups from './groups';
import * as live from './live';
import * as moderation from './moderation';
import * as phases from './phases';
import * as posts from './posts';
import * as room from './room';

useTestDatabase();

/** A class of `size` students who have all joined (sides alternate as they join). */
async function classroom(size = 8) {
	const teacher = await makeUser('teacher');
	const students = [];
	for (let i = 0; i < size; i++) students.push(await makeUser('student'));
	const { klass, article } = await makeClassWithArticle(teacher, students);
	const debate = await makeDebate(teacher, { classId: klass.id, articleId: article.id });
	for (const s of students) await debates.joinDebate(s, debate.id);
	return { teacher, students, klass, debate };
}

const question = (text: string) => ({
	kind: 'question',
	parentId: null,
	claim: text,
	paragraph: null,
	quote: '',
	reasoning: ''
});

async function sidesIn(groupId: number) {
	return (await debates.members(groupId)).map((m) => m.side);
}

describe('splitting a debate into groups', () => {
	it('splits automatically into groups balanced by side, keeping sides and votes', async () => {
		const c = await classroom(8);
		await debates.voteStance(c.students[0]!, c.debate.id, 2);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 4 }, false);
		const made = await debates.groupsOf(c.debate.id);
		expect(made.map((g) => g.groupName)).toEqual(['Group 1', 'Group 2']);
		for (const g of made) {
			expect((await sidesIn(g.id)).sort()).toEqual(['against', 'against', 'for', 'for']);
			expect(g).toMatchObject({ motion: c.debate.motion, phase: 'prepare', parentId: c.debate.id });
		}
		// Members moved out of the class room into their groups, with their vote.
		expect(await debates.members(c.debate.id)).toEqual([]);
		const first = c.students[0]!;
		const theirs = (await groups.roomOf(first, c.debate.id))!;
		expect((await debates.getMember(theirs, first.id))?.stanceBefore).toBe(2);
		// The class page, the student's home and the article page list the class debate only.
		const ids = (list: { id: number }[]) => list.map((d) => d.id);
		expect(ids(await debates.listForClass(c.teacher, c.klass.id))).toEqual([c.debate.id]);
		expect(ids(await debates.listForStudent(first))).toEqual([c.debate.id]);
		const article = c.debate.articleId;
		expect(ids(await debates.listForArticle(c.teacher, article))).toEqual([c.debate.id]);
		// Another teacher sees none of it on the same article's page.
		expect(await debates.listForArticle(await makeUser('teacher'), article)).toEqual([]);
	});

	it('splits by hand and asks for confirmation before regrouping', async () => {
		const c = await classroom(4);
		const [a, b, x, y] = c.students.map((s) => s.id);
		const chosen = new Map([
			[a!, 2],
			[b!, 1],
			[x!, 2],
			[y!, 1]
		]);
		await groups.split(c.teacher, c.debate.id, { kind: 'hand', chosen }, false);
		const [g1, g2] = await debates.groupsOf(c.debate.id);
		expect((await debates.members(g1!.id)).map((m) => m.userId).sort()).toEqual([b, y].sort());
		expect((await debates.members(g2!.id)).map((m) => m.userId).sort()).toEqual([a, x].sort());
		await expect(
			groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false)
		).rejects.toThrow(/Replace the current groups/);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, true);
		const again = await debates.groupsOf(c.debate.id);
		// Rooms are reused, so a link to Group 1 still leads to Group 1.
		expect(again.map((g) => g.id)).toEqual([g1!.id, g2!.id]);
		await expect(
			groups.split(c.teacher, c.debate.id, { kind: 'hand', chosen: new Map() }, true)
		).rejects.toThrow(/every student/);
		await expect(
			groups.split(c.students[0]!, c.debate.id, { kind: 'auto', size: 2 }, true)
		).rejects.toThrow(debates.DebateNotFoundError);
	});

	it('refuses to regroup once anyone has posted, saying why', async () => {
		const c = await classroom(4);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		await phases.advance(c.teacher, c.debate.id);
		await phases.advance(c.teacher, c.debate.id);
		const student = c.students[0]!;
		const mine = (await groups.roomOf(student, c.debate.id))!;
		expect((await posts.create(student, mine, question('Who pays for the lanes?'))).ok).toBe(true);
		await expect(
			groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 4 }, true)
		).rejects.toThrow(/only before anyone posts, and this debate has 1 post\./);
		await expect(groups.ungroup(c.teacher, c.debate.id, true)).rejects.toThrow(
			/before anyone posts/
		);
		expect(await debates.groupsOf(c.debate.id)).toHaveLength(2);
	});

	it('puts the class back together before anyone posts', async () => {
		const c = await classroom(4);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		await expect(groups.ungroup(c.teacher, c.debate.id, false)).rejects.toThrow(
			/Put everyone back/
		);
		// An open group room hears that it goes, so its page can lead to the class room.
		const heard: string[] = [];
		const rooms = await debates.groupsOf(c.debate.id);
		const stop = await Promise.all(
			rooms.map(async (g) =>
				live.subscribe(g.id, await live.lastEventId(g.id), (_frame, event) =>
					heard.push(`${g.id}:${event.type}`)
				)
			)
		);
		await groups.ungroup(c.teacher, c.debate.id, true);
		await vi.waitFor(() => expect(heard.filter((e) => e.endsWith(':member'))).toHaveLength(2));
		stop.forEach((unsubscribe) => unsubscribe());
		expect(await debates.groupsOf(c.debate.id)).toEqual([]);
		expect(await debates.members(c.debate.id)).toHaveLength(4);
	});

	it('places a student who joins after the split in the smallest group', async () => {
		const c = await classroom(5);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 3 }, false);
		const late = await makeUser('student');
		await classes.join(late, c.klass.joinCode);
		expect(await groups.roomOf(late, c.debate.id)).toBeNull();
		await expect(debates.joinDebate(late, c.debate.id)).rejects.toThrow(/in groups/);
		const joined = await groups.join(late, c.debate.id);
		expect(await debates.members(joined)).toHaveLength(3);
		expect(await groups.join(late, c.debate.id)).toBe(joined);
	});
});

describe('one phase and clock for every group', () => {
	it('moves the class debate and every group together, with an event in each room', async () => {
		const c = await classroom(6);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		const rooms = [c.debate.id, ...(await debates.groupsOf(c.debate.id)).map((g) => g.id)];
		const last = new Map(
			await Promise.all(rooms.map(async (id) => [id, await live.lastEventId(id)] as const))
		);
		// From a group's own teacher controls: the class debate and the other groups follow.
		await phases.advance(c.teacher, rooms[2]!);
		await phases.start(c.teacher, rooms[1]!, 5_000);
		for (const id of rooms) {
			expect(await debates.find(id)).toMatchObject({
				phase: 'opening',
				clock: { status: 'running', endsAt: 5_000 + 10 * 60_000 }
			});
			expect((await live.replay(id, last.get(id)!)).map((e) => e.type)).toEqual(['phase', 'clock']);
		}
	});
});

describe('a group room is its members only', () => {
	it('refuses a student another group’s room, its posts and its stream', async () => {
		const c = await classroom(4);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		await phases.advance(c.teacher, c.debate.id);
		await phases.advance(c.teacher, c.debate.id);
		const [g1, g2] = await debates.groupsOf(c.debate.id);
		const inOne = (await debates.members(g1!.id))[0]!.userId;
		const inTwo = (await debates.members(g2!.id))[0]!.userId;
		const one = c.students.find((s) => s.id === inOne)!;
		const two = c.students.find((s) => s.id === inTwo)!;
		const posted = await posts.create(two, g2!.id, question('Is parking really lost?'));
		if (!posted.ok) throw new Error('the post was refused');
		await expect(room.view(one, g2!.id)).rejects.toThrow(ForbiddenError);
		await expect(room.view(one, g2!.id)).rejects.toThrow(/another group's room/);
		await expect(posts.create(one, g2!.id, question('Let me in?'))).rejects.toThrow(ForbiddenError);
		await expect(room.post(one, g2!.id, posted.post.id)).rejects.toThrow(ForbiddenError);
		await expect(moderation.react(one, posted.post.id, 'strong-evidence')).rejects.toThrow(
			ForbiddenError
		);
		await expect(debates.enter(one, g2!.id)).rejects.toThrow(ForbiddenError);
		// Their own room shows only their group's posts; an outsider still gets "not found".
		expect((await room.view(one, g1!.id)).posts).toEqual([]);
		expect((await room.view(two, g2!.id)).posts.map((p) => p.id)).toEqual([posted.post.id]);
		const outsider = await makeUser('student');
		await expect(room.view(outsider, g2!.id)).rejects.toThrow(debates.DebateNotFoundError);
		// The teacher sees both rooms.
		expect((await room.view(c.teacher, g2!.id)).posts).toHaveLength(1);
		expect((await groups.info(c.teacher, g1!.id))?.groups.map((g) => g.posts)).toEqual([0, 1]);
		expect(await groups.info(one, g1!.id)).toEqual({
			classDebateId: c.debate.id,
			groupName: 'Group 1',
			groups: []
		});
	});
});

describe('combined results', () => {
	it('adds every group up to the class', async () => {
		const c = await classroom(4);
		for (const [i, s] of c.students.entries()) await debates.voteStance(s, c.debate.id, i + 1);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		await phases.advance(c.teacher, c.debate.id);
		await phases.advance(c.teacher, c.debate.id);
		for (const s of c.students)
			expect(
				(await posts.create(s, (await groups.roomOf(s, c.debate.id))!, question('A question?'))).ok
			).toBe(true);
		const result = (await groupResults.combined(c.teacher, c.debate.id))!;
		expect(result.groups).toHaveLength(2);
		const sum = (pick: (r: (typeof result.groups)[number]) => number) =>
			result.groups.reduce((n, r) => n + pick(r), 0);
		expect(result.total.students).toBe(4);
		expect(sum((r) => r.students)).toBe(4);
		expect(sum((r) => r.votedBefore)).toBe(result.total.votedBefore);
		expect(result.total.votedBefore).toBe(4);
		expect(result.total.meanBefore).toBe(2.5);
		expect(sum((r) => r.posts.for)).toBe(result.total.posts.for);
		expect(result.total.posts).toEqual({ for: 2, against: 2 });
		await expect(groupResults.combined(c.students[0]!, c.debate.id)).rejects.toThrow(
			debates.DebateNotFoundError
		);
	});
});

describe('a student moved to another group', () => {
	it('is told the room they argue in now, and nobody else is', async () => {
		const c = await classroom(4);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		const [g1, g2] = await debates.groupsOf(c.debate.id);
		const firstOfG1 = (await debates.members(g1!.id))[0]!.userId;
		const moved = c.students.find((s) => s.id === firstOfG1)!;
		const chosen = new Map<number, number>();
		for (const g of [g1!, g2!])
			for (const m of await debates.members(g.id)) chosen.set(m.userId, g === g1 ? 0 : 1);
		chosen.set(moved.id, 1);
		await groups.split(c.teacher, c.debate.id, { kind: 'hand', chosen }, true);
		await expect(room.view(moved, g1!.id)).rejects.toThrow(ForbiddenError);
		expect(await groups.movedTo(moved, g1!.id)).toBe(g2!.id);
		// Only a group's room, only for a student of the class.
		expect(await groups.movedTo(moved, c.debate.id)).toBeNull();
		expect(await groups.movedTo(c.teacher, g1!.id)).toBeNull();
		const outsider = await makeUser('student');
		await expect(groups.movedTo(outsider, g1!.id)).rejects.toThrow(debates.DebateNotFoundError);
		// One room again: the class debate is the room.
		await groups.ungroup(c.teacher, c.debate.id, true);
		expect(await groups.movedTo(moved, g1!.id)).toBeNull();
	});
});

describe('the room page entry', () => {
	it('enters once: a student of a split debate gets their group, the teacher the view and groups', async () => {
		const c = await classroom(4);
		await groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		const student = c.students[0]!;
		expect(await room.entry(student, c.debate.id)).toEqual({
			groupRoom: await groups.roomOf(student, c.debate.id)
		});
		const seen = await room.entry(c.teacher, c.debate.id);
		if ('groupRoom' in seen) throw new Error('the teacher was sent to a group');
		expect(seen.view.id).toBe(c.debate.id);
		expect(seen.groups?.groups).toHaveLength(2);
	});
});
