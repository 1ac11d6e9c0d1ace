/**
 * Every page and download address the app links or redirects to, built in one place (as
 * immich's route constants are): a route renamed under `src/routes` changes here, and
 * `paths.test.ts` fails when one of these no longer names a route. A query string or fragment
 * that only reports what just happened (`?saved=1`, `#q4`) stays with the caller.
 */
type Id = number | string;

export const paths = {
	home: '/',
	login: '/login',
	/** The login page, coming back to `next` (a path on this site) once signed in. */
	loginNext: (next: string) => `/login?next=${encodeURIComponent(next)}`,
	signup: '/signup',
	logout: '/logout',
	account: '/account',
	accountExport: '/account/export.json',
	join: '/join',

	articles: '/articles',
	newArticle: '/articles/new',
	article: (articleId: Id) => `/articles/${articleId}`,
	importQuiz: (articleId: Id) => `/articles/${articleId}/import-quiz`,

	quiz: (quizId: Id) => `/quizzes/${quizId}`,
	quizPrint: (quizId: Id) => `/quizzes/${quizId}/print`,
	answerKey: (quizId: Id) => `/quizzes/${quizId}/print?key=1`,
	quizExport: (quizId: Id, format: string) => `/quizzes/${quizId}/export/${format}`,

	class: (classId: Id) => `/classes/${classId}`,
	gradebook: (classId: Id) => `/classes/${classId}/gradebook`,
	gradebookCsv: (classId: Id) => `/classes/${classId}/gradebook.csv`,
	gradebookAttemptsCsv: (classId: Id) => `/classes/${classId}/gradebook/attempts.csv`,
	classStudent: (classId: Id, studentId: Id) => `/classes/${classId}/gradebook/${studentId}`,
	studentExport: (classId: Id, studentId: Id) =>
		`/classes/${classId}/students/${studentId}/export.json`,
	skills: (classId: Id) => `/classes/${classId}/skills`,
	skillsCsv: (classId: Id) => `/classes/${classId}/skills.csv`,

	assignment: (assignmentId: Id) => `/assignments/${assignmentId}`,
	attempt: (assignmentId: Id, attemptId: Id) =>
		`/assignments/${assignmentId}/attempts/${attemptId}`,
	analysis: (assignmentId: Id) => `/assignments/${assignmentId}/analysis`,
	analysisCsv: (assignmentId: Id) => `/assignments/${assignmentId}/analysis/items.csv`,

	/** The new-debate form, with the article or class chosen when the link says which. */
	newDebate: (chosen: { articleId?: Id; classId?: Id } = {}) => {
		const query = new URLSearchParams();
		for (const [key, value] of Object.entries(chosen)) query.set(key, String(value));
		const text = query.toString();
		return text ? `/debates/new?${text}` : '/debates/new';
	},
	debate: (debateId: Id) => `/debates/${debateId}`,
	debateResults: (debateId: Id) => `/debates/${debateId}/results`,
	debateRubric: (debateId: Id) => `/debates/${debateId}/rubric`,
	debateTranscript: (debateId: Id) => `/debates/${debateId}/transcript`,
	debateTranscriptMd: (debateId: Id) => `/debates/${debateId}/transcript.md`,
	debateScoresCsv: (debateId: Id) => `/debates/${debateId}/scores.csv`,
	/** A class debate's small groups: the split form, and the results of every group together. */
	debateGroups: (debateId: Id) => `/debates/${debateId}/groups`,
	debateGroupResults: (debateId: Id) => `/debates/${debateId}/groups/results`,
	/** The room's event stream and its catch-up snapshot. */
	debateEvents: (debateId: Id) => `/debates/${debateId}/events`,
	debateLive: (debateId: Id) => `/debates/${debateId}/live`
} as const;
