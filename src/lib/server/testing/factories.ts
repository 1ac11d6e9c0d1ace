import type { Skill } from '../../quizgen/skills';
import { DEFAULT_SETTINGS, type AssignmentSettings } from '../../quizzes/types';
import { acceptProposal, saveImport } from '../articles/article-import';
import * as classes from '../classes/classes';
import { transaction } from '../db';
import type { Attempt, Debate } from '../db/schema';
import { posts, quizzes as quizTable } from '../db/tables';
import * as debates from '../debates/debates';
import * as answers from '../quizzes/answers';
import * as assignments from '../quizzes/assignments';
import * as attempts from '../quizzes/attempts';
import * as generation from '../quizzes/quiz-generation';
import type { GenerateRequest } from '../quizzes/quiz-generation';
import * as quizzes from '../quizzes/quizzes';
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

/** Students with these display names, one each, in the order given. */
export function makeStudents<const Names extends readonly string[]>(
	names: Names
): Promise<{ -readonly [K in keyof Names]: PublicUser }> {
	const made = Promise.all(names.map((displayName) => makeUser('student', { displayName })));
	// Promise.all over a mapped array loses the tuple: one user per name, in order.
	return made as Promise<{ -readonly [K in keyof Names]: PublicUser }>;
}

/** A short local-news article the server tests share: numbers, a quote, two named people. */
export const BUS_LANES = `Town Council Approves New Bus Lanes\n\nThe council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ruiz said.\n\nThe lanes will cost $4 million and open in March, according to the transport office.\n\n“Buses will be faster for 12,000 riders,” said Ruiz.\n\nCritics, led by councillor Tom Berg, argued that shops would lose parking.`;

/**
 * A class of the teacher's with `students` enrolled and an article imported through the
 * teacher's path (the cleaner's proposal accepted) and shared with it.
 */
export async function makeClassWithArticle(
	teacher: PublicUser,
	students: PublicUser[],
	raw = BUS_LANES,
	name = 'Civics'
) {
	const klass = await classes.create(teacher, name);
	for (const student of students) await classes.join(student, klass.joinCode);
	const article = await makeArticle(teacher, raw, { classIds: [klass.id] });
	return { klass, article };
}

/** The motion and sides of the debate the server tests share. */
const BUS_LANES_MOTION = {
	motion: 'The bus lanes are worth it.',
	sideFor: 'Lanes',
	sideAgainst: 'Parking'
} as const;

/** A debate on the class's article (paused in Prepare, as a new one opens); settings changed. */
export function makeDebate(
	teacher: PublicUser,
	target: { classId: number; articleId: number },
	settings?: debates.NewDebate['settings']
): Promise<Debate> {
	return debates.create(teacher, { ...target, ...BUS_LANES_MOTION, ...(settings && { settings }) });
}

/**
 * A debate room as a test of its reads needs it: a teacher's debate on a class article with one
 * student ("Sam") a member, and `count` posts by the student written straight as rows (no phase
 * or limit applies): `parentOf(i)` is the index post `i` answers, null for a new thread.
 */
export async function makeRoom(
	count = 0,
	parentOf: (i: number) => number | null = () => null
): Promise<{ debate: Debate; teacher: PublicUser; student: PublicUser; ids: number[] }> {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student', { displayName: 'Sam' });
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	const debate = await makeDebate(teacher, { classId: klass.id, articleId: article.id });
	await debates.addMember(debate, student);
	const ids: number[] = [];
	for (let i = 0; i < count; i++) {
		const parent = parentOf(i);
		const [row] = await transaction((tx) =>
			tx
				.insert(posts)
				.values({
					debateId: debate.id,
					authorId: student.id,
					side: 'for',
					phase: 'opening',
					kind: parent === null ? 'claim' : 'rebuttal',
					parentId: parent === null ? null : ids[parent]!,
					claim: `Post ${i}`,
					createdAt: Date.now()
				})
				.returning({ id: posts.id })
		);
		ids.push(row!.id);
	}
	return { debate, teacher, student, ids };
}

/** An article of the teacher's imported from raw text as the app imports it (proposal accepted). */
export async function makeArticle(
	teacher: PublicUser,
	raw = BUS_LANES,
	options: { title?: string; classIds?: number[] } = {}
) {
	const article = await saveImport(teacher, raw, {
		keep: acceptProposal(raw).keep,
		details: {
			title: options.title ?? 'Bus lanes',
			standfirst: null,
			byline: null,
			source: null,
			publishedOn: null
		},
		classIds: options.classIds ?? []
	});
	if (!article) throw new Error('The test article has no body');
	return article;
}

