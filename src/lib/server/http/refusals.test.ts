import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { ClassNotFoundError } from '../classes/classes';
import { StudentNotFoundError } from '../classes/privacy';
import { DebateNotFoundError } from '../debates/debates';
import { QuizLockedError } from '../quizzes/quizzes';
import { rethrowNotFound } from './refusals';

function thrownBy(run: () => void): unknown {
	try {
		run();
	} catch (err) {
		return err;
	}
	throw new Error('nothing was thrown');
}

describe('rethrowNotFound', () => {
	it("turns each domain's not-found error into a 404 with the route's sentence", () => {
		for (const err of [
			new ClassNotFoundError(),
			new StudentNotFoundError(),
			new DebateNotFoundError()
		]) {
			const thrown = thrownBy(() => rethrowNotFound(err, 'That class is not one of yours.'));
			expect(isHttpError(thrown, 404)).toBe(true);
			expect((thrown as { body: { message: string } }).body.message).toBe(
				'That class is not one of yours.'
			);
		}
	});

	it('rethrows any other error untouched', () => {
		const locked = new QuizLockedError();
		expect(thrownBy(() => rethrowNotFound(locked, 'unused'))).toBe(locked);
	});
});
