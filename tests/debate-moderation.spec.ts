import { expect, test } from './fixtures';
import { LIVE, closeAll, goToDemoDebate, openRoom, post, postCard } from './debate-room';

test("a post the teacher hides leaves classmates' pages live, and its author sees why", async ({
	browser,
	axe
}) => {
	// axe on a full room takes half a minute on a busy two-core machine.
	test.setTimeout(90_000);
	const teacher = await openRoom(browser, 'teacher');
	const ana = await openRoom(browser, 'student1');
	const ben = await openRoom(browser, 'student2');
	for (const page of [teacher, ana, ben]) await goToDemoDebate(page);

	await post(ana, {
		kind: 'Question',
		claim: 'To be hidden: does the sea result carry over to land?',
		paragraph: '2',
		quote: 'disrupted 97% of drugs entering by sea',
		reasoning: 'Sea and land routes differ.'
	});
	await expect(postCard(ben, 'To be hidden')).toBeVisible(LIVE);
	await expect(postCard(teacher, 'To be hidden')).toBeVisible(LIVE);

	const target = postCard(teacher, 'To be hidden');
	await target.getByRole('group', { name: /^Hide post/ }).click();
	await target.getByLabel('Reason the author will see').fill('Quote a full sentence, please.');
	await target.getByRole('button', { name: 'Hide post' }).click();
	await expect(postCard(ben, 'To be hidden')).toHaveCount(0, LIVE);
	await expect(postCard(ana, 'To be hidden').getByText(/Quote a full sentence/)).toBeVisible(LIVE);
	await axe(ben);
	await closeAll([teacher, ana, ben]);
});
