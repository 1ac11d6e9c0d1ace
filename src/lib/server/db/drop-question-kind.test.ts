import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../quizzes/types';
import { resetConfig } from '../app/config';
import * as answers from '../quizzes/answers';
import * as assignments from '../quizzes/assignments';
import * as attempts from '../quizzes/attempts';
import * as quizzes from '../quizzes/quizzes';
import { makeClassWithArticle, makeUser } from '../testing/factories';
import { closeDatabase, db } from '.';
import { quizzes as quizTable } from './schema';

interface Journal {
	entries: { tag: string }[];
}

const folder = mkdtempSync(join(tmpdir(), 'standpoint-migrate-'));
afterAll(() => {
	void closeDatabase();
	rmSync(folder, { recursive: true, force: true });
});

/** The migrations folder as it stood just before `drop_question_kind` (renumbering keeps the tag). */
function migrationsBeforeDrop(): string {
	const out = join(folder, 'drizzle-before');
	mkdirSync(join(out, 'meta'), { recursive: true });
	const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as Journal;
	const at = journal.entries.findIndex((e) => e.tag.endsWith('_drop_question_kind'));
	if (at < 1) throw new Error('The journal has no drop_question_kind migration');
	const before = journal.entries.slice(0, at);
	for (const e of before) copyFileSync(`drizzle/${e.tag}.sql`, join(out, `${e.tag}.sql`));
	writeFileSync(join(out, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: before }));
	return out;
}

function openWith(migrationsDir: string) {
	void closeDatabase();
	process.env.DATABASE_URL = join(folder, 'app.db');
	process.env.MIGRATIONS_DIR = migrationsDir;
	resetConfig();
	return db();
}

const columns = () =>
	db().$client.prepare("SELECT name FROM pragma_table_info('questions')").pluck().all() as string[];
const rows = () => ({
	questions: db()
		.$client.prepare(
			'SELECT id, quiz_id, position, prompt, content, source FROM questions ORDER BY id'
		)
		.all(),
	responses: db()
		.$client.prepare('SELECT attempt_id, question_id, answer, is_correct FROM responses')
		.all()
});

/** A quiz of three kinds written as the previous version stored them, with one answer saved. */
async function fillPreviousVersion() {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	const quiz = db()
		.insert(quizTable)
		.values({ articleId: article.id, ownerId: teacher.id, title: 'Old', status: 'published' })
		.returning()
		.get();
	const insert = db().$client.prepare(
		`INSERT INTO questions (quiz_id, position, kind, prompt, content, source)
		 VALUES (?, ?, ?, ?, ?, 'teacher')`
	);
	const contents = [
		{ kind: 'true_false', correct: true },
		{ kind: 'short_answer', acceptedAnswers: ['March'] },
		{
			kind: 'ordering',
			items: [
				{ id: 'a', text: 'Vote' },
				{ id: 'b', text: 'Open' }
			]
		}
	];
	const ids = contents.map((c, i) =>
		Number(insert.run(quiz.id, i, c.kind, `Question ${i + 1}`, JSON.stringify(c)).lastInsertRowid)
	);
	const assignment = await assignments.create(teacher, {
		classId: klass.id,
		quizId: quiz.id,
		opensAt: 0,
		dueAt: null,
		settings: DEFAULT_SETTINGS
	});
	const started = await attempts.start(student, assignment.id);
	if (!started.ok) throw new Error(started.reason);
	expect(await answers.saveResponse(student, started.attempt.id, ids[0]!, true)).toEqual({
		ok: true
	});
	return { quiz, student, attempt: started.attempt };
}

describe('dropping questions.kind on a database with rows', () => {
	let before: ReturnType<typeof rows>;
	let filled: Awaited<ReturnType<typeof fillPreviousVersion>>;
	beforeAll(async () => {
		openWith(migrationsBeforeDrop());
		expect(columns()).toContain('kind');
		filled = await fillPreviousVersion();
		before = rows();
		openWith('drizzle');
	});

	it('removes the column and keeps every question and answer as it was', () => {
		expect(columns()).not.toContain('kind');
		expect(before.questions).toHaveLength(3);
		expect(before.responses).toHaveLength(1);
		expect(rows()).toEqual(before);
	});

	it('still reads each kind from the content', async () => {
		const kinds = (await quizzes.liveQuestions(filled.quiz.id)).map((q) => q.content.kind);
		expect(kinds).toEqual(['true_false', 'short_answer', 'ordering']);
		const seen = (await attempts.questionsFor(filled.attempt)).map((q) => q.kind);
		expect(seen.sort()).toEqual(['ordering', 'short_answer', 'true_false']);
	});
});
