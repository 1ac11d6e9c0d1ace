import { expect, logIn, test } from './fixtures';
import { DEMO_PASSWORD } from './server';

/** A small RFC 4180 reader: enough to check that the export parses as a spreadsheet would. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			row.push(cell);
			cell = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else {
			cell += c;
		}
	}
	return rows;
}

// These read the demo's attempts exactly as seeded.
test.use({ ownServer: true });
const QUIZ = 'Cartel crackdown: reading check';

test('the demo teacher reads the gradebook, exports it, analyses items and retires one', async ({
	page,
	axe
}) => {
	// Four axe runs and two exports: past a minute when the two cores are shared by several runs.
	test.setTimeout(120_000);
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
	await page.goto('/classes/1');
	await page.getByRole('link', { name: 'Gradebook', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Gradebook: Global Affairs' })).toBeVisible();
	const table = page.getByRole('table');
	await expect(table.getByRole('row', { name: /Ana Torres/ })).toContainText(/\d+%/);
	await expect(table.getByRole('row', { name: /Farah Haddad/ })).toContainText('Not started');
	await expect(table.getByRole('row', { name: /Class average/ })).toContainText(/\d+%/);
	await axe();

	await page.getByRole('link', { name: 'Sort by average' }).click();
	await expect(page).toHaveURL(/sort=score/);
	await expect(table.getByRole('row').nth(1)).toContainText('Ana Torres');

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the gradebook (CSV)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('gradebook-class-1.csv');
	const before = await (await page.request.get('/classes/1/gradebook.csv')).text();
	expect(before.startsWith('\uFEFF')).toBe(true);
	const rows = parseCsv(before.slice(1));
	expect(rows[0]!.slice(0, 2)).toEqual(['Student', 'Username']);
	expect(rows).toHaveLength(7);
	expect(rows.map((r) => r[0])).toContain('Chloé Martin');
	expect(rows.find((r) => r[1] === 'student6')).toContain('Not started');
	const detail = await page.request.get('/classes/1/gradebook/attempts.csv');
	// Five students' answers to every question of the demo quiz (four or more), a row each.
	expect(parseCsv((await detail.text()).slice(1)).length).toBeGreaterThan(5 * 4);

	await page.getByRole('link', { name: 'Ana Torres' }).click();
	await expect(page.getByRole('heading', { name: 'Ana Torres' })).toBeVisible();
	await expect(page.getByText(/Attempt 1:/)).toBeVisible();
	await axe();

	await page.goto('/classes/1');
	await page.getByRole('link', { name: `Item analysis: ${QUIZ}` }).click();
	await expect(page.getByRole('heading', { name: `Item analysis: ${QUIZ}` })).toBeVisible();
	const flagged = page.getByRole('article').filter({ hasText: 'Worth a second look' });
	expect(await flagged.count()).toBeGreaterThan(0);
	// The "Worth a second look" box stands apart from the option chart under it (it touched it).
	const box = flagged.first().getByRole('heading', { name: 'Worth a second look' }).locator('..');
	const next = box.locator('xpath=following-sibling::*[1]');
	const gap =
		(await next.boundingBox())!.y - (await box.boundingBox().then((b) => b!.y + b!.height));
	expect(gap).toBeGreaterThanOrEqual(8);
	await axe();

	const card = flagged.first();
	const name = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
	await card.getByRole('link', { name: `Retire ${name.toLowerCase()}…` }).click();
	await expect(page.getByRole('heading', { name: `Retire ${name.toLowerCase()}?` })).toBeFocused();
	await axe();
	await page.getByRole('button', { name: `Retire ${name.toLowerCase()}` }).click();
	await expect(page.getByRole('status')).toContainText('Question retired');
	const after = await (await page.request.get('/classes/1/gradebook.csv')).text();
	expect(parseCsv(after.slice(1))).toHaveLength(7);
	expect(after).not.toBe(before);
});

test('a student gets 404 for every report', async ({ page }) => {
	await logIn(page, 'student1', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
	for (const path of [
		'/classes/1/gradebook',
		'/classes/1/gradebook.csv',
		'/classes/1/gradebook/attempts.csv',
		'/classes/1/gradebook/2',
		'/assignments/1/analysis',
		'/assignments/1/analysis/items.csv'
	]) {
		expect((await page.request.get(path)).status(), path).toBe(404);
	}
	const retire = await page.request.post('/assignments/1/analysis?/retire', {
		form: { questionId: '1' },
		headers: { Origin: new URL(page.url()).origin }
	});
	expect(retire.status()).toBe(404);
});
