import { describe, expect, it } from 'vitest';
import * as articles from '../articles/articles';
import * as assignments from '../quizzes/assignments';
import * as attempts from '../quizzes/attempts';
import * as classes from '../classes/classes';
import { useTestDatabase } from '../testing/test-database';
import { authenticate } from '../auth/users';
import { seedDemo } from './seed';

const DEMO_PASSWORD = 'demo-test-password';

useTestDatabase();

describe('the demo seed', () => {
	it('fills an empty database once, with the class, article, quiz and attempts', async () => {
		expect(await seedDemo(DEMO_PASSWORD)).toBe(true);
		expect(await seedDemo(DEMO_PASSWORD)).toBe(false);
		const teacher = (await authenticate('teacher', DEMO_PASSWORD))!;
		const [klass] = await classes.listTaught(teacher);
		expect(klass).toMatchObject({ name: 'Global Affairs', studentCount: 6 });
		const [article] = await articles.listOwned(teacher);
		expect((await articles.getReadable(teacher, article!.id))?.paragraphs).toHaveLength(12);

		const scores: number[] = [];
		for (let n = 1; n <= 6; n++) {
			const student = (await authenticate(`student${n}`, DEMO_PASSWORD))!;
			expect(await articles.listForStudent(student)).toHaveLength(1);
			const [assignment] = await assignments.listForStudent(student);
			const own = await attempts.listOwn(student, assignment!.id);
			if (n === 6) {
				expect(assignment!.state).toBe('not-started');
				expect(own).toEqual([]);
			} else {
				expect(assignment!.state).toBe('submitted');
				scores.push(own[0]!.score!);
			}
		}
		// A spread of scores, best student first, so reports have something to show.
		expect(new Set(scores).size).toBeGreaterThan(2);
		expect(scores[0]).toBeGreaterThan(scores[4]!);
	});
});
