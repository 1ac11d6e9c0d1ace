import { expect, test } from './fixtures';
import { closeAll, LIVE, openRoom, post, postCard } from './debate-room';

/**
 * After a split: the class debate's own room, rubric and transcript lead the teacher to the
 * groups; a student whose group the teacher changes while their room is open is taken to their
 * new group's room, told why; reactions and flags work through the room's one form per post.
 */
test.use({ ownServer: true });

const MOTION = 'Homework should be optional in every year.';
const STUDENTS = ['Ana Torres', 'Ben Okafor', 'Chloé Martin', 'Diego Hernández', 'Emma Novak'];

test('regrouping leads an open room to the new group; the split class debate links to the groups', async ({
	browser,
	axe
}) => {
	test.setTimeout(240_000);
	const teacher = await openRoom(browser, 'teacher');
	await teacher.goto('/debates/new');
	await teacher.getByLabel('Class').selectOption({ label: 'Global Affairs' });
	await teacher.getByLabel('Motion', { exact: true }).fill(MOTION);
	await teacher.getByLabel('Side for the motion').fill('Optional');
	await teacher.getByLabel('Side against the motion').fill('Set');
	await teacher.getByRole('button', { name: 'Create the debate' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	const classRoom = new URL(teacher.url()).pathname;

	// By hand: Ana alone with Farah in Group 1, everyone else in Group 2.
	await teacher.getByRole('link', { name: 'Split into groups' }).click();
	const hand = teacher.getByRole('region', { name: 'Choose the groups by hand' });
	const place = async (group1: string[]) => {
		for (const name of [...STUDENTS, 'Farah Haddad'])
			await hand
				.getByLabel(name)
				.selectOption({ label: group1.includes(name) ? 'Group 1' : 'Group 2' });
	};
	await place(['Ana Torres', 'Farah Haddad']);
	await hand.getByRole('button', { name: 'Save these groups' }).click();
	await expect(teacher.getByRole('region', { name: '2 groups' })).toBeVisible();

	// The class debate's own pages hold nothing now: each says so and links to the groups.
	await teacher.goto(classRoom);
	const notice = teacher.getByRole('region', { name: 'This debate happens in 2 groups' });
	await expect(notice.getByRole('link', { name: 'Group 1' })).toBeVisible();
	await expect(teacher.getByText(/^No posts from/)).toHaveCount(0);
	await axe(teacher);
	for (const page of ['rubric', 'transcript']) {
		await teacher.goto(`${classRoom}/${page}`);
		const links = teacher.getByRole('region', { name: 'This debate happens in 2 groups' });
		await expect(links.getByRole('link', { name: 'Group 2' })).toHaveAttribute(
			'href',
			new RegExp(`^/debates/\\d+/${page}$`)
		);
		await expect(teacher.getByText(/^No (posts|students)/)).toHaveCount(0);
		await axe(teacher);
	}

	// Ana's room is open in Group 1 when the teacher moves her to Group 2.
	const ana = await openRoom(browser, 'student1');
	await ana.goto(classRoom);
	await expect(ana.getByText('You are in Group 1')).toBeVisible();
	await expect(ana.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
	const groupOne = new URL(ana.url()).pathname;
	await teacher.goto(`${classRoom}/groups`);
	await place(['Farah Haddad', 'Ben Okafor']);
	await hand.getByRole('checkbox', { name: 'Replace the current groups' }).check();
	await hand.getByRole('button', { name: 'Save these groups' }).click();
	await expect(
		teacher.getByRole('region', { name: '2 groups' }).getByRole('listitem').first()
	).toContainText('2 students');
	await expect(
		ana.getByRole('status').filter({ hasText: 'Your teacher moved you to Group 2' })
	).toBeVisible(LIVE);
	expect(new URL(ana.url()).pathname).not.toBe(groupOne);
	await expect(ana.getByText('You are in Group 2')).toBeVisible();
	await axe(ana);
	// Opened afresh, Group 1's room is another group's now: refused with the sentence as before.
	expect((await ana.goto(groupOne))?.status()).toBe(403);
	// Her class debate's transcript is her group's.
	await ana.goto(`${classRoom}/transcript`);
	expect(new URL(ana.url()).pathname).toMatch(/^\/debates\/\d+\/transcript$/);
	expect(new URL(ana.url()).pathname).not.toBe(`${classRoom}/transcript`);

	// Reactions and a flag through the one form of a post, in her new group.
	await teacher.goto(classRoom);
	for (const next of ['Opening', 'Rebuttal'])
		await teacher.getByRole('button', { name: `Next phase: ${next}` }).click();
	const chloe = await openRoom(browser, 'student3');
	await chloe.goto(classRoom);
	await expect(chloe.getByText('You are in Group 2')).toBeVisible();
	await ana.goto(classRoom);
	await post(ana, { kind: 'Question', claim: 'Who checks optional homework?' });
	const card = postCard(chloe, 'Who checks optional homework?');
	await expect(card).toBeVisible(LIVE);
	await card.getByRole('button', { name: 'Strong evidence (0)' }).click();
	await expect(card.getByRole('button', { name: 'Strong evidence (1)' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(postCard(ana, 'Who checks optional homework?')).toContainText(
		'Strong evidence: 1',
		LIVE
	);
	await card.getByText('Flag', { exact: true }).click();
	await card.getByLabel('Why flag this post?').selectOption({ label: 'Off topic' });
	await card.getByRole('button', { name: 'Send to the teacher' }).click();
	await teacher.goto(new URL(ana.url()).pathname);
	await expect(teacher.getByText('Who checks optional homework?').first()).toBeVisible();
	await expect(teacher.getByText(/Off topic/).first()).toBeVisible();
	await axe(chloe);
	await closeAll([teacher, ana, chloe]);
});
