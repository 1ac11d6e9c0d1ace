import { postCard, post } from './debate-room';
import { expect, logIn, test } from './fixtures';
import { DEMO_PASSWORD } from './server';

// The room's forms are plain HTML forms first: posting, reacting and flagging work with
// JavaScript off, each redirects after the post, and each says what it did.
test.use({ javaScriptEnabled: false, ownServer: true });

const OTHER = 'Military intervention would make the region less stable';

test('without JavaScript, a student posts, reacts and flags, and a reload repeats nothing', async ({
	page
}) => {
	await logIn(page, 'student1', DEMO_PASSWORD);
	await page.goto('/debates/1');
	await post(page, {
		kind: 'Question',
		claim: 'Who pays for a land operation?',
		paragraph: '2',
		quote: 'the US had disrupted 97% of drugs entering by sea',
		reasoning: 'Cost decides what a government can keep doing.'
	});
	await expect(page).toHaveURL(/\/debates\/1$/);
	await expect(postCard(page, 'Who pays for a land operation?')).toHaveCount(1);

	await postCard(page, OTHER)
		.getByRole('button', { name: /^Good reasoning/ })
		.click();
	await expect(
		postCard(page, OTHER).getByRole('button', { name: 'Good reasoning (1)' })
	).toHaveAttribute('aria-pressed', 'true');
	const card = postCard(page, OTHER);
	await card.getByText(/^Changed my mind \(/).click();
	await card.getByLabel('What changed your mind? (optional)').fill('The history of it');
	await card.getByRole('button', { name: 'Say it changed my mind' }).click();
	await expect(
		postCard(page, OTHER).getByRole('button', { name: 'Changed my mind (1)' })
	).toBeVisible();

	await postCard(page, OTHER).getByText('Flag', { exact: true }).click();
	await postCard(page, OTHER).getByLabel('Why flag this post?').selectOption({ index: 0 });
	await postCard(page, OTHER).getByRole('button', { name: 'Send to the teacher' }).click();
	// A flag leaves no other trace on the student's page: it must say it went.
	await expect(postCard(page, OTHER).getByRole('status')).toHaveText('Flag sent to your teacher.');

	await page.reload();
	await expect(postCard(page, 'Who pays for a land operation?')).toHaveCount(1);
	await expect(
		postCard(page, OTHER).getByRole('button', { name: 'Good reasoning (1)' })
	).toBeVisible();
});
