import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as phases from './phases';
import * as classesModule from '../classes/classes';
import * as debates from './debates';
import * as live from './live';
import * as moderation from './moderation';
import * as posts from './posts';
import * as room from './room';
import { makeClassWithArticle, makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const RAW = `Town Council Approves New Bus Lanes\n\nThe council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.\n\nThe lanes will cost $4 million and open in March, according to the transport office.\n\n“Buses will be faster for 12,000 riders,” said Ruiz.\n\nCritics, led by councillor Tom Berg, argued that shops would lose parking.`;

async function classroom() {
	const teacher = await makeUser('teacher');
	const [ana, ben, cy] = [
		await makeUser('student'),
		await makeUser('student'),
		await makeUser('student')
	];
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben, cy], RAW, 'Civics');
	const debate = debates.create(teacher, {
		articleId: article.id,
		classId: klass.id,
		motion: 'The bus lanes are worth it.',
		sideFor: 'Lanes',
		sideAgainst: 'Parking'
	});
	// Joining (a POST in the app): auto-balance alternates sides.
	for (const s of [ana, ben, cy]) debates.joinDebate(s, debate.id);
	return { teacher, ana, ben, cy, klass, article, debate };
}

const claim = (quote: string, paragraph = 0) => ({
	kind: 'claim',
	parentId: null,
	claim: 'Lanes help riders.',
	paragraph,
	quote,
	reasoning: 'Faster buses serve more people.'
});

async function inOpening() {
	const c = await classroom();
	phases.advance(c.teacher, c.debate.id);
	return c;
}

describe('setting up and joining', () => {
	it('lets only the teacher of the class, with their own article, create a debate', async () => {
		const c = await classroom();
		const other = await makeUser('teacher');
		const input = {
			articleId: c.article.id,
			classId: c.klass.id,
			motion: 'M',
			sideFor: 'A',
			sideAgainst: 'B'
		};
		expect(() => debates.create(other, input)).toThrow(debates.DebateNotFoundError);
		expect(() => debates.create(c.ana, input)).toThrow(debates.DebateNotFoundError);
	});

	it('balances sides as students join and refuses outsiders', async () => {
		const c = await classroom();
		expect(debates.members(c.debate.id).map((m) => m.side)).toEqual(['for', 'against', 'for']);
		const outsider = await makeUser('student');
		const otherTeacher = await makeUser('teacher');
		expect(() => debates.enter(outsider, c.debate.id)).toThrow(debates.DebateNotFoundError);
		expect(() => debates.enter(otherTeacher, c.debate.id)).toThrow(debates.DebateNotFoundError);
		expect(() => phases.advance(c.ana, c.debate.id)).toThrow(debates.DebateNotFoundError);
	});

	it('lets a classmate look in without joining: only the join action makes a member', async () => {
		const c = await classroom();
		const late = await makeUser('student');
		await classesModule.join(late, c.klass.joinCode);
		expect(debates.enter(late, c.debate.id).member).toBeNull();
		expect(room.view(late, c.debate.id).me.member).toBe(false);
		expect(debates.members(c.debate.id)).toHaveLength(3);
		expect(debates.joinDebate(late, c.debate.id).side).toBe('against');
		expect(debates.members(c.debate.id)).toHaveLength(4);
	});

	it('takes the stance vote in Prepare and again with a note in Reflect only', async () => {
		const c = await classroom();
		debates.voteStance(c.ana, c.debate.id, 2);
		expect(debates.getMember(c.debate.id, c.ana.id)?.stanceBefore).toBe(2);
		expect(() => debates.voteStance(c.ana, c.debate.id, 9)).toThrow(debates.DebateRefusal);
		phases.advance(c.teacher, c.debate.id);
		expect(() => debates.voteStance(c.ana, c.debate.id, 3)).toThrow(/Prepare and again in Reflect/);
		for (let i = 0; i < 3; i++) phases.advance(c.teacher, c.debate.id);
		debates.voteStance(c.ana, c.debate.id, 4, 'The cost figures.');
		expect(debates.getMember(c.debate.id, c.ana.id)).toMatchObject({
			stanceAfter: 4,
			changeNote: 'The cost figures.'
		});
		expect(() => phases.advance(c.teacher, c.debate.id)).toThrow(/last phase/);
	});

	it('lets students choose a side only in a "choose" debate, during Prepare', async () => {
		const c = await classroom();
		expect(() => debates.chooseSide(c.ana, c.debate.id, 'against')).toThrow(/gives out the sides/);
		debates.assignSide(c.teacher, c.debate.id, c.ana.id, 'against');
		expect(debates.getMember(c.debate.id, c.ana.id)?.side).toBe('against');
	});
});

