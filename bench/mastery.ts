/**
 * Mastery by skill for a class of 40 students × 30 quizzes of 10 questions (12,000 answers),
 * timed against the bare indexed query that reads the same rows, on one temp database.
 */
import { db } from '../src/lib/server/db';
import * as mastery from '../src/lib/server/reports/mastery';
import type { PublicUser } from '../src/lib/server/auth/public-user';
import { useTempDatabase } from '../src/lib/server/testing/temp-db';
import { SKILLS } from '../src/lib/quizgen/skills';
import { time } from './reports';

const STUDENTS = 40;
const QUIZZES = 30;
const QUESTIONS = 10;

const SETTINGS = JSON.stringify({
	attemptsAllowed: 1,
	counts: 'best',
	timeLimitMinutes: null,
	shuffleQuestions: false,
	shuffleOptions: true,
	feedback: 'after_submit',
	acceptLate: true
});

/** Bulk inserts in the shapes the domain functions write. */
function fill() {
	const sqlite = db().$client;
	const now = Date.now();
	const run = (sql: string, ...values: unknown[]) =>
		Number(sqlite.prepare(sql).run(...values).lastInsertRowid);
	return sqlite.transaction(() => {
		const teacherId = run(
			"INSERT INTO users (username, display_name, role, password_hash) VALUES ('t', 'T', 'teacher', 'x')"
		);
		const classId = run(
			"INSERT INTO classes (name, teacher_id, join_code) VALUES ('c', ?, 'mastery')",
			teacherId
		);
		const students = Array.from({ length: STUDENTS }, (_, i) => {
			const id = run(
				"INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, 'student', 'x')",
				`s${i}`,
				`Student ${i}`
			);
			run(
				'INSERT INTO enrollments (class_id, user_id, joined_at) VALUES (?, ?, ?)',
				classId,
				id,
				now
			);
			return id;
		});
		const articleId = run(
			"INSERT INTO articles (owner_id, title, raw_text) VALUES (?, 'Bench', 'Bench')",
			teacherId
		);
		const answer = sqlite.prepare(
			'INSERT INTO responses (attempt_id, question_id, answer, is_correct, points, saved_at) VALUES (?, ?, ?, ?, ?, ?)'
		);
		for (let q = 0; q < QUIZZES; q++) {
			const quizId = run(
				"INSERT INTO quizzes (article_id, owner_id, title, status) VALUES (?, ?, 'Quiz', 'published')",
				articleId,
				teacherId
			);
			const questionIds = Array.from({ length: QUESTIONS }, (_, j) =>
				run(
					'INSERT INTO questions (quiz_id, position, prompt, content, points, source, skill) VALUES (?, ?, \'Q\', \'{"kind":"true_false","correct":true}\', 1, \'rule\', ?)',
					quizId,
					j,
					SKILLS[(q + j) % SKILLS.length]
				)
			);
			const assignmentId = run(
				'INSERT INTO assignments (class_id, quiz_id, opens_at, due_at, settings) VALUES (?, ?, ?, NULL, ?)',
				classId,
				quizId,
				now - q,
				SETTINGS
			);
			students.forEach((s, i) => {
				const attemptId = run(
					'INSERT INTO attempts (assignment_id, user_id, started_at, submitted_at, score, max_score) VALUES (?, ?, ?, ?, 0, ?)',
					assignmentId,
					s,
					now,
					now + q,
					QUESTIONS
				);
				questionIds.forEach((id, j) => {
					const right = (i * 7 + j * 3 + q) % 10 < 6;
					answer.run(attemptId, id, 'true', right ? 1 : 0, right ? 1 : 0, now);
				});
			});
		}
		const teacher: PublicUser = { id: teacherId, username: 't', displayName: 'T', role: 'teacher' };
		return { teacher, classId };
	})();
}

export async function benchMastery(): Promise<void> {
	const cleanup = useTempDatabase();
	try {
		const { teacher, classId } = fill();
		const bare = db().$client.prepare(
			'SELECT t.user_id, t.assignment_id, q.skill, r.points, q.points, t.submitted_at FROM responses r JOIN attempts t ON t.id = r.attempt_id JOIN assignments a ON a.id = t.assignment_id JOIN questions q ON q.id = r.question_id JOIN enrollments e ON e.class_id = a.class_id AND e.user_id = t.user_id WHERE a.class_id = ? AND t.submitted_at IS NOT NULL AND q.skill IS NOT NULL AND q.retired_at IS NULL'
		);
		const rows = bare.all(classId).length;
		const ms = await time(() => mastery.forClass(teacher, classId), 20);
		const bareMs = await time(() => bare.all(classId), 20);
		console.log('\nMastery by skill (goal: ratio ≤ 2 against the bare indexed query)');
		console.log(
			`  ${`class of ${STUDENTS} × ${QUIZZES} quizzes, ${rows.toLocaleString('en')} answers`.padEnd(44)} ${ms.toFixed(2).padStart(7)} ms  bare query ${bareMs.toFixed(2).padStart(6)} ms  ratio ${(ms / bareMs).toFixed(2)}`
		);
	} finally {
		cleanup();
	}
}
