import { expect, test } from './fixtures';
import { LIVE, closeAll, goToDemoDebate, openRoom, post, postCard } from './debate-room';

test('a post reaches every page live, and a viewer back online has what was posted meanwhile', async ({
	browser,
	axe
}) => {
	test.setTimeout(60_000);
	const teacher = await openRoom(browser, 'teacher');
	const ana = await openRoom(browser, 'student1');
	const ben = await openRoom(browser, 'student2');
	for (const page of [teacher, ana, ben]) await goToDemoDebate(page);
	await axe(ana);
	await axe(teacher);

	// A post by one appears on the others' pages without a reload.
	await post(ana, {
		kind: 'Question',
		claim: 'Live from Ana: does the sea result carry over to land?',
		paragraph: '2',
		quote: 'disrupted 97% of drugs entering by sea',
		reasoning: 'Sea and land routes differ.'
	});
	await expect(postCard(ana, 'Live from Ana')).toBeVisible();
	await expect(postCard(ben, 'Live from Ana')).toBeVisible(LIVE);
	await expect(postCard(teacher, 'Live from Ana')).toBeVisible(LIVE);

	// Ben drops off; two posts are made; back online, he has both.
	await ben.context().setOffline(true);
	await post(ana, { kind: 'Question', claim: 'Offline one: who pays for the fallout?' });
	await expect(postCard(ana, 'Offline one')).toBeVisible();
	await post(ana, { kind: 'Question', claim: 'Offline two: what would Mexico accept?' });
	await expect(postCard(ana, 'Offline two')).toBeVisible();
	await ben.context().setOffline(false);
	await expect(postCard(ben, 'Offline one')).toBeVisible({ timeout: 10_000 });
	await expect(postCard(ben, 'Offline two')).toBeVisible({ timeout: 10_000 });
	await closeAll([teacher, ana, ben]);
});
