import type { Browser } from '@playwright/test';
import { expect, logIn, test } from './fixtures';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';

// The school is at UTC+14, the browser at UTC−8 and the server at UTC: the due time must read
// the same in the server's HTML and after hydration, on the school's clock.
const SCHOOL_ZONE = 'Pacific/Kiritimati';
let school: TestServer;
test.beforeAll(async () => {
	school = await startServer({ STANDPOINT_TIME_ZONE: SCHOOL_ZONE, TZ: 'UTC' });
});
test.afterAll(() => school.stop());

async function dueLine(browser: Browser, javaScriptEnabled: boolean): Promise<string> {
	const context = await browser.newContext({
		baseURL: school.url,
		javaScriptEnabled,
		timezoneId: 'America/Los_Angeles'
	});
	const page = await context.newPage();
	await logIn(page, 'student1', DEMO_PASSWORD);
	const line = page.getByText(/ · due /).first();
	await expect(line).toBeVisible();
	// With JavaScript the line above was rendered in the browser (client-side navigation after
	// the enhanced login); a reload then checks that hydration leaves the server's text alone.
	const rendered = (await line.textContent())!.trim();
	if (javaScriptEnabled) {
		await page.reload({ waitUntil: 'networkidle' });
		await expect(line).toHaveText(rendered);
	}
	const text = rendered;
	await context.close();
	return text;
}

test('a due time reads the same on the server and in the browser, in the school’s zone', async ({
	browser
}) => {
	const server = await dueLine(browser, false);
	const client = await dueLine(browser, true);
	expect(server).toContain(`(${SCHOOL_ZONE} time)`);
	expect(client).toBe(server);
});