describe('phases and the clock', () => {
	it('pauses, resumes and extends, and auto-advances when the time is up', async () => {
		const c = await classroom();
		const t0 = 1_000_000;
		let d = phases.start(c.teacher, c.debate.id, t0);
		expect(d.clock).toEqual({ status: 'running', endsAt: t0 + 10 * 60_000 });
		d = phases.pause(c.teacher, c.debate.id, t0 + 60_000);
		expect(d.clock).toEqual({ status: 'paused', remainingMs: 9 * 60_000 });
		d = phases.extend(c.teacher, c.debate.id, 2, t0);
		expect(d.clock).toEqual({ status: 'paused', remainingMs: 11 * 60_000 });
		d = phases.resume(c.teacher, c.debate.id, t0);
		// Without auto-advance, time running out leaves the phase to the teacher.
		expect(phases.advanceIfDue(d, t0 + 60 * 60_000).phase).toBe('prepare');
		const auto = { ...d, settings: { ...d.settings, autoAdvance: true } };
		expect(phases.advanceIfDue(auto, t0 + 60 * 60_000).phase).toBe('opening');
	});
});

describe('posting', () => {
	it('posts a claim with verified evidence and refuses a made-up quote', async () => {
		const c = await inOpening();
		const ok = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2));
		expect(ok.ok).toBe(true);
		const made = await posts.create(
			c.ana,
			c.debate.id,
			claim('buses are always empty at night', 2)
		);
		expect(made).toMatchObject({
			ok: false,
			errors: { quote: expect.stringMatching(/not in the article/) }
		});
		const wrong = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 0));
		expect(wrong).toMatchObject({
			ok: false,
			errors: { quote: expect.stringMatching(/paragraph 3/) }
		});
		const long = await posts.create(c.ana, c.debate.id, {
			...claim('faster for 12,000 riders', 2),
			claim: 'x'.repeat(301)
		});
		expect(long).toMatchObject({ ok: false, errors: { claim: expect.any(String) } });
	});

	it('refuses a rebuttal in Opening with the reason, and takes one against the other side in Rebuttal', async () => {
		const c = await inOpening();
		const first = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2));
		if (!first.ok) throw new Error('claim refused');
		const rebuttal = {
			...claim('shops would lose parking', 3),
			kind: 'rebuttal',
			parentId: first.post.id
		};
		expect(await posts.create(c.ben, c.debate.id, rebuttal)).toMatchObject({
			ok: false,
			errors: {
				form: expect.stringMatching(/Rebuttals open in the Rebuttal phase; it is now Opening/)
			}
		});
		phases.advance(c.teacher, c.debate.id);
		expect((await posts.create(c.ben, c.debate.id, rebuttal)).ok).toBe(true);
		// Cy argues the same side as Ana: a rebuttal of her own side is refused.
		expect(await posts.create(c.cy, c.debate.id, rebuttal)).toMatchObject({
			ok: false,
			errors: { form: expect.stringMatching(/other side/) }
		});
		await expect(posts.create(c.teacher, c.debate.id, rebuttal)).rejects.toThrow(
			debates.DebateNotFoundError
		);
	});

	it("offers a rebuttal in the room's rules before a post is chosen, and names why a claim waits", async () => {
		const c = await inOpening();
		const opening = room.state(c.ben, c.debate.id).postRules;
		expect(opening.claim).toBeNull();
		expect(opening.rebuttal).toMatch(/^Rebuttals open in the Rebuttal phase/);
		phases.advance(c.teacher, c.debate.id);
		const rules = room.state(c.ben, c.debate.id).postRules;
		// A reply is judged against its parent when sent, so the form stays open for it.
		expect(rules.rebuttal).toBeNull();
		expect(rules.concession).toBeNull();
		expect(rules.claim).toMatch(/^Claims closed with the Opening phase/);
		expect(room.state(c.teacher, c.debate.id).postRules.rebuttal).toBe(
			'Teachers moderate; students post.'
		);
	});

	it('edits within five minutes only, by the author only', async () => {
		const c = await inOpening();
		const now = Date.now();
		const made = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2), now);
		if (!made.ok) throw new Error('claim refused');
		const edited = posts.edit(
			c.ana,
			made.post.id,
			{ ...claim('faster for 12,000 riders', 2), claim: 'Better.' },
			now + 60_000
		);
		expect(edited).toMatchObject({ ok: true, post: { claim: 'Better.', editedAt: now + 60_000 } });
		expect(
			posts.edit(c.ana, made.post.id, claim('faster for 12,000 riders', 2), now + 6 * 60_000)
		).toMatchObject({ ok: false });
		expect(() => posts.edit(c.cy, made.post.id, claim('faster for 12,000 riders', 2), now)).toThrow(
			debates.DebateNotFoundError
		);
	});
});

