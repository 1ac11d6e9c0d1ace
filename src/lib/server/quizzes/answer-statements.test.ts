import { expect, it, vi } from 'vitest';

// Start-up imports the routes before it opens PostgreSQL: a statement part built at import time
// asked the dialect, which opened the default SQLite file, and the app then ran PostgreSQL's
// migrations on it and failed to start.
it('importing the save statements opens no database', async () => {
	vi.resetModules();
	const opened = vi.fn(() => 'sqlite');
	vi.doMock('../db', async (original) => ({
		...(await original<typeof import('../db')>()),
		dialect: opened
	}));
	await import('./answer-statements');
	expect(opened).not.toHaveBeenCalled();
	vi.doUnmock('../db');
});
