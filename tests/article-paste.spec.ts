import { expect, signUp, test } from './fixtures';

// A page as a browser puts it on the clipboard when a teacher selects it all: written for this
// test, with a menu, a "Most read" box, a caption, a subscriber prompt and a footer around it.
const PAGE_HTML = `<meta charset="utf-8"><html><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<p>Send us a tip</p></header>
<main><article>
<h1>Ferry Returns to the Island After Hull Repairs</h1>
<p class="byline">By Ana Ruiz</p>
<p>The island ferry returned to service on Tuesday after a week in dry dock, where engineers replaced two plates of its hull and tested the new pumps before the first crossing.</p>
<figure><img src="/ferry.jpg" alt=""><figcaption>The ferry leaving the harbour. Photo: Li Wei</figcaption></figure>
<p>Passengers queued from dawn, and the first crossing left ten minutes late because of the crowd, the operator said in a statement on Tuesday afternoon.</p>
<p>The operator said that the timetable would return to normal by the weekend, and that extra sailings would run on Friday evening for commuters who had missed work.</p>
<p>Islanders had relied on a smaller boat for the week, which carried no cars and was cancelled twice when the wind rose above thirty knots.</p>
</article></main>
<aside><h2>Most read</h2><ol><li><a href="/a">Storm closes harbour road</a></li><li><a href="/b">Council votes on parking</a></li></ol></aside>
<div class="paywall">Subscribe now for unlimited access</div>
<footer><p>© 2026 Harbour Times. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>`;

const PLAIN = [
	'Home World Sport',
	'Send us a tip',
	'Ferry Returns to the Island After Hull Repairs',
	'By Ana Ruiz',
	'The island ferry returned to service on Tuesday after a week in dry dock.',
	'Most read',
	'Storm closes harbour road'
].join('\n\n');

test('pasting a web page sends its HTML through Readability and shows what was removed', async ({
	page,
	axe
}) => {
	await signUp(page, 'teacher', 'Mr. Okafor');
	await page.goto('/articles/new');
	const box = page.getByLabel('Article text');
	await box.focus();
	// A real paste: the clipboard carries both text/plain and text/html.
	await box.evaluate(
		(element, { html, text }) => {
			const data = new DataTransfer();
			data.setData('text/html', html);
			data.setData('text/plain', text);
			const event = new ClipboardEvent('paste', {
				clipboardData: data,
				bubbles: true,
				cancelable: true
			});
			element.dispatchEvent(event);
			// Synthetic paste events do not insert text: do what the browser would.
			if (!event.defaultPrevented) {
				(element as HTMLTextAreaElement).value = text;
				element.dispatchEvent(new Event('input', { bubbles: true }));
			}
		},
		{ html: PAGE_HTML, text: PLAIN }
	);
	await expect(page.getByText(/The page's layout came with the paste/)).toBeVisible();
	await page.getByRole('button', { name: 'Review the import' }).click();

	await expect(page.getByRole('heading', { name: 'Review the import' })).toBeVisible();
	await expect(page.getByText(/Read from the page's HTML/)).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue(
		'Ferry Returns to the Island After Hull Repairs'
	);
	await expect(page.getByLabel('Byline')).toHaveValue('Ana Ruiz');
	const body = page.getByRole('group', { name: /Body: 4 paragraphs kept/ });
	await expect(body).toBeVisible();
	// What Reader View left out may be listed, for the teacher to restore, but never kept.
	for (const clutter of [
		'Most read',
		'Storm closes harbour road',
		'Send us a tip',
		'All rights reserved',
		'unlimited access'
	]) {
		for (const box of await body.getByRole('checkbox', { name: new RegExp(clutter) }).all()) {
			await expect(box).not.toBeChecked();
		}
	}
	await expect(body.getByRole('checkbox', { name: /All rights reserved/ })).toHaveCount(1);
	await axe();
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({
			path: `test-results/article-paste-review-${width}.png`,
			fullPage: true
		});
	}
	await page.getByRole('button', { name: 'Save article' }).click();
	await expect(page.getByText('Article saved.')).toBeVisible();
	await expect(page.locator('ol.paragraphs')).toHaveAttribute('lang', 'en');
});

test('a plain-text paste is read as text, with every removed line and its reason', async ({
	page
}) => {
	await signUp(page, 'teacher', 'Ms. Duarte');
	await page.goto('/articles/new');
	const text = [
		'Home',
		'World',
		'Sport',
		'Ferry Returns to the Island After Hull Repairs',
		'By Ana Ruiz',
		'12 March 2026',
		'The island ferry returned to service on Tuesday after a week in dry dock, where engineers replaced two plates of its hull and tested the new pumps before the first crossing.',
		'Passengers queued from dawn, and the first crossing left ten minutes late because of the crowd, the operator said in a statement on Tuesday afternoon.',
		'Most read',
		'Storm closes harbour road after night of gales',
		'Council votes on parking charges for the quay',
		'New café opens in the old lifeboat station',
		'© 2026 Harbour Times. All rights reserved.'
	].join('\n\n');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByText(/Read as plain text/)).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue(
		'Ferry Returns to the Island After Hull Repairs'
	);
	await expect(page.getByLabel('Published on')).toHaveValue('2026-03-12');
	await expect(page.getByRole('group', { name: /Body: 2 paragraphs kept/ })).toBeVisible();
	await expect(page.getByText('Removed: related links').first()).toBeVisible();
	const teaser = page.getByRole('checkbox', { name: /Storm closes harbour road/ });
	await expect(teaser).not.toBeChecked();
});

test('a pasted front page is named a page of many stories and keeps no body until ticked', async ({
	page,
	axe
}) => {
	await signUp(page, 'teacher', 'Ms. Brandt');
	await page.goto('/articles/new');
	// A front page written for this test: story cards (headline, summary, byline), again and again.
	const cards = [
		['Bridge repairs close the river road', 'Engineers found rust in the main span.', 'Ana Ruiz'],
		['Why the market hall deserves a second life', 'A trader argues it could pay.', 'Tom Brandt'],
		['School choir wins the county festival', 'Forty pupils came home with the shield.', 'Li Wei'],
		['What the cold snap did to the orchards', 'Early blossom was lost this year.', 'Nia Okafor'],
		['Council votes to keep the night buses', 'The service will run for a year.', 'Ana Ruiz']
	];
	const text = [
		'The Valley Courier',
		'Top stories',
		...cards.flatMap(([head, summary, name]) => [head, summary, `By ${name}`])
	].join('\n\n');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(
		page.getByText(/This looks like a page of many stories, not one article/)
	).toBeVisible();
	await expect(page.getByRole('group', { name: /Body: 0 paragraphs kept/ })).toBeVisible();
	await expect(page.getByText('Removed: one of many stories on this page').first()).toBeVisible();
	await axe();
	// No one story's headline is taken for the page's: the teacher names the story picked.
	await expect(page.getByLabel('Title')).toHaveValue('');
	await page.getByLabel('Title').fill('Bridge repairs close the river road');
	await page.getByRole('button', { name: 'Save article' }).click();
	await expect(page.getByText('Keep at least one paragraph in the body.')).toBeVisible();
	// The teacher's choice: tick the one story wanted, and it is saved.
	await page.getByRole('checkbox', { name: /Engineers found rust/ }).check();
	await page.getByRole('button', { name: 'Save article' }).click();
	await expect(page.getByText('Article saved.')).toBeVisible();
});
