import { describe, expect, it, vi } from 'vitest';
import * as phases from './phases';
import * as classesModule from '../classes/classes';
import * as debates from './debates';
import * as live from './live';
import * as moderation from './moderation';
import * as posts from './posts';
import * as room from './room';
import { makeClassWithArticle, makeDebate, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

async function classroom() {
	const teacher = await makeUser('teacher');
	const [ana, ben, cy] = [
		await makeUser('student'),
		await makeUser('student'),
		await makeUser('student')
	];
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben, cy]);
	const debate = await makeDebate(teacher, { classId: klass.id, articleId: article.id });
	// Joining (a POST in the app): auto-balance alternates sides.
	for (const s of [ana, ben, cy]) await debates.joinDebate(s, debate.id);
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
	await phases.advance(c.teacher, c.debate.id);
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
		await expect(debates.create(other, input)).rejects.toThrow(debates.DebateNotFoundError);
		await expect(debates.create(c.ana, input)).rejects.toThrow(debates.DebateNotFoundError);
	});

	it('balances sides as students join and refuses outsiders', async () => {
		const c = await classroom();
		expect((await debates.members(c.debate.id)).map((m) => m.side)).toEqual([
			'for',
			'against',
			'for'
		]);
		const outsider = await makeUser('student');
		const otherTeacher = await makeUser('teacher');
		await expect(debates.enter(outsider, c.debate.id)).rejects.toThrow(debates.DebateNotFoundError);
		await expect(debates.enter(otherTeacher, c.debate.id)).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(phases.advance(c.ana, c.debate.id)).rejects.toThrow(debates.DebateNotFoundError);
	});

	it('lets a classmate look in without joining: only the join action makes a member', async () => {
		const c = await classroom();
		const late = await makeUser('student');
		await classesModule.join(late, c.klass.joinCode);
		expect((await debates.enter(late, c.debate.id)).member).toBeNull();
		expect((await room.view(late, c.debate.id)).me.member).toBe(false);
		expect(await debates.members(c.debate.id)).toHaveLength(3);
		expect((await debates.joinDebate(late, c.debate.id)).side).toBe('against');
		expect(await debates.members(c.debate.id)).toHaveLength(4);
	});

	it('takes the stance vote in Prepare and again with a note in Reflect only', async () => {
		const c = await classroom();
		await debates.voteStance(c.ana, c.debate.id, 2);
		expect((await debates.getMember(c.debate.id, c.ana.id))?.stanceBefore).toBe(2);
		await expect(debates.voteStance(c.ana, c.debate.id, 9)).rejects.toThrow(debates.DebateRefusal);
		await phases.advance(c.teacher, c.debate.id);
		await expect(debates.voteStance(c.ana, c.debate.id, 3)).rejects.toThrow(
			/Prepare and again in Reflect/
		);
		for (let i = 0; i < 3; i++) await phases.advance(c.teacher, c.debate.id);
		await debates.voteStance(c.ana, c.debate.id, 4, 'The cost figures.');
		expect(await debates.getMember(c.debate.id, c.ana.id)).toMatchObject({
			stanceAfter: 4,
			changeNote: 'The cost figures.'
		});
		await expect(phases.advance(c.teacher, c.debate.id)).rejects.toThrow(/last phase/);
	});

	it('lets students choose a side only in a "choose" debate, during Prepare', async () => {
		const c = await classroom();
		await expect(debates.chooseSide(c.ana, c.debate.id, 'against')).rejects.toThrow(
			/gives out the sides/
		);
		await debates.assignSide(c.teacher, c.debate.id, c.ana.id, 'against');
		expect((await debates.getMember(c.debate.id, c.ana.id))?.side).toBe('against');
	});
});

