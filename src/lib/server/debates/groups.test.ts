import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as classes from '../classes/classes';
import { ForbiddenError } from '../http/not-found';
import { makeClassWithArticle, makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';
import * as debates from './debates';
import * as groupResults from './group-results';
import * as groups from './groups';
import * as live from './live';
import * as moderation from './moderation';
import * as phases from './phases';
import * as posts from './posts';
import * as room from './room';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

/** A class of `size` students who have all joined (sides alternate as they join). */
async function classroom(size = 8) {
	const teacher = await makeUser('teacher');
	const students = [];
	for (let i = 0; i < size; i++) students.push(await makeUser('student'));
	const { klass, article } = await makeClassWithArticle(teacher, students);
	const debate = debates.create(teacher, {
		articleId: article.id,
		classId: klass.id,
		motion: 'The bus lanes are worth it.',
		sideFor: 'Lanes',
		sideAgainst: 'Parking'
	});
	for (const s of students) debates.joinDebate(s, debate.id);
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

function sidesIn(groupId: number) {
	return debates.members(groupId).map((m) => m.side);
}

describe('splitting a debate into groups', () => {
	it('splits automatically into groups balanced by side, keeping sides and votes', async () => {
		const c = await classroom(8);
		debates.voteStance(c.students[0]!, c.debate.id, 2);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 4 }, false);
		const made = debates.groupsOf(c.debate.id);
		expect(made.map((g) => g.groupName)).toEqual(['Group 1', 'Group 2']);
		for (const g of made) {
			expect(sidesIn(g.id).sort()).toEqual(['against', 'against', 'for', 'for']);
			expect(g).toMatchObject({ motion: c.debate.motion, phase: 'prepare', parentId: c.debate.id });
		}
		// Members moved out of the class room into their groups, with their vote.
		expect(debates.members(c.debate.id)).toEqual([]);
		const first = c.students[0]!;
		const theirs = groups.roomOf(first, c.debate.id)!;
		expect(debates.getMember(theirs, first.id)?.stanceBefore).toBe(2);
		// The class page lists the class debate only.
		expect(debates.listForClass(c.teacher, c.klass.id).map((d) => d.id)).toEqual([c.debate.id]);
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
		groups.split(c.teacher, c.debate.id, { kind: 'hand', chosen }, false);
		const [g1, g2] = debates.groupsOf(c.debate.id);
		expect(
			debates
				.members(g1!.id)
				.map((m) => m.userId)
				.sort()
		).toEqual([b, y].sort());
		expect(
			debates
				.members(g2!.id)
				.map((m) => m.userId)
				.sort()
		).toEqual([a, x].sort());
		expect(() => groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false)).toThrow(
			/Replace the current groups/
		);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, true);
		const again = debates.groupsOf(c.debate.id);
		// Rooms are reused, so a link to Group 1 still leads to Group 1.
		expect(again.map((g) => g.id)).toEqual([g1!.id, g2!.id]);
		expect(
			groups.split.bind(null, c.teacher, c.debate.id, { kind: 'hand', chosen: new Map() }, true)
		).toThrow(/every student/);
		expect(() =>
			groups.split(c.students[0]!, c.debate.id, { kind: 'auto', size: 2 }, true)
		).toThrow(debates.DebateNotFoundError);
	});

	it('refuses to regroup once anyone has posted, saying why', async () => {
		const c = await classroom(4);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		phases.advance(c.teacher, c.debate.id);
		phases.advance(c.teacher, c.debate.id);
		const student = c.students[0]!;
		const mine = groups.roomOf(student, c.debate.id)!;
		expect((await posts.create(student, mine, question('Who pays for the lanes?'))).ok).toBe(true);
		expect(() => groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 4 }, true)).toThrow(
			/only before anyone posts, and this debate has 1 post\./
		);
		expect(() => groups.ungroup(c.teacher, c.debate.id, true)).toThrow(/before anyone posts/);
		expect(debates.groupsOf(c.debate.id)).toHaveLength(2);
	});

	it('puts the class back together before anyone posts', async () => {
		const c = await classroom(4);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		expect(() => groups.ungroup(c.teacher, c.debate.id, false)).toThrow(/Put everyone back/);
		// An open group room hears that it goes, so its page can lead to the class room.
		const heard: string[] = [];
		const stop = debates
			.groupsOf(c.debate.id)
			.map((g) => live.subscribe(g.id, (_frame, event) => heard.push(`${g.id}:${event.type}`)));
		groups.ungroup(c.teacher, c.debate.id, true);
		stop.forEach((unsubscribe) => unsubscribe());
		expect(heard.filter((e) => e.endsWith(':member'))).toHaveLength(2);
		expect(debates.groupsOf(c.debate.id)).toEqual([]);
		expect(debates.members(c.debate.id)).toHaveLength(4);
	});

	it('places a student who joins after the split in the smallest group', async () => {
		const c = await classroom(5);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 3 }, false);
		const late = await makeUser('student');
		await classes.join(late, c.klass.joinCode);
		expect(groups.roomOf(late, c.debate.id)).toBeNull();
		expect(() => debates.joinDebate(late, c.debate.id)).toThrow(/in groups/);
		const joined = groups.join(late, c.debate.id);
		expect(debates.members(joined)).toHaveLength(3);
		expect(groups.join(late, c.debate.id)).toBe(joined);
	});
});

