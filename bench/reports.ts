/**
 * The gradebook (40 students × 30 assignments) and item analysis (10,000 responses), each timed
 * against the bare indexed SQL query that reads the same rows, on one temp database in one run.
 */
import { itemAnalysis } from '../src/lib/server/quizzes/item-analysis';
import { gradebook } from '../src/lib/server/reports/reports';
import { db } from '../src/lib/server/db';
import type { PublicUser } from '../src/lib/server/auth/public-user';
import { useTempDatabase } from '../src/lib/server/testing/temp-db';

const STUDENTS = 40;
const ASSIGNMENTS = 30;
const ANALYSIS_STUDENTS = 500;
const QUESTIONS = 20;

/** Median milliseconds per call after a warm-up. */
export async function time(run: () => unknown, runs: number): Promise<number> {
	for (let i = 0; i < 5; i++) await run();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		await run();
		samples.push(performance.now() - started);
	}
	samples.sort((a, b) => a - b);
	return samples[Math.floor(runs / 2)]!;
}

/** Bulk inserts straight into the tables: the shapes the domain functions write. */
function fill() {
	const sqlite = db().$client;
	const now = Date.now();
	const insert = (sql: string) => sqlite.prepare(sql);
	const user = insert(
		"INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, ?, 'x')"
	);
	const teacherId = Number(user.run('bench-teacher', 'Bench Teacher', 'teacher').lastInsertRowid);
	const klass = insert('INSERT INTO classes (name, teacher_id, join_code) VALUES (?, ?, ?)');
	const enrol = insert('INSERT INTO enrollments (class_id, user_id, joined_at) VALUES (?, ?, ?)');
	const assign = insert(
		'INSERT INTO assignments (class_id, quiz_id, opens_at, due_at, settings) VALUES (?, ?, ?, ?, ?)'
	);
	const attempt = insert(
		'INSERT INTO attempts (assignment_id, user_id, started_at, submitted_at, score, max_score) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const response = insert(
		'INSERT INTO responses (attempt_id, question_id, answer, is_correct, points, saved_at) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const settings = JSON.stringify({
		attemptsAllowed: 2,
		counts: 'best',
		timeLimitMinutes: null,
		shuffleQuestions: false,
		shuffleOptions: true,
		feedback: 'after_submit',
		acceptLate: true
	});
	return sqlite.transaction(() => {
		const articleId = Number(
			insert("INSERT INTO articles (owner_id, title, raw_text) VALUES (?, 'Bench', 'Bench')").run(
				teacherId
			).lastInsertRowid
		);
		const quizId = Number(
			insert(
				"INSERT INTO quizzes (article_id, owner_id, title, status, published_at) VALUES (?, ?, 'Bench quiz', 'published', ?)"
			).run(articleId, teacherId, now).lastInsertRowid
		);
		const question = insert(
			"INSERT INTO questions (quiz_id, position, prompt, content, points, source) VALUES (?, ?, ?, ?, 1, 'teacher')"
		);
		const questionIds: number[] = [];
		for (let q = 0; q < QUESTIONS; q++) {
			const content =
				q % 2 === 0
					? { kind: 'true_false', correct: q % 4 === 0 }
					: {
							kind: 'multiple_choice',
							options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}` })),
							correctOptionId: 'a'
						};
			const id = question.run(quizId, q, `Q${q}`, JSON.stringify(content));
			questionIds.push(Number(id.lastInsertRowid));
		}
		const makeClass = (name: string, size: number) => {
			const classId = Number(klass.run(name, teacherId, `${name}-code`).lastInsertRowid);
			const students = Array.from({ length: size }, (_, i) => {
				const id = Number(user.run(`${name}-s${i}`, `Student ${i}`, 'student').lastInsertRowid);
				enrol.run(classId, id, now);
				return id;
			});
			return { classId, students };
		};
		const book = makeClass('gradebook', STUDENTS);
		for (let a = 0; a < ASSIGNMENTS; a++) {
			const id = Number(assign.run(book.classId, quizId, now - a, null, settings).lastInsertRowid);
			book.students.forEach((s, i) => attempt.run(id, s, now, now, (i + a) % 11, 10));
		}
		const analysed = makeClass('analysis', ANALYSIS_STUDENTS);
		const assignmentId = Number(
			assign.run(analysed.classId, quizId, now, null, settings).lastInsertRowid
		);
		analysed.students.forEach((s, i) => {
			const attemptId = Number(
				attempt.run(assignmentId, s, now, now, 0, QUESTIONS).lastInsertRowid
			);
			questionIds.forEach((q, j) => {
				const right = (i * 7 + j * 3) % 10 < 6 + (i % 4);
				const answer = j % 2 === 0 ? right === (j % 4 === 0) : right ? 'a' : 'bcd'[(i + j) % 3];
				response.run(attemptId, q, JSON.stringify(answer), right ? 1 : 0, right ? 1 : 0, now);
			});
		});
		const teacher: PublicUser = {
			id: teacherId,
			username: 'bench-teacher',
			displayName: 'Bench Teacher',
			role: 'teacher'
		};
		return { teacher, classId: book.classId, assignmentId };
	})();
}

export async function benchReports(): Promise<void> {
	const cleanup = useTempDatabase();
	try {
		const { teacher, classId, assignmentId } = fill();
		const sqlite = db().$client;
		const bareBook = sqlite.prepare(
			'SELECT t.user_id, t.assignment_id, t.score, t.max_score, t.submitted_at, t.late FROM attempts t JOIN assignments a ON a.id = t.assignment_id WHERE a.class_id = ?'
		);
		const bareItems = sqlite.prepare(
			'SELECT r.attempt_id, r.question_id, r.answer FROM responses r JOIN attempts t ON t.id = r.attempt_id WHERE t.assignment_id = ? AND t.submitted_at IS NOT NULL'
		);
		const responses = bareItems.all(assignmentId).length;
		const bookMs = await time(() => gradebook(teacher, classId), 50);
		const bareBookMs = await time(() => bareBook.all(classId), 50);
		const itemsMs = await time(() => itemAnalysis(teacher, assignmentId, 'all'), 20);
		const bareItemsMs = await time(() => bareItems.all(assignmentId), 20);
		const line = (label: string, ms: number, bare: number) =>
			console.log(
				`  ${label.padEnd(44)} ${ms.toFixed(2).padStart(7)} ms  bare query ${bare.toFixed(2).padStart(6)} ms  ratio ${(ms / bare).toFixed(2)}`
			);
		console.log('\nTeacher reports (goal: ratio ≤ 2 against the bare indexed query)');
		line(`gradebook, ${STUDENTS} students × ${ASSIGNMENTS} assignments`, bookMs, bareBookMs);
		line(`item analysis, ${responses.toLocaleString('en')} responses`, itemsMs, bareItemsMs);
	} finally {
		cleanup();
	}
}