describe('phases and the clock', () => {
	it('pauses, resumes and extends, and auto-advances when the time is up', async () => {
		const c = await classroom();
		const t0 = 1_000_000;
		let d = await phases.start(c.teacher, c.debate.id, t0);
		expect(d.clock).toEqual({ status: 'running', endsAt: t0 + 10 * 60_000 });
		d = await phases.pause(c.teacher, c.debate.id, t0 + 60_000);
		expect(d.clock).toEqual({ status: 'paused', remainingMs: 9 * 60_000 });
		d = await phases.extend(c.teacher, c.debate.id, 2, t0);
		expect(d.clock).toEqual({ status: 'paused', remainingMs: 11 * 60_000 });
		d = await phases.resume(c.teacher, c.debate.id, t0);
		// Without auto-advance, time running out leaves the phase to the teacher.
		expect((await phases.advanceIfDue(d, t0 + 60 * 60_000)).phase).toBe('prepare');
		const auto = { ...d, settings: { ...d.settings, autoAdvance: true } };
		expect((await phases.advanceIfDue(auto, t0 + 60 * 60_000)).phase).toBe('opening');
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
		await phases.advance(c.teacher, c.debate.id);
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
		const opening = (await room.state(c.ben, c.debate.id)).postRules;
		expect(opening.claim).toBeNull();
		expect(opening.rebuttal).toMatch(/^Rebuttals open in the Rebuttal phase/);
		await phases.advance(c.teacher, c.debate.id);
		const rules = (await room.state(c.ben, c.debate.id)).postRules;
		// A reply is judged against its parent when sent, so the form stays open for it.
		expect(rules.rebuttal).toBeNull();
		expect(rules.concession).toBeNull();
		expect(rules.claim).toMatch(/^Claims closed with the Opening phase/);
		expect((await room.state(c.teacher, c.debate.id)).postRules.rebuttal).toBe(
			'Teachers moderate; students post.'
		);
	});

	it('edits within five minutes only, by the author only', async () => {
		const c = await inOpening();
		const now = Date.now();
		const made = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2), now);
		if (!made.ok) throw new Error('claim refused');
		const edited = await posts.edit(
			c.ana,
			made.post.id,
			{ ...claim('faster for 12,000 riders', 2), claim: 'Better.' },
			now + 60_000
		);
		expect(edited).toMatchObject({ ok: true, post: { claim: 'Better.', editedAt: now + 60_000 } });
		expect(
			await posts.edit(c.ana, made.post.id, claim('faster for 12,000 riders', 2), now + 6 * 60_000)
		).toMatchObject({ ok: false });
		await expect(
			posts.edit(c.cy, made.post.id, claim('faster for 12,000 riders', 2), now)
		).rejects.toThrow(debates.DebateNotFoundError);
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
		expect(await moderation.react(c.ben, c.postId, 'strong-evidence')).toBe(true);
		expect(await moderation.react(c.ben, c.postId, 'good-reasoning')).toBe(true);
		expect(await moderation.react(c.ben, c.postId, 'strong-evidence')).toBe(false);
		await expect(moderation.react(c.ana, c.postId, 'strong-evidence')).rejects.toThrow(/own post/);
		const seen = (await room.view(c.cy, c.debate.id)).posts[0]!;
		expect(seen.reactions).toEqual({
			'strong-evidence': 0,
			'good-reasoning': 1,
			'changed-my-mind': 0
		});
	});

	it('hides a post from everyone but the author (who sees why) and the teacher', async () => {
		const c = await withPost();
		await expect(moderation.hide(c.ben, c.postId, 'x')).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await moderation.hide(c.teacher, c.postId, 'Quote the article accurately.');
		expect((await room.view(c.ben, c.debate.id)).posts).toEqual([]);
		expect((await room.view(c.ana, c.debate.id)).posts[0]?.hiddenReason).toBe(
			'Quote the article accurately.'
		);
		expect((await room.view(c.teacher, c.debate.id)).posts).toHaveLength(1);
		await expect(moderation.react(c.ben, c.postId, 'strong-evidence')).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await moderation.restore(c.teacher, c.postId);
		await moderation.setPinned(c.teacher, c.postId, true);
		expect((await room.view(c.ben, c.debate.id)).posts[0]).toMatchObject({
			pinned: true,
			hiddenReason: null
		});
	});

	it('queues flags for the teacher with the author’s reply', async () => {
		const c = await withPost();
		await moderation.flag(c.ben, c.postId, 'needs-evidence');
		await expect(moderation.flag(c.ben, c.postId, 'off-topic')).rejects.toThrow(/already flagged/);
		const [queued] = (await room.view(c.teacher, c.debate.id)).flags;
		await expect(moderation.replyToFlag(c.ben, queued!.id, 'no')).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await moderation.replyToFlag(c.ana, queued!.id, 'The figure is in paragraph 3.');
		expect((await moderation.openFlags(c.debate.id))[0]?.authorReply).toBe(
			'The figure is in paragraph 3.'
		);
		await moderation.resolveFlag(c.teacher, queued!.id);
		expect(await moderation.openFlags(c.debate.id)).toEqual([]);
	});
});

describe('the event log', () => {
	it('replays every event after an id, in order, and fans new ones out', async () => {
		const c = await inOpening();
		const mark = await live.lastEventId(c.debate.id);
		// Logged events only: presence (transient, announced 250 ms after a stream opens) may land
		// between them or not, by how fast the engine delivers (PostgreSQL's NOTIFY is slower).
		const heard: string[] = [];
		const stop = live.subscribe(c.debate.id, mark, (_frame, event) => {
			if (event.id !== null) heard.push(event.type);
		});
		const made = await posts.create(c.ana, c.debate.id, claim('faster for 12,000 riders', 2));
		if (!made.ok) throw new Error('claim refused');
		await moderation.react(c.ben, made.post.id, 'strong-evidence');
		await vi.waitFor(() => expect(heard).toEqual(['post', 'reaction']));
		stop();
		// A stream reconnecting from the mark gets both from the log, then the next one live, once.
		const late: number[] = [];
		const stopLate = live.subscribe(c.debate.id, mark, (_frame, event) => {
			if (event.id !== null) late.push(event.id);
		});
		await moderation.react(c.cy, made.post.id, 'good-reasoning');
		await vi.waitFor(() => expect(late).toHaveLength(3));
		stopLate();
		expect(late).toEqual([...late].sort((x, y) => x - y));
		expect(new Set(late).size).toBe(3);
		const missed = await live.replay(c.debate.id, mark);
		expect(missed.map((e) => e.type)).toEqual(['post', 'reaction', 'reaction']);
		expect(missed[0]!.id).toBeLessThan(missed[1]!.id!);
		expect(await live.replay(c.debate.id, missed[2]!.id!)).toEqual([]);
		// The payload's key order is the engine's (PostgreSQL's jsonb sorts keys): read it as JSON.
		const [head, data] = live.frame(missed[0]!).split('\ndata: ');
		expect(head).toMatch(/^id: \d+\nevent: post$/);
		expect(JSON.parse(data!)).toMatchObject({ postId: expect.any(Number) });
	});
});
