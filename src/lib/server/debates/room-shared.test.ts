import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicUser } from '../auth/public-user';
import { db } from '../db';
import { posts, users } from '../db/schema';
import { eq } from 'drizzle-orm';
import * as debates from './debates';
import * as moderation from './moderation';
import * as phases from './phases';
import * as postsDomain from './posts';
import * as room from './room';
import { SHARED_MAX_AGE_MS } from './room-shared';
import { BUS_LANES, makeClassWithArticle, makeUser } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';

let cleanup: () => void;
beforeAll(() => {
	cleanup = useTempDatabase();
});
afterAll(() => cleanup());

/** A debate in Opening with two students on opposite sides and one claim each. */
async function openRoom() {
	const teacher = await makeUser('teacher');
	const alice = await makeUser('student');
	const bob = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [alice, bob], BUS_LANES);
	const debate = await debates.create(teacher, {
		articleId: article.id,
		classId: klass.id,
		motion: 'The bus lanes are worth it.',
		sideFor: 'Lanes',
		sideAgainst: 'Parking'
	});
	await debates.joinDebate(alice, debate.id);
	await debates.joinDebate(bob, debate.id);
	while ((await debates.find(debate.id))!.phase !== 'opening')
		await phases.advance(teacher, debate.id);
	const claim = async (student: PublicUser, text: string) => {
		const made = await postsDomain.create(student, debate.id, {
			kind: 'claim',
			parentId: null,
			claim: text,
			reasoning: 'The mayor gives the number of riders.',
			paragraph: 2,
			quote: 'faster for 12,000 riders'
		});
		if (!made.ok) throw new Error(JSON.stringify(made.errors));
		return made.post.id;
	};
	return { teacher, alice, bob, debateId: debate.id, claim };
}

const ids = (view: { posts: { id: number }[] }) => view.posts.map((p) => p.id);

describe('the room read once for all its viewers', () => {
	it('shows each viewer a change as soon as its event is logged', async () => {
		const r = await openRoom();
		const first = await r.claim(r.alice, 'Lanes move more people.');
		expect(ids(await room.view(r.bob, r.debateId))).toEqual([first]);
		const second = await r.claim(r.bob, 'Parking feeds the shops.');
		expect(ids(await room.view(r.alice, r.debateId))).toEqual([first, second]);
		await moderation.hide(r.teacher, second, 'Needs a source.');
		// Hidden from classmates, still shown to its author with the reason, and to the teacher.
		expect(ids(await room.view(r.alice, r.debateId))).toEqual([first]);
		const own = await room.view(r.bob, r.debateId);
		expect(own.posts.find((p) => p.id === second)?.hiddenReason).toBe('Needs a source.');
		expect(ids(await room.view(r.teacher, r.debateId))).toEqual([first, second]);
		// The one post each page fetches after the event: the same read, decided per viewer.
		expect(await room.post(r.alice, r.debateId, second)).toBeNull();
		expect((await room.post(r.bob, r.debateId, second))?.hiddenReason).toBe('Needs a source.');
		expect((await room.post(r.teacher, r.debateId, second))?.author).not.toBe('You');
		await moderation.react(r.bob, first, 'strong-evidence');
		const counted = await room.view(r.alice, r.debateId);
		expect(counted.posts[0]!.reactions['strong-evidence']).toBe(1);
		expect(counted.posts[0]!.myReactions).toEqual([]);
		expect((await room.view(r.bob, r.debateId)).posts[0]!.myReactions).toEqual(['strong-evidence']);
	});

	it('gives no post of another room, whichever room it is asked through', async () => {
		const [one, two] = [await openRoom(), await openRoom()];
		const theirs = await two.claim(two.alice, 'Lanes move more people.');
		expect(await room.post(one.teacher, one.debateId, theirs)).toBeNull();
		expect(await room.post(two.alice, two.debateId, theirs)).not.toBeNull();
	});

	it('keeps each viewer their own names and flags from the same read', async () => {
		const r = await openRoom();
		const first = await r.claim(r.alice, 'Lanes move more people.');
		const [alice, bob] = [await room.view(r.alice, r.debateId), await room.view(r.bob, r.debateId)];
		expect(alice.posts[0]).toMatchObject({ author: 'You', mine: true, editable: true });
		expect(bob.posts[0]).toMatchObject({ mine: false, editable: false });
		expect(bob.posts[0]!.author).not.toBe('You');
		expect(alice.lastEventId).toBe(bob.lastEventId);
		await moderation.flag(r.bob, first, 'needs-evidence');
		expect((await room.view(r.alice, r.debateId)).posts[0]!.flagsOnMine).toHaveLength(1);
		expect((await room.view(r.bob, r.debateId)).posts[0]!.flagsOnMine).toEqual([]);
	});

	it('serves one read until the next event, and no longer than its age limit', async () => {
		const r = await openRoom();
		const first = await r.claim(r.alice, 'Lanes move more people.');
		const now = Date.now();
		expect(ids(await room.view(r.bob, r.debateId, now))).toEqual([first]);
		// Written without an event (no domain function does this): the kept read still serves...
		const [row] = await db()
			.insert(posts)
			.values({
				debateId: r.debateId,
				authorId: r.bob.id,
				side: 'against',
				phase: 'opening',
				kind: 'claim',
				claim: 'Written behind the room’s back.',
				createdAt: now
			})
			.returning({ id: posts.id });
		await db().update(users).set({ displayName: 'Renamed Alice' }).where(eq(users.id, r.alice.id));
		expect(ids(await room.view(r.bob, r.debateId, now + 1))).toEqual([first]);
		// ...until it is too old: then the room is read afresh, name and all.
		const later = await room.view(r.bob, r.debateId, now + SHARED_MAX_AGE_MS);
		expect(ids(later)).toEqual([first, row!.id]);
		expect(later.posts[0]!.author).toBe('Renamed Alice');
	});
});
