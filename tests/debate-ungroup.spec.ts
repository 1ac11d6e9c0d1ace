import { expect, test } from './fixtures';
import { closeAll, goToDemoDebate, LIVE, openRoom } from './debate-room';

/**
 * The two ends of small groups: a debate that has posts offers no split (the room says why),
 * and undoing the groups takes a student whose group room is open back to the class room.
 */
test.use({ ownServer: true });

const MOTION = 'Every school should have a student parliament.';

test('a debate with posts says why it cannot be split instead of offering it', async ({
	browser,
	axe
}) => {
	test.setTimeout(120_000);
	const room = await openRoom(browser, 'teacher');
	await goToDemoDebate(room);
	const groups = room.getByRole('region', { name: 'Small groups' });
	await expect(groups).toContainText('Groups can be made only before anyone posts');
	await expect(groups.getByRole('link', { name: 'Split into groups' })).toHaveCount(0);
	await axe(room);
	// The groups page itself (reached by its address) refuses too, and the server refuses a split.
	await room.goto(`${new URL(room.url()).pathname}/groups`);
	await expect(room.getByRole('status')).toContainText(
		'groups can change only before anyone posts'
	);
	await expect(room.getByRole('button', { name: 'Split automatically' })).toHaveCount(0);
	await closeAll([room]);
});

test('undoing the groups takes an open group room back to the class debate, saying why', async ({
	browser,
	axe
}) => {
	test.setTimeout(180_000);
	const teacher = await openRoom(browser, 'teacher');
	await teacher.goto('/debates/new');
	await teacher.getByLabel('Class').selectOption({ label: 'Global Affairs' });
	await teacher.getByLabel('Motion', { exact: true }).fill(MOTION);
	await teacher.getByLabel('Side for the motion').fill('Parliament');
	await teacher.getByLabel('Side against the motion').fill('No parliament');
	await teacher.getByRole('button', { name: 'Create the debate' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	const classRoom = new URL(teacher.url()).pathname;
	await teacher.getByRole('link', { name: 'Split into groups' }).click();
	await teacher.getByLabel('Students per group (at most)').fill('3');
	await teacher.getByRole('button', { name: 'Split automatically' }).click();
	await expect(teacher.getByRole('region', { name: '2 groups' })).toBeVisible();

	const ana = await openRoom(browser, 'student1');
	await ana.goto(classRoom);
	await expect(ana.getByText(/You are in Group \d/)).toBeVisible();
	await expect(ana.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
	expect(new URL(ana.url()).pathname).not.toBe(classRoom);

	await teacher.getByRole('checkbox', { name: 'Put everyone back in one room' }).check();
	await teacher.getByRole('button', { name: 'Remove the groups' }).click();
	await expect(teacher.getByRole('region', { name: 'No groups yet' })).toBeVisible();

	await expect(
		ana.getByRole('status').filter({ hasText: 'Your teacher put the class back in one room' })
	).toBeVisible({ timeout: 3 * LIVE.timeout });
	expect(new URL(ana.url()).pathname).toBe(classRoom);
	await expect(ana.getByText(/You are in Group \d/)).toHaveCount(0);
	await axe(ana);
	await closeAll([teacher, ana]);
});