/** A generated draft quiz on one of the teacher's articles; throws if the engine wrote none. */
export async function makeQuiz(
	teacher: PublicUser,
	articleId: number,
	request: GenerateRequest = {}
) {
	const outcome = await generation.generate(teacher, articleId, request);
	if (!outcome.ok) throw new Error(outcome.reason);
	return outcome.quiz;
}

/** A generated quiz, published so it can be assigned. */
export async function makePublishedQuiz(
	teacher: PublicUser,
	articleId: number,
	request: GenerateRequest = {}
) {
	const quiz = await makeQuiz(teacher, articleId, request);
	await quizzes.publish(teacher, quiz.id);
	return quiz;
}

/** What one true/false question of `makeTrueFalseQuiz` tests and where its evidence is. */
export interface TrueFalseQuestion {
	skill?: Skill | null;
	/** The generator rule said to have written it; without one the question is the teacher's. */
	rule?: string;
	evidence?: quizzes.Evidence | null;
}

/**
 * A published quiz of true/false questions whose keys are all True, so a test can count scores
 * by hand: `questions` is how many, or one description each. The ids come in quiz order.
 */
export async function makeTrueFalseQuiz(
	teacher: PublicUser,
	articleId: number,
	questions: number | TrueFalseQuestion[]
) {
	const specs =
		typeof questions === 'number' ? Array.from({ length: questions }, () => ({})) : questions;
	const [quiz] = await transaction((tx) =>
		tx
			.insert(quizTable)
			.values({ articleId, ownerId: teacher.id, title: 'True or false' })
			.returning()
	);
	const ids = await quizzes.insertQuestions(
		quiz!.id,
		specs.map((spec: TrueFalseQuestion, position) => ({
			position,
			input: {
				prompt: `Statement ${position + 1}`,
				content: { kind: 'true_false', correct: true },
				explanation: '',
				evidence: spec.evidence ?? null,
				points: 1,
				skill: spec.skill ?? null
			},
			rule: spec.rule ?? null
		}))
	);
	if (!(await quizzes.publish(teacher, quiz!.id))) {
		throw new Error('The test quiz has no questions');
	}
	return { quiz: quiz!, ids };
}

export interface AssignOptions {
	opensAt?: number;
	dueAt?: number | null;
	/** Changed from the defaults. */
	settings?: Partial<AssignmentSettings>;
}

/** Assigns a published quiz to the class: open since the epoch, no due date, default settings. */
export function assignQuiz(
	teacher: PublicUser,
	classId: number,
	quizId: number,
	options: AssignOptions = {}
) {
	return assignments.create(teacher, {
		classId,
		quizId,
		opensAt: options.opensAt ?? 0,
		dueAt: options.dueAt ?? null,
		settings: { ...DEFAULT_SETTINGS, ...options.settings }
	});
}

/** A quiz of true/false questions (see `makeTrueFalseQuiz`) assigned to the class. */
export async function makeAssignedQuiz(
	teacher: PublicUser,
	target: { classId: number; articleId: number },
	questions: number | TrueFalseQuestion[],
	options: AssignOptions = {}
) {
	const { quiz, ids } = await makeTrueFalseQuiz(teacher, target.articleId, questions);
	const assignment = await assignQuiz(teacher, target.classId, quiz.id, options);
	return { quiz, ids, assignment };
}

/** The student's open attempt (a new one when none is open); throws when the start is refused. */
export async function startAttempt(
	student: PublicUser,
	assignmentId: number,
	now = Date.now()
): Promise<Attempt> {
	const started = await attempts.start(student, assignmentId, now);
	if (!started.ok) throw new Error(`The attempt was refused: ${started.reason}`);
	return started.attempt;
}

/**
 * A student answers a true/false quiz and submits at `at`: mark 1 is right (True), 0 wrong.
 * The attempt starts a second before and each answer is saved half a second before.
 */
export async function takeQuiz(
	student: PublicUser,
	assignmentId: number,
	questionIds: number[],
	marks: (0 | 1)[],
	at: number
): Promise<Attempt> {
	const attempt = await startAttempt(student, assignmentId, at - 1000);
	for (const [i, mark] of marks.entries()) {
		const saved = await answers.saveResponse(
			student,
			attempt.id,
			questionIds[i]!,
			mark === 1,
			at - 500
		);
		if (!saved.ok) throw new Error(`The answer was refused: ${saved.reason}`);
	}
	const submitted = await attempts.submit(student, attempt.id, at);
	if (!submitted) throw new Error('The attempt could not be submitted');
	return submitted;
}
