import { expect, logIn, test } from './fixtures';
import { DEMO_PASSWORD } from './server';

const MOTION = /The United States should be ready to use military force/;

/**
 * On a phone the room is two tabs, Posts and Article: the quote is a tap away, and words
 * selected in the article fill the post's evidence. Screenshots at 360 and 1280 px for review.
 */
test('at 360 px the article and posts are tabs, and a selection fills the quote', async ({
	page,
	axe
}) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await logIn(page, 'student1', DEMO_PASSWORD);
	await page.getByRole('link', { name: 'Global Affairs' }).click();
	await page.getByRole('link', { name: MOTION }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	const posts = page.getByRole('tab', { name: 'Posts' });
	const article = page.getByRole('tab', { name: 'Article' });
	await expect(posts).toHaveAttribute('aria-selected', 'true');
	await page.screenshot({ path: 'test-results/room-360-posts.png', fullPage: false });
	// Keyboard: arrow keys move between the tabs.
	await posts.focus();
	await page.keyboard.press('ArrowRight');
	await expect(article).toBeFocused();
	await expect(article).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('tabpanel', { name: 'Article' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Make your case' })).toBeHidden();
	await axe(page);
	// Select the words of paragraph 2 in the article, then go back to the form.
	await page.locator('#article-panel li#p2').evaluate((item) => {
		const range = document.createRange();
		range.selectNodeContents(item);
		document.getSelection()?.removeAllRanges();
		document.getSelection()?.addRange(range);
	});
	await page.screenshot({ path: 'test-results/room-360-article.png', fullPage: false });
	await posts.click();
	const form = page.getByRole('region', { name: 'Make your case' });
	await expect(form.getByLabel('Paragraph')).toHaveValue('2');
	await expect(form.getByLabel('Quote from the article')).not.toHaveValue('');
	// Each post says its side in words, wherever it sits.
	const first = page.getByRole('article').first();
	await expect(first.getByText(/^(▲|●)?\s*\S/).first()).toBeVisible();

	await page.setViewportSize({ width: 1280, height: 900 });
	await expect(page.getByRole('tab', { name: 'Article' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: /^The article:/ })).toBeVisible();
	await page.screenshot({ path: 'test-results/room-1280.png', fullPage: false });
});
