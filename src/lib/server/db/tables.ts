/**
 * The tables of the active dialect, for domain code written once for SQLite and PostgreSQL
 * (issue 18). Each is a live binding: `useTables('postgres')`, called when the app's database
 * is opened, points every one at schema.pg.ts, and an importer reads the new table at its next
 * use. The declared types are SQLite's: the two schemas have the same keys and row shapes
 * (schema-drift.test.ts), and domain code only builds queries that both dialects accept.
 * Row types (`User`, `Post`…) still come from schema.ts.
 *
 * Generated from the two schema files' table names; keep it in step when a table is added.
 */
import * as sqlite from './schema';
import * as pg from './schema.pg';

export let users = sqlite.users;
export let demo = sqlite.demo;
export let demoAccounts = sqlite.demoAccounts;
export let sessions = sqlite.sessions;
export let classes = sqlite.classes;
export let enrollments = sqlite.enrollments;
export let articles = sqlite.articles;
export let paragraphs = sqlite.paragraphs;
export let articleClasses = sqlite.articleClasses;
export let glossaryTerms = sqlite.glossaryTerms;
export let quizzes = sqlite.quizzes;
export let questions = sqlite.questions;
export let assignments = sqlite.assignments;
export let accommodations = sqlite.accommodations;
export let attempts = sqlite.attempts;
export let responses = sqlite.responses;
export let questionReports = sqlite.questionReports;
export let debates = sqlite.debates;
export let debateMembers = sqlite.debateMembers;
export let posts = sqlite.posts;
export let reactions = sqlite.reactions;
export let flags = sqlite.flags;
export let rubricScores = sqlite.rubricScores;
export let events = sqlite.events;
export let excusals = sqlite.excusals;
export let limitCounters = sqlite.limitCounters;

export type Dialect = 'sqlite' | 'postgres';

/** Points every table at the given dialect's schema; the app's database calls it on opening. */
export function useTables(dialect: Dialect): void {
	const from = (dialect === 'postgres' ? pg : sqlite) as unknown as typeof sqlite;
	users = from.users;
	demo = from.demo;
	demoAccounts = from.demoAccounts;
	sessions = from.sessions;
	classes = from.classes;
	enrollments = from.enrollments;
	articles = from.articles;
	paragraphs = from.paragraphs;
	articleClasses = from.articleClasses;
	glossaryTerms = from.glossaryTerms;
	quizzes = from.quizzes;
	questions = from.questions;
	assignments = from.assignments;
	accommodations = from.accommodations;
	attempts = from.attempts;
	responses = from.responses;
	questionReports = from.questionReports;
	debates = from.debates;
	debateMembers = from.debateMembers;
	posts = from.posts;
	reactions = from.reactions;
	flags = from.flags;
	rubricScores = from.rubricScores;
	events = from.events;
	excusals = from.excusals;
	limitCounters = from.limitCounters;
}
