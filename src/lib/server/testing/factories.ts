import { acceptProposal, saveImport } from '../articles/article-import';
import * as classes from '../classes/classes';
import * as generation from '../quizzes/quiz-generation';
import type { GenerateRequest } from '../quizzes/quiz-generation';
import { createUser, type PublicUser } from '../auth/users';

let sequence = 0;

/** A user with a unique username; every field can be overridden. */
export function makeUser(
	role: 'teacher' | 'student',
	overrides: Partial<{ username: string; displayName: string; password: string }> = {}
): Promise<PublicUser> {
	sequence += 1;
	return createUser({
		username: overrides.username ?? `${role}${sequence}`,
		displayName: overrides.displayName ?? `${role} number ${sequence}`,
		password: overrides.password ?? 'factory-password',
		role
	});
}

/** A short local-news article the server tests share: numbers, a quote, two named people. */
export const BUS_LANES = `Town Council Approves New Bus Lanes\n\nThe council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.\n\nThe lanes will cost $4 million and open in March, according to the transport office.\n\n“Buses will be faster for 12,000 riders,” said Ruiz.\n\nCritics, led by councillor Tom Berg, argued that shops would lose parking.`;

/**
 * A class of the teacher's with `students` enrolled and an article imported through the
 * teacher's path (the cleaner's proposal accepted) and shared with it.
 */
export function makeClassWithArticle(
	teacher: PublicUser,
	students: PublicUser[],
	raw = BUS_LANES,
	name = 'Civics'
) {
	const klass = classes.create(teacher, name);
	for (const student of students) classes.join(student, klass.joinCode);
	const article = saveImport(teacher, raw, {
		keep: acceptProposal(raw).keep,
		details: {
			title: 'Bus lanes',
			standfirst: null,
			byline: null,
			source: null,
			publishedOn: null
		},
		classIds: [klass.id]
	});
	if (!article) throw new Error('The test article has no body');
	return { klass, article };
}

/** A generated draft quiz on one of the teacher's articles; throws if the engine wrote none. */
export function makeQuiz(teacher: PublicUser, articleId: number, request: GenerateRequest = {}) {
	const outcome = generation.generate(teacher, articleId, request);
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome.quiz;
}
