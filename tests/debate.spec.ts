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

test('the article, sent once in the page, is kept when hydrated and redrawn with a quote marked', async ({
	browser
}) => {
	const ana = await openRoom(browser, 'student1');
	await goToDemoDebate(ana);
	// A page load: the article is in the markup only, not again in the page's data.
	await ana.reload();
	const article = ana.locator('#article-panel .text');
	await expect(article.getByText(/disrupted 97% of drugs entering by sea/)).toBeVisible();
	await expect(ana.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
	await post(ana, {
		kind: 'Question',
		claim: 'Marked: does the sea figure hold for land?',
		paragraph: '2',
		quote: 'disrupted 97% of drugs entering by sea',
		reasoning: 'Routes differ.'
	});
	// Following the quote is a navigation in the page: its data brings the article, now marked.
	await postCard(ana, 'Marked: does the sea figure')
		.getByRole('link', { name: /disrupted 97%/ })
		.click();
	await expect(ana).toHaveURL(/hl=1:/);
	await expect(article.locator('mark')).toHaveText('disrupted 97% of drugs entering by sea');
	await closeAll([ana]);
});
