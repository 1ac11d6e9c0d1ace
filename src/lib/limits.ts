// Kept apart from the zod schemas in validation.ts: client components import it without zod.
/** The longest each field may be: the schemas below and the forms' `maxlength` read these. */
export const MAX_LENGTH = {
	username: 32,
	displayName: 80,
	password: 255,
	className: 80,
	/** A pasted class list: about 200 names. */
	nameList: 20_000,
	articleTitle: 300,
	standfirst: 1000,
	byline: 200,
	source: 200,
	term: 80,
	definition: 500
} as const;

/** The shortest username and password an account may have. */
export const MIN_LENGTH = { username: 3, password: 8 } as const;

/** The longest quiz time limit a teacher may set, in minutes. */
export const TIME_LIMIT_MAX_MINUTES = 300;

/**
 * The quiz editor's limits: a question's prompt, options and explanation, a quiz's title, and
 * the points a question may be worth.
 */
export const QUESTION_LIMITS = {
	prompt: 1000,
	option: 300,
	options: 8,
	explanation: 1000,
	quizTitle: 200,
	minPoints: 1,
	maxPoints: 10,
	/** Typed answers a short-answer or blank question accepts. */
	acceptedAnswers: 20
} as const;

/** The most attempts a teacher may allow at one assignment, short of "unlimited". */
export const MAX_ATTEMPTS = 10;