describe('one phase and clock for every group', () => {
	it('moves the class debate and every group together, with an event in each room', async () => {
		const c = await classroom(6);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		const rooms = [c.debate.id, ...debates.groupsOf(c.debate.id).map((g) => g.id)];
		const last = new Map(rooms.map((id) => [id, live.lastEventId(id)]));
		// From a group's own teacher controls: the class debate and the other groups follow.
		phases.advance(c.teacher, rooms[2]!);
		phases.start(c.teacher, rooms[1]!, 5_000);
		for (const id of rooms) {
			expect(debates.find(id)).toMatchObject({
				phase: 'opening',
				clock: { status: 'running', endsAt: 5_000 + 10 * 60_000 }
			});
			expect(live.replay(id, last.get(id)!).map((e) => e.type)).toEqual(['phase', 'clock']);
		}
	});
});

describe('a group room is its members only', () => {
	it('refuses a student another group’s room, its posts and its stream', async () => {
		const c = await classroom(4);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		phases.advance(c.teacher, c.debate.id);
		phases.advance(c.teacher, c.debate.id);
		const [g1, g2] = debates.groupsOf(c.debate.id);
		const inOne = debates.members(g1!.id)[0]!.userId;
		const inTwo = debates.members(g2!.id)[0]!.userId;
		const one = c.students.find((s) => s.id === inOne)!;
		const two = c.students.find((s) => s.id === inTwo)!;
		const posted = await posts.create(two, g2!.id, question('Is parking really lost?'));
		if (!posted.ok) throw new Error('the post was refused');
		expect(() => room.view(one, g2!.id)).toThrow(ForbiddenError);
		expect(() => room.view(one, g2!.id)).toThrow(/another group's room/);
		await expect(posts.create(one, g2!.id, question('Let me in?'))).rejects.toThrow(ForbiddenError);
		expect(() => room.post(one, g2!.id, posted.post.id)).toThrow(ForbiddenError);
		expect(() => moderation.react(one, posted.post.id, 'strong-evidence')).toThrow(ForbiddenError);
		expect(() => debates.enter(one, g2!.id)).toThrow(ForbiddenError);
		// Their own room shows only their group's posts; an outsider still gets "not found".
		expect(room.view(one, g1!.id).posts).toEqual([]);
		expect(room.view(two, g2!.id).posts.map((p) => p.id)).toEqual([posted.post.id]);
		const outsider = await makeUser('student');
		expect(() => room.view(outsider, g2!.id)).toThrow(debates.DebateNotFoundError);
		// The teacher sees both rooms.
		expect(room.view(c.teacher, g2!.id).posts).toHaveLength(1);
		expect(groups.info(c.teacher, g1!.id)?.groups.map((g) => g.posts)).toEqual([0, 1]);
		expect(groups.info(one, g1!.id)).toEqual({
			classDebateId: c.debate.id,
			groupName: 'Group 1',
			groups: []
		});
	});
});

describe('combined results', () => {
	it('adds every group up to the class', async () => {
		const c = await classroom(4);
		for (const [i, s] of c.students.entries()) debates.voteStance(s, c.debate.id, i + 1);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		phases.advance(c.teacher, c.debate.id);
		phases.advance(c.teacher, c.debate.id);
		for (const s of c.students)
			expect(
				(await posts.create(s, groups.roomOf(s, c.debate.id)!, question('A question?'))).ok
			).toBe(true);
		const result = groupResults.combined(c.teacher, c.debate.id)!;
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
		expect(() => groupResults.combined(c.students[0]!, c.debate.id)).toThrow(
			debates.DebateNotFoundError
		);
	});
});

describe('a student moved to another group', () => {
	it('is told the room they argue in now, and nobody else is', async () => {
		const c = await classroom(4);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		const [g1, g2] = debates.groupsOf(c.debate.id);
		const moved = c.students.find((s) => s.id === debates.members(g1!.id)[0]!.userId)!;
		const chosen = new Map<number, number>();
		for (const g of [g1!, g2!])
			for (const m of debates.members(g.id)) chosen.set(m.userId, g === g1 ? 0 : 1);
		chosen.set(moved.id, 1);
		groups.split(c.teacher, c.debate.id, { kind: 'hand', chosen }, true);
		expect(() => room.view(moved, g1!.id)).toThrow(ForbiddenError);
		expect(groups.movedTo(moved, g1!.id)).toBe(g2!.id);
		// Only a group's room, only for a student of the class.
		expect(groups.movedTo(moved, c.debate.id)).toBeNull();
		expect(groups.movedTo(c.teacher, g1!.id)).toBeNull();
		const outsider = await makeUser('student');
		expect(() => groups.movedTo(outsider, g1!.id)).toThrow(debates.DebateNotFoundError);
		// One room again: the class debate is the room.
		groups.ungroup(c.teacher, c.debate.id, true);
		expect(groups.movedTo(moved, g1!.id)).toBeNull();
	});
});

describe('the room page entry', () => {
	it('enters once: a student of a split debate gets their group, the teacher the view and groups', async () => {
		const c = await classroom(4);
		groups.split(c.teacher, c.debate.id, { kind: 'auto', size: 2 }, false);
		const student = c.students[0]!;
		expect(room.entry(student, c.debate.id)).toEqual({
			groupRoom: groups.roomOf(student, c.debate.id)
		});
		const seen = room.entry(c.teacher, c.debate.id);
		if ('groupRoom' in seen) throw new Error('the teacher was sent to a group');
		expect(seen.view.id).toBe(c.debate.id);
		expect(seen.groups?.groups).toHaveLength(2);
	});
});
