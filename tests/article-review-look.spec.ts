import { expect, signUp, test } from './fixtures';

// A pasted news page written for this test: a kicker, a desk label under the byline, a caption
// over a subhead, a live-updates teaser and a "Most read" box around a short article.
const PAGE = [
	'Home',
	'News',
	'Weather',
	'Profile | The harbour master',
	'Harbour Board Shuts Old Ferry Pier For a Year of Repairs',
	'By Ewan Reid',
	'Coast Health News',
	'The harbour board voted on Tuesday to close the old ferry pier for a year, after divers found that two of its wooden piles had rotted through below the waterline.',
	'Passengers will board from a floating pontoon at the fish market instead, which the board said could take the small ferry but not the summer boat to the islands.',
	'The old ferry pier at low tide with its rotten piles showing in the mud',
	'Who pays',
	'A spokesman for the board said the repairs would cost about two million pounds and that a grant from the regional fund would pay for most of the new piles.',
	'Coast News Live updates from the harbour',
	'The summer boat will sail from the northern quay until the pier reopens, which the board hopes will happen before the regatta in the middle of next August.',
	'Most read',
	'Storm closes harbour road after a night of gales',
	'Council votes on parking charges for the quay',
	'New café opens in the old lifeboat station',
	'© 2026 Coast Times. All rights reserved.'
].join('\n\n');

test('the import review reads well at phone and desk widths', async ({ page, axe }) => {
	await signUp(page, 'teacher', 'Ms. Lind');
	await page.goto('/articles/new');
	await page.getByLabel('Article text').fill(PAGE);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByLabel('Title')).toHaveValue(
		'Harbour Board Shuts Old Ferry Pier For a Year of Repairs'
	);
	await expect(page.getByRole('group', { name: /Body: 5 paragraphs kept/ })).toBeVisible();
	await expect(page.getByText('Removed: section or kicker label').first()).toBeVisible();
	await axe();
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		// Nothing runs off the side of a phone: the page is as wide as its window.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `test-results/import-review-${width}.png`, fullPage: true });
	}
});

test('without JavaScript, a teacher pastes, reviews, restores a line and saves', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signUp(page, 'teacher', 'Mr. Plain');
	await page.goto('/articles/new');
	await page.getByLabel('Article text').fill(PAGE);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByRole('heading', { name: 'Review the import' })).toBeVisible();
	await expect(page.getByText(/Read as plain text/)).toBeVisible();
	await page.getByRole('checkbox', { name: /Who pays/ }).uncheck();
	await page.getByRole('checkbox', { name: /Storm closes harbour road/ }).check();
	await page.getByRole('button', { name: 'Save article' }).click();
	await expect(page.getByText('Article saved.')).toBeVisible();
	await expect(page.getByText('Storm closes harbour road after a night of gales')).toBeVisible();
	await expect(page.getByText('Who pays', { exact: true })).toHaveCount(0);
	await context.close();
});

test('a pasted front page says plainly why nothing is kept, at phone width', async ({ page }) => {
	await signUp(page, 'teacher', 'Ms. Front');
	await page.setViewportSize({ width: 360, height: 900 });
	await page.goto('/articles/new');
	// Story cards written for this test: headline, summary, byline, again and again.
	const cards = [
		['Pier closes for a year of repairs', 'Divers found rotten piles.', 'Ewan Reid'],
		['Why the fish market needs a roof', 'A trader argues it would pay.', 'Marta Lind'],
		['Lifeboat crew rescues two kayakers', 'Both were home by nightfall.', 'Ewan Reid'],
		['What the gales did to the sea wall', 'Two stretches need rebuilding.', 'Ola Berg'],
		['Night ferry saved for another year', 'The council found the money.', 'Marta Lind']
	];
	const text = [
		'Coast Times',
		'Top stories',
		...cards.flatMap(([head, summary, name]) => [head, summary, `By ${name}`])
	].join('\n\n');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByText(/page of many stories/)).toBeVisible();
	await page.screenshot({ path: 'test-results/import-review-list-360.png', fullPage: true });
});

test('a long headline is shown whole in the title box, at phone and desk widths', async ({
	page
}) => {
	await signUp(page, 'teacher', 'Ms. Long');
	// A headline of about 190 characters, longer than any one-line box shows at either width.
	const headline =
		'Harbour Board Shuts the Old Ferry Pier for a Whole Year of Repairs After Divers Find Two Rotten Piles Below the Waterline and Moves Passengers to a Pontoon';
	await page.goto('/articles/new');
	await page.getByLabel('Article text').fill(PAGE.replace(/^Harbour Board Shuts.*$/m, headline));
	await page.getByRole('button', { name: 'Review the import' }).click();
	const title = page.getByRole('textbox', { name: 'Title' });
	await expect(title).toHaveValue(headline);
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		// Whole: the box is as tall and as wide as its text, so no part of it is scrolled away.
		const hidden = await title.evaluate((box) => ({
			down: box.scrollHeight - box.clientHeight,
			across: box.scrollWidth - box.clientWidth
		}));
		expect(hidden).toEqual({ down: 0, across: 0 });
		await title.screenshot({ path: `test-results/import-review-title-${width}.png` });
	}
	// Enter does not break the headline: it stays one line of text.
	await title.press('End');
	await title.press('Enter');
	await expect(title).toHaveValue(headline);
});

test('the import page reads well at phone and desk widths', async ({ page, axe }) => {
	await signUp(page, 'teacher', 'Ms. Paste');
	await page.goto('/articles/new');
	await expect(page.getByLabel('Article text')).toBeVisible();
	await axe();
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `test-results/import-paste-${width}.png`, fullPage: true });
	}
});
