import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Domain tests already dialect-neutral (issue 18): they call `useTestDatabase()` and run in both
 * projects, on SQLite in `unit` and on the throwaway PostgreSQL in `postgres`. A domain joins
 * the list once its functions are converted.
 */
const BOTH_DIALECTS = [
	'src/lib/server/db/app-database.test.ts',
	'src/lib/server/auth/session.test.ts',
	'src/lib/server/auth/login-throttle.test.ts',
	'src/lib/server/http/request-limit.test.ts',
	'src/lib/server/classes/classes.test.ts',
	'src/lib/server/articles/articles.test.ts',
	'src/lib/server/articles/article-import.test.ts',
	'src/lib/server/debates/live-limits.test.ts',
	'src/lib/server/debates/debates.test.ts',
	'src/lib/server/debates/privacy.test.ts',
	'src/lib/server/debates/rubric.test.ts',
	'src/lib/server/debates/groups.test.ts',
	'src/lib/server/debates/thread-window.test.ts',
	'src/lib/server/debates/room-posts.test.ts',
	'src/lib/server/auth/login.test.ts',
	'src/lib/server/reports/mastery.test.ts',
	'src/lib/server/reports/reports.test.ts',
	'src/lib/server/classes/privacy.test.ts',
	'src/lib/server/classes/privacy-key.test.ts',
	'src/lib/server/quizzes/answers.test.ts',
	'src/lib/server/quizzes/attempts.test.ts',
	'src/lib/server/quizzes/guided-reading.test.ts',
	'src/lib/server/quizzes/item-analysis.test.ts',
	'src/lib/server/quizzes/question-reports.test.ts',
	'src/lib/server/quizzes/quiz-generation.test.ts',
	'src/lib/server/quizzes/quiz-interchange.test.ts',
	'src/lib/server/quizzes/quizzes.test.ts',
	'src/lib/server/db/seed.test.ts',
	'src/lib/server/db/seed-debate.test.ts',
	'src/lib/server/db/demo.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		expect: { requireAssertions: true },
		// Some tests spawn the command-line entries (tsx starts in a second or two on a busy machine).
		testTimeout: 30_000,
		// Seeding the demo (argon2 for every account) in a beforeAll passes 10 s on a busy machine.
		hookTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.pg.test.ts'] }
			},
			{
				// Against a real PostgreSQL, started once for the run (Debian's postgresql package).
				extends: true,
				test: {
					name: 'postgres',
					include: ['src/**/*.pg.test.ts', ...BOTH_DIALECTS],
					globalSetup: ['src/lib/server/testing/postgres-global-setup.ts']
				}
			}
		]
	}
});