describe('reactions and moderation', () => {
	async function withPost() {
		const c = await inOpening();
		const made = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2));
		if (!made.ok) throw new Error('claim refused');
		return { ...c, postId: made.post.id };
	}

	it('toggles one reaction of each kind, never on your own post', async () => {
		const c = await withPost();
		expect(moderation.react(c.ben, c.postId, 'strong-evidence')).toBe(true);
		expect(moderation.react(c.ben, c.postId, 'good-reasoning')).toBe(true);
		expect(moderation.react(c.ben, c.postId, 'strong-evidence')).toBe(false);
		expect(() => moderation.react(c.ana, c.postId, 'strong-evidence')).toThrow(/own post/);
		const seen = room.view(c.cy, c.debate.id).posts[0]!;
		expect(seen.reactions).toEqual({
			'strong-evidence': 0,
			'good-reasoning': 1,
			'changed-my-mind': 0
		});
	});

	it('hides a post from everyone but the author (who sees why) and the teacher', async () => {
		const c = await withPost();
		expect(() => moderation.hide(c.ben, c.postId, 'x')).toThrow(debates.DebateNotFoundError);
		moderation.hide(c.teacher, c.postId, 'Quote the article accurately.');
		expect(room.view(c.ben, c.debate.id).posts).toEqual([]);
		expect(room.view(c.ana, c.debate.id).posts[0]?.hiddenReason).toBe(
			'Quote the article accurately.'
		);
		expect(room.view(c.teacher, c.debate.id).posts).toHaveLength(1);
		expect(() => moderation.react(c.ben, c.postId, 'strong-evidence')).toThrow(
			debates.DebateNotFoundError
		);
		moderation.restore(c.teacher, c.postId);
		moderation.setPinned(c.teacher, c.postId, true);
		expect(room.view(c.ben, c.debate.id).posts[0]).toMatchObject({
			pinned: true,
			hiddenReason: null
		});
	});

	it('queues flags for the teacher with the author’s reply', async () => {
		const c = await withPost();
		moderation.flag(c.ben, c.postId, 'needs-evidence');
		expect(() => moderation.flag(c.ben, c.postId, 'off-topic')).toThrow(/already flagged/);
		const [queued] = room.view(c.teacher, c.debate.id).flags;
		expect(() => moderation.replyToFlag(c.ben, queued!.id, 'no')).toThrow(
			debates.DebateNotFoundError
		);
		moderation.replyToFlag(c.ana, queued!.id, 'The figure is in paragraph 3.');
		expect(moderation.openFlags(c.debate.id)[0]?.authorReply).toBe('The figure is in paragraph 3.');
		moderation.resolveFlag(c.teacher, queued!.id);
		expect(moderation.openFlags(c.debate.id)).toEqual([]);
	});
});

describe('the event log', () => {
	it('replays every event after an id, in order, and fans new ones out', async () => {
		const c = await inOpening();
		const mark = live.lastEventId(c.debate.id);
		const heard: string[] = [];
		const stop = live.subscribe(c.debate.id, (_frame, event) => heard.push(event.type));
		const made = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2));
		if (!made.ok) throw new Error('claim refused');
		moderation.react(c.ben, made.post.id, 'strong-evidence');
		stop();
		expect(heard).toEqual(['post', 'reaction']);
		const missed = live.replay(c.debate.id, mark);
		expect(missed.map((e) => e.type)).toEqual(['post', 'reaction']);
		expect(missed[0]!.id).toBeLessThan(missed[1]!.id!);
		expect(live.replay(c.debate.id, missed[1]!.id!)).toEqual([]);
		expect(live.frame(missed[0]!)).toMatch(/^id: \d+\nevent: post\ndata: \{"postId":\d+/);
	});
});
