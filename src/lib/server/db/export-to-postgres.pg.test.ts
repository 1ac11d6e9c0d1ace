import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/pg-database';
import { useTempDatabase } from '../testing/temp-db';
import { closeDatabase, databasePath, openDatabase } from './index';
import {
	exportToPostgres,
	postgresReport,
	sqliteReport,
	type TableReport
} from './export-to-postgres';
import { openPostgres } from './postgres';
import * as pgSchema from './schema.pg';
import * as schema from './schema';
import type { Db } from './index';
import { seedDemo } from './seed';

let cleanup: () => void;
let target: TestDatabase;
let sqlitePath: string;
let source: TableReport[];

beforeAll(async () => {
	cleanup = useTempDatabase();
	await seedDemo('export-test-password');
	sqlitePath = databasePath();
	void closeDatabase();
	const file = openDatabase(sqlitePath);
	fillWhatTheDemoLeavesEmpty(file);
	source = sqliteReport(file);
	file.$client.close();
	target = await createTestDatabase();
});
afterAll(async () => {
	await target?.drop();
	cleanup?.();
});

function exportCommand(from: string, to: string) {
	return spawnSync(
		'node_modules/.bin/tsx',
		['scripts/export-to-postgres.ts', '--from', from, '--to', to],
		{ encoding: 'utf8' }
	);
}

describe('npm run db:export-to-postgres', () => {
	it('copies every row of every table of the demo, each table checked by count and checksum', async () => {
		const run = exportCommand(sqlitePath, target.url);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const copied = source.reduce((sum, table) => sum + table.rows, 0);
		expect(run.stdout).toContain(`✓ ${copied} rows in ${source.length} tables`);

		const postgres = await openPostgres(target.url);
		try {
			const arrived = await postgresReport(postgres.db);
			const byName = (reports: TableReport[]) =>
				Object.fromEntries(reports.map((r) => [r.table, r]));
			expect(byName(arrived)).toEqual(byName(source));
			expect(source.filter((table) => table.rows === 0)).toEqual([]);

			// Sequences continue after the copied ids: a new row takes the next one.
			const [user] = await postgres.db
				.insert(pgSchema.users)
				.values({ username: 'new', displayName: 'New', role: 'student', passwordHash: 'h' })
				.returning();
			const users = source.find((table) => table.table === 'users')!.rows;
			expect(user!.id).toBe(users + 1);
		} finally {
			await postgres.close();
		}
	});

	it('refuses a database that already has rows, and a missing file, saying what to do', async () => {
		await expect(exportToPostgres(sqlitePath, target.url)).rejects.toThrow(
			/already has rows in \w+: export into a new, empty database/
		);
		await expect(exportToPostgres('/nowhere/school.db', target.url)).rejects.toThrow(
			'No SQLite database at /nowhere/school.db'
		);
		const usage = exportCommand(sqlitePath, 'school.db');
		expect(usage.status).toBe(2);
		expect(usage.stderr).toContain('Usage: npm run db:export-to-postgres');
	});
});

/**
 * The demo has no sessions, flags, excusals… : one row in each such table (and a quiz that is
 * a new version of another, a reply to a post), so every table and column kind is copied.
 */
function fillWhatTheDemoLeavesEmpty(db: Db): void {
	const [teacher, student] = db.select().from(schema.users).orderBy(schema.users.id).limit(2).all();
	const quiz = db.select().from(schema.quizzes).get()!;
	const question = db.select().from(schema.questions).get()!;
	const attempt = db.select().from(schema.attempts).get()!;
	const assignment = db.select().from(schema.assignments).get()!;
	const debate = db.select().from(schema.debates).get()!;
	const post = db.select().from(schema.posts).get()!;
	const now = Date.now();
	db.insert(schema.sessions)
		.values({ id: 'ab'.repeat(32), userId: student!.id, expiresAt: now })
		.run();
	db.insert(schema.glossaryTerms)
		.values({ articleId: quiz.articleId, term: 'cartel', definition: 'A group that…' })
		.run();
	db.insert(schema.rubricScores)
		.values({
			debateId: debate.id,
			studentId: student!.id,
			criterion: 'evidence',
			score: 3,
			scoredBy: teacher!.id
		})
		.run();
	db.insert(schema.accommodations)
		.values({ assignmentId: assignment.id, userId: student!.id, timeMultiplier: 1.5 })
		.run();
	db.insert(schema.excusals).values({ assignmentId: assignment.id, userId: student!.id }).run();
	db.insert(schema.flags)
		.values({ postId: post.id, userId: student!.id, reason: 'off-topic', createdAt: now })
		.run();
	db.insert(schema.questionReports)
		.values({
			questionId: question.id,
			attemptId: attempt.id,
			userId: attempt.userId,
			reason: 'unclear',
			createdAt: now
		})
		.run();
	db.insert(schema.quizzes)
		.values({ ...quiz, id: undefined, previousVersionId: quiz.id, status: 'draft' })
		.run();
	db.insert(schema.posts)
		.values({ ...post, id: undefined, parentId: post.id, kind: 'question', pinned: true })
		.run();
}
