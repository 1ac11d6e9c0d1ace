import { sampleAnswer } from '../../quizzes/sample-answers';
import { DEFAULT_SETTINGS } from '../../quizzes/types';
import * as assignments from '../quizzes/assignments';
import * as attempts from '../quizzes/attempts';
import * as answers from '../quizzes/answers';
import type { PublicUser } from '../auth/public-user';
import * as generation from '../quizzes/quiz-generation';
import * as quizzes from '../quizzes/quizzes';
import { DAY_MS, MINUTE_MS } from '../../time';

/** How often each demo student (student1 … student5) answers right: a spread for the reports. */
const ACCURACY = [0.95, 0.8, 0.65, 0.5, 0.3];

/** A deterministic "random" in [0, 1) so the demo is the same on every machine. */
function unit(a: number, b: number): number {
	const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
	return x - Math.floor(x);
}

/** The demo quiz: generated, published, assigned, and answered by all but the last student. */
export async function seedQuiz(
	teacher: PublicUser,
	classId: number,
	articleId: number,
	students: PublicUser[]
) {
	const generated = await generation.generate(teacher, articleId, { count: 12 });
	if (!generated.ok) throw new Error(`The demo article gave no quiz: ${generated.reason}`);
	const quiz = generated.quiz;
	await quizzes.rename(teacher, quiz.id, 'Cartel crackdown: reading check');
	await quizzes.publish(teacher, quiz.id);
	const now = Date.now();
	const assignment = await assignments.create(teacher, {
		classId,
		quizId: quiz.id,
		opensAt: now - 2 * DAY_MS,
		dueAt: now + 5 * DAY_MS,
		settings: { ...DEFAULT_SETTINGS, attemptsAllowed: 2 }
	});
	const list = await quizzes.liveQuestions(quiz.id);
	for (const [s, student] of students.slice(0, ACCURACY.length).entries()) {
		const started = await attempts.start(student, assignment.id, now - DAY_MS + s * MINUTE_MS);
		if (!started.ok) continue;
		for (const question of list) {
			const right = unit(s + 1, question.id) < ACCURACY[s]!;
			await answers.saveResponse(
				student,
				started.attempt.id,
				question.id,
				sampleAnswer(question.content, right)
			);
		}
		await attempts.submit(
			student,
			started.attempt.id,
			now - DAY_MS + s * MINUTE_MS + 9 * MINUTE_MS
		);
	}
	return { quiz, assignment };
}
