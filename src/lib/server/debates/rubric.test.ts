import { describe, expect, it } from 'vitest';
import * as phases from './phases';
import * as results from './results';
import * as debates from './debates';
import * as posts from './posts';
import * as rubric from './rubric';
import { makeClassWithArticle, makeDebate, makeUser } from '../testing/factories';
import { useTestDatabase } from '../testing/test-database';

useTestDatabase();

const RAW = `Town Council Approves New Bus Lanes\n\nThe council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.\n\nThe lanes will cost $4 million and open in March, according to the transport office.\n\nCritics, led by councillor Tom Berg, argued that shops would lose parking.`;

async function classroom() {
	const teacher = await makeUser('teacher');
	const ana = await makeUser('student', { displayName: 'Ana Alvarez' });
	const ben = await makeUser('student', { displayName: 'Ben Brown' });
	const { klass, article } = await makeClassWithArticle(teacher, [ana, ben], RAW, 'Civics');
	const debate = await makeDebate(teacher, { classId: klass.id, articleId: article.id });
	for (const s of [ana, ben]) await debates.joinDebate(s, debate.id);
	return { teacher, ana, ben, klass, debate };
}

const FULL = { claim: 4, evidence: '3', reasoning: 3, engagement: 2, civility: 4 };

describe('rubric', () => {
	it('saves five scores and a comment for a member, and updates them in place', async () => {
		const c = await classroom();
		await rubric.save(c.teacher, c.debate.id, c.ana.id, FULL, '  Strong quotes.  ');
		await rubric.save(c.teacher, c.debate.id, c.ana.id, { ...FULL, claim: 2 }, 'Revised.');
		const rows = await rubric.forTeacher(c.teacher, c.debate.id);
		expect(rows.map((r) => r.name)).toEqual(['Ana Alvarez', 'Ben Brown']);
		expect(rows[0]).toMatchObject({
			scores: { claim: 2, evidence: 3, reasoning: 3, engagement: 2, civility: 4 },
			comment: 'Revised.'
		});
		expect(rows[1]!.scores.claim).toBeNull();
	});

	it('refuses scores outside 1–4, missing scores and over-long comments', async () => {
		const c = await classroom();
		for (const bad of [0, 5, 2.5, '', 'four', null]) {
			await expect(
				rubric.save(c.teacher, c.debate.id, c.ana.id, { ...FULL, evidence: bad }, '')
			).rejects.toThrow(debates.DebateRefusal);
		}
		await expect(
			rubric.save(c.teacher, c.debate.id, c.ana.id, FULL, 'x'.repeat(1001))
		).rejects.toThrow(/1,000 characters/);
		await rubric.save(c.teacher, c.debate.id, c.ana.id, FULL, 'x'.repeat(1000));
		expect((await rubric.forTeacher(c.teacher, c.debate.id))[0]!.comment).toHaveLength(1000);
	});

	it('lets only the class teacher score, and only members of the debate', async () => {
		const c = await classroom();
		const stranger = await makeUser('teacher');
		const outsider = await makeUser('student');
		await expect(rubric.save(stranger, c.debate.id, c.ana.id, FULL, '')).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(rubric.save(c.ana, c.debate.id, c.ben.id, FULL, '')).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(rubric.save(c.teacher, c.debate.id, outsider.id, FULL, '')).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(rubric.forTeacher(c.ana, c.debate.id)).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(rubric.setReleased(c.ana, c.debate.id, true)).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(rubric.setReleased(stranger, c.debate.id, true)).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(rubric.forStudent(outsider, c.debate.id)).rejects.toThrow(
			debates.DebateNotFoundError
		);
	});

	it('shows a student only their own rubric, and only once released', async () => {
		const c = await classroom();
		await rubric.save(c.teacher, c.debate.id, c.ana.id, FULL, 'Well argued.');
		expect(await rubric.forStudent(c.ana, c.debate.id)).toEqual({ released: false });
		await rubric.setReleased(c.teacher, c.debate.id, true, 1_000);
		expect(await rubric.isReleased(c.debate.id)).toBe(true);
		expect(await rubric.forStudent(c.ana, c.debate.id)).toEqual({
			released: true,
			scores: { claim: 4, evidence: 3, reasoning: 3, engagement: 2, civility: 4 },
			comment: 'Well argued.'
		});
		expect(await rubric.forStudent(c.ben, c.debate.id)).toEqual({
			released: true,
			scores: { claim: null, evidence: null, reasoning: null, engagement: null, civility: null },
			comment: ''
		});
		await rubric.setReleased(c.teacher, c.debate.id, false);
		expect(await rubric.isReleased(c.debate.id)).toBe(false);
		expect(await rubric.forStudent(c.ana, c.debate.id)).toEqual({ released: false });
	});
});

describe('results and exports', () => {
	it('opens results to students only in Reflect, and exports to the teacher only', async () => {
		const c = await classroom();
		await phases.advance(c.teacher, c.debate.id);
		const made = await posts.create(c.ana, c.debate.id, {
			kind: 'claim',
			parentId: null,
			claim: 'Lanes help riders.',
			paragraph: 0,
			quote: 'voted 7 to 2',
			reasoning: 'A clear majority.'
		});
		expect(made.ok).toBe(true);
		expect((await results.results(c.ana, c.debate.id)).open).toBe(false);
		const view = await results.results(c.teacher, c.debate.id);
		expect(view.open && view.heat[0]).toMatchObject({ paragraph: 0, total: 1 });
		expect(view.open && view.students.find((s) => s.name === 'Ana Alvarez')?.posts).toBe(1);
		await rubric.save(c.teacher, c.debate.id, c.ana.id, FULL, 'Good.');
		const rows = await results.scoreRows(c.teacher, c.debate.id);
		expect(rows[0]).toMatchObject({ student: 'Ana Alvarez', posts: 1, comment: 'Good.' });
		await expect(results.scoreRows(c.ana, c.debate.id)).rejects.toThrow(
			debates.DebateNotFoundError
		);
		await expect(results.transcript(c.ben, c.debate.id)).rejects.toThrow(
			debates.DebateNotFoundError
		);
		expect((await results.transcript(c.teacher, c.debate.id)).posts).toHaveLength(1);
		for (let i = 0; i < 6; i++) {
			if ((await debates.find(c.debate.id))!.phase === 'reflect') break;
			await phases.advance(c.teacher, c.debate.id);
		}
		expect((await results.results(c.ana, c.debate.id)).open).toBe(true);
	});
});
