import { expect, test } from './fixtures';
import { closeAll, openRoom, post, postCard } from './debate-room';

/**
 * Small groups: the teacher splits a fresh debate of the demo class into two groups (first
 * automatically, then by hand, confirming the regroup), runs the shared clock, and each student
 * argues in their own group's room only; the teacher sees both rooms and the combined results.
 */
test.use({ ownServer: true });

const MOTION = 'Schools should teach debate in every year.';

test('two groups: posts stay in their group, each student sees only theirs, the teacher sees both', async ({
	browser,
	axe
}, testInfo) => {
	// Three browsers and a fresh server on two shared cores: generous.
	test.setTimeout(240_000);
	const teacher = await openRoom(browser, 'teacher');
	await teacher.goto('/debates/new');
	await teacher.getByLabel('Class').selectOption({ label: 'Global Affairs' });
	await teacher.getByLabel('Motion', { exact: true }).fill(MOTION);
	await teacher.getByLabel('Side for the motion').fill('Every year');
	await teacher.getByLabel('Side against the motion').fill('Electives');
	await teacher.getByRole('button', { name: 'Create the debate' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	const classRoom = new URL(teacher.url()).pathname;

	// Split automatically: six students in groups of at most three make two balanced groups.
	await teacher.getByRole('link', { name: 'Split into groups' }).click();
	await teacher.getByLabel('Students per group (at most)').fill('3');
	await teacher.getByRole('button', { name: 'Split automatically' }).click();
	const list = teacher.getByRole('region', { name: '2 groups' });
	await expect(list.getByRole('listitem')).toHaveCount(2);
	for (const item of await list.getByRole('listitem').all())
		await expect(item).toContainText('3 students');

	// Regroup by hand: refused until confirmed, then Ana and Ben in Group 1, the rest in Group 2.
	const hand = teacher.getByRole('region', { name: 'Choose the groups by hand' });
	for (const name of ['Ana Torres', 'Ben Okafor'])
		await hand.getByLabel(name).selectOption({ label: 'Group 1' });
	for (const name of ['Chloé Martin', 'Diego Hernández', 'Emma Novak', 'Farah Haddad'])
		await hand.getByLabel(name).selectOption({ label: 'Group 2' });
	await hand.getByRole('button', { name: 'Save these groups' }).click();
	await expect(hand.getByRole('alert')).toContainText('Replace the current groups');
	await hand.getByRole('checkbox', { name: 'Replace the current groups' }).check();
	await hand.getByRole('button', { name: 'Save these groups' }).click();
	await expect(list.getByRole('listitem').first()).toContainText('2 students');
	await expect(list.getByRole('listitem').nth(1)).toContainText('4 students');
	await axe(teacher);
	for (const width of [360, 1280]) {
		await teacher.setViewportSize({ width, height: 900 });
		await teacher.screenshot({ path: testInfo.outputPath(`groups-${width}.png`), fullPage: true });
	}
	await teacher.setViewportSize({ width: 1280, height: 900 });

	// The clock is shared: two phases on from the class debate reach both groups.
	await teacher.goto(classRoom);
	for (const next of ['Opening', 'Rebuttal'])
		await teacher.getByRole('button', { name: `Next phase: ${next}` }).click();
	await expect(teacher.getByText('Rebuttal', { exact: true })).toBeVisible();

	// Each student opening the class debate lands in their own group's room and posts there.
	const ana = await openRoom(browser, 'student1');
	const chloe = await openRoom(browser, 'student3');
	const rooms: Record<string, string> = {};
	for (const [page, group, claim] of [
		[ana, 'Group 1', 'Ana asks group one: who trains the teachers?'],
		[chloe, 'Group 2', 'Chloé asks group two: what gives way in the timetable?']
	] as const) {
		await page.goto(classRoom);
		await expect(page.getByText(`You are in ${group}`)).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: 'Rebuttal' })).toBeVisible();
		rooms[group] = new URL(page.url()).pathname;
		await post(page, { kind: 'Question', claim });
		await expect(postCard(page, claim)).toBeVisible();
	}
	expect(rooms['Group 1']).not.toBe(rooms['Group 2']);
	await axe(ana);
	await expect(postCard(ana, 'Chloé asks group two')).toHaveCount(0);
	await expect(postCard(chloe, 'Ana asks group one')).toHaveCount(0);

	// Another group's room is refused with a sentence, and so is posting in it.
	const refused = await ana.goto(rooms['Group 2']!);
	expect(refused?.status()).toBe(403);
	await expect(ana.getByText("This is another group's room.")).toBeVisible();
	const sneak = await ana.request.post(`${rooms['Group 2']}?/post`, {
		form: { kind: 'question', claim: 'Sneaking in?', paragraph: '', quote: '', reasoning: '' },
		headers: { origin: new URL(ana.url()).origin },
		maxRedirects: 0
	});
	expect(sneak.status()).toBe(403);

	// The teacher sees both rooms from the group list, and the combined results add them up.
	await teacher.goto(classRoom);
	const groups = teacher.getByRole('region', { name: 'Small groups' });
	await groups.getByRole('link', { name: 'Group 1' }).click();
	await expect(postCard(teacher, 'Ana asks group one')).toBeVisible();
	await expect(postCard(teacher, 'Chloé asks group two')).toHaveCount(0);
	await axe(teacher);
	await teacher
		.getByRole('region', { name: 'Small groups' })
		.getByRole('link', { name: 'Group 2' })
		.click();
	await expect(postCard(teacher, 'Chloé asks group two')).toBeVisible();
	await teacher.getByRole('link', { name: 'Combined results' }).click();
	const table = teacher.getByRole('table', { name: 'Stance and posts per group' });
	const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
	await expect(row('Group 1').getByRole('cell').first()).toHaveText('2');
	await expect(row('Group 2').getByRole('cell').first()).toHaveText('4');
	await expect(row('All groups').getByRole('cell').first()).toHaveText('6');
	await axe(teacher);
	await teacher.setViewportSize({ width: 360, height: 800 });
	await teacher.screenshot({ path: testInfo.outputPath('results-360.png'), fullPage: true });

	// Once posts exist the groups are fixed, and the page says why.
	await teacher.goto(`${classRoom}/groups`);
	await expect(teacher.getByRole('status')).toContainText(
		'groups can change only before anyone posts'
	);
	await expect(teacher.getByRole('button', { name: 'Split automatically' })).toHaveCount(0);
	await closeAll([teacher, ana, chloe]);
});
