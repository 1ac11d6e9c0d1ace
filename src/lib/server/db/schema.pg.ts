/**
 * The PostgreSQL twin of schema.ts, table for table, for DATABASE_URL=postgres://… (issue 18).
 * drizzle has no dialect-neutral table builder, so the two files are kept in step by
 * schema-drift.test.ts: same tables, columns (name, nullability, type family, default or not,
 * vocabulary), keys, unique constraints, checks and indexes. Change both in one commit and
 * generate both migrations (`npm run db:generate`, `npm run db:generate:pg`).
 *
 * Type mapping: ids are identity columns "by default" (an import keeps its ids, then the
 * sequences are moved past them); UTC-millisecond times are bigint read as numbers (they pass
 * 2³¹ in 1970); JSON is jsonb; SQLite's 0/1 booleans are booleans; REAL is double precision.
 * Vocabularies stay text with a TypeScript enum, as in SQLite, so adding a word needs no
 * `ALTER TYPE`. Row types (`User`, `Post`…) come from schema.ts: both dialects read the same shapes.
 */
import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { PHASE_ORDER, POST_KINDS, type DebateSettings } from '../../debate/phases';
import { SIDES } from '../../debate/sides';
import type { PhaseClock } from '../../debate/clock';
import {
	QUESTION_SOURCES,
	QUIZ_STATUSES,
	type AssignmentSettings,
	type QuestionContent
} from '../../quizzes/types';
import { ROLES } from '../../types';
import { SKILLS } from '../../quizgen/skills';
import { REPORT_REASONS } from '../../quizzes/question-reports';
// Two vocabularies are written only inline in schema.ts; read them from there, never retyped.
import { flags as sqliteFlags, reactions as sqliteReactions } from './schema';

function asEnum<T extends string>(values: readonly T[]): [T, ...T[]] {
	return values as [T, ...T[]];
}

/** Times are UTC milliseconds since the epoch (DESIGN.md), beyond a 32-bit integer. */
const millis = (name: string) => bigint(name, { mode: 'number' });

const createdAt = () =>
	millis('created_at')
		.notNull()
		.default(sql`(extract(epoch from now()) * 1000)::bigint`);

export const users = pgTable('users', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	role: text('role', { enum: ROLES }).notNull(),
	passwordHash: text('password_hash').notNull(),
	createdAt: createdAt()
});

/**
 * The demo seeded into an empty database: its password (generated for this database, so a
 * deployed copy has no shared login) and, in demoAccounts, the accounts it created, so a
 * teacher can remove it all at once. At most one row (id 1).
 */
export const demo = pgTable('demo', {
	id: integer('id').primaryKey(),
	password: text('password').notNull(),
	createdAt: createdAt()
});

export const demoAccounts = pgTable('demo_accounts', {
	userId: integer('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' })
});

export const sessions = pgTable(
	'sessions',
	{
		/** sha256(token) as hex: a leaked database row cannot be replayed as a cookie. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: millis('expires_at').notNull()
	},
	(table) => [index('sessions_user_idx').on(table.userId)]
);

export const classes = pgTable(
	'classes',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		name: text('name').notNull(),
		teacherId: integer('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinCode: text('join_code').notNull().unique(),
		archivedAt: millis('archived_at'),
		createdAt: createdAt()
	},
	(table) => [index('classes_teacher_idx').on(table.teacherId)]
);

export const enrollments = pgTable(
	'enrollments',
	{
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: millis('joined_at').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.classId, table.userId] }),
		index('enrollments_user_idx').on(table.userId)
	]
);

export type Session = typeof sessions.$inferSelect;
export type Enrollment = typeof enrollments.$inferSelect;

export const articles = pgTable(
	'articles',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		ownerId: integer('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		standfirst: text('standfirst'),
		byline: text('byline'),
		source: text('source'),
		publishedOn: text('published_on'),
		/** BCP 47 language of the body ('en', 'es'), 'und' when not detected; the reader's `lang`. */
		language: text('language').notNull().default('und'),
		/** Partner and agency credit lines, JSON array of strings. */
		credits: jsonb('credits').$type<string[]>().notNull().default([]),
		/** The text as pasted or uploaded, kept so a later, better cleaner can be run again. */
		rawText: text('raw_text').notNull(),
		createdAt: createdAt()
	},
	(table) => [index('articles_owner_idx').on(table.ownerId)]
);

export const paragraphs = pgTable(
	'paragraphs',
	{
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		/** 0-based; evidence spans and `#p` anchors (1-based for people) refer to it. */
		position: integer('position').notNull(),
		text: text('text').notNull()
	},
	(table) => [primaryKey({ columns: [table.articleId, table.position] })]
);

/** Which classes may read an article: a teacher shares their own article with their own class. */
export const articleClasses = pgTable(
	'article_classes',
	{
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		sharedAt: millis('shared_at').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.articleId, table.classId] }),
		index('article_classes_class_idx').on(table.classId)
	]
);

export const glossaryTerms = pgTable(
	'glossary_terms',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		term: text('term').notNull(),
		definition: text('definition').notNull()
	},
	(table) => [uniqueIndex('glossary_article_term_idx').on(table.articleId, table.term)]
);

export type Paragraph = typeof paragraphs.$inferSelect;

export const quizzes = pgTable(
	'quizzes',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		ownerId: integer('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		status: text('status', { enum: QUIZ_STATUSES }).notNull().default('draft'),
		/** The quiz this one was copied from, when a graded quiz was edited as a new version. */
		previousVersionId: integer('previous_version_id').references((): AnyPgColumn => quizzes.id, {
			onDelete: 'set null'
		}),
		/** The generator's sentences on why it wrote fewer questions than asked, shown after generating. */
		generationNotes: jsonb('generation_notes').$type<string[]>().notNull().default([]),
		createdAt: createdAt(),
		publishedAt: millis('published_at')
	},
	(table) => [
		index('quizzes_article_idx').on(table.articleId),
		index('quizzes_owner_idx').on(table.ownerId)
	]
);

/**
 * One question. `content` holds what the student sees and what grading needs, in the grader's
 * shape (src/lib/grading/types.ts); it never reaches a student before the attempt is submitted.
 */
export const questions = pgTable(
	'questions',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		quizId: integer('quiz_id')
			.notNull()
			.references(() => quizzes.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		prompt: text('prompt').notNull(),
		content: jsonb('content').$type<QuestionContent>().notNull(),
		explanation: text('explanation').notNull().default(''),
		evidenceParagraph: integer('evidence_paragraph'),
		evidenceStart: integer('evidence_start'),
		evidenceEnd: integer('evidence_end'),
		points: integer('points').notNull().default(1),
		source: text('source', { enum: QUESTION_SOURCES }).notNull(),
		rule: text('rule'),
		/** The reading skill it tests; null for a teacher's question that names none. */
		skill: text('skill', { enum: SKILLS }),
		/** Set when a teacher discards a draft: kept for the record, never shown. */
		retiredAt: millis('retired_at')
	},
	(table) => [
		index('questions_quiz_idx').on(table.quizId, table.position),
		check('questions_evidence_range', sql`${table.evidenceStart} <= ${table.evidenceEnd}`)
	]
);

export const assignments = pgTable(
	'assignments',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		quizId: integer('quiz_id')
			.notNull()
			.references(() => quizzes.id, { onDelete: 'cascade' }),
		opensAt: millis('opens_at').notNull(),
		dueAt: millis('due_at'),
		settings: jsonb('settings').$type<AssignmentSettings>().notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('assignments_class_idx').on(table.classId),
		index('assignments_quiz_idx').on(table.quizId)
	]
);

/** Extra time for one student on one assignment (an accommodation), e.g. 1.5 × the limit. */
export const accommodations = pgTable(
	'accommodations',
	{
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		timeMultiplier: doublePrecision('time_multiplier').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.assignmentId, table.userId] }),
		check('accommodations_time_multiplier', sql`${table.timeMultiplier} > 0`)
	]
);

export const attempts = pgTable(
	'attempts',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		startedAt: millis('started_at').notNull(),
		/** When the server closes the attempt (time limit × accommodation); null when untimed. */
		deadlineAt: millis('deadline_at'),
		submittedAt: millis('submitted_at'),
		late: boolean('late').notNull().default(false),
		score: doublePrecision('score'),
		maxScore: doublePrecision('max_score')
	},
	(table) => [
		index('attempts_assignment_user_idx').on(table.assignmentId, table.userId),
		index('attempts_user_idx').on(table.userId)
	]
);

export const responses = pgTable(
	'responses',
	{
		attemptId: integer('attempt_id')
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		questionId: integer('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		answer: jsonb('answer').notNull(),
		isCorrect: boolean('is_correct'),
		points: doublePrecision('points'),
		savedAt: millis('saved_at').notNull(),
		/** How many different answers were saved (1 for the first); guided reading reports it. */
		tries: integer('tries').notNull().default(1),
		/** When the browser's autosave saw the answer change: an older save arriving later loses. */
		typedAt: millis('typed_at')
	},
	(table) => [
		primaryKey({ columns: [table.attemptId, table.questionId] }),
		index('responses_question_idx').on(table.questionId)
	]
);

/** A student's report of a problem with a question, after submitting: one per student and question. */
export const questionReports = pgTable(
	'question_reports',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		questionId: integer('question_id')
			.notNull()
			.references(() => questions.id, { onDelete: 'cascade' }),
		attemptId: integer('attempt_id')
			.notNull()
			.references(() => attempts.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason', { enum: REPORT_REASONS }).notNull(),
		note: text('note').notNull().default(''),
		createdAt: millis('created_at').notNull()
	},
	(table) => [
		uniqueIndex('question_reports_question_user_idx').on(table.questionId, table.userId),
		index('question_reports_attempt_idx').on(table.attemptId),
		index('question_reports_user_idx').on(table.userId)
	]
);

export type QuestionRow = typeof questions.$inferSelect;
export type Attempt = typeof attempts.$inferSelect;

export const debates = pgTable(
	'debates',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		motion: text('motion').notNull(),
		/** Side names: "for" argues the motion (e.g. Intervention), "against" opposes it. */
		sideFor: text('side_for').notNull(),
		sideAgainst: text('side_against').notNull(),
		phase: text('phase', { enum: asEnum(PHASE_ORDER) }).notNull(),
		/** The phase clock (src/lib/debate/clock.ts): running with an end, or paused with time left. */
		clock: jsonb('clock').$type<PhaseClock>().notNull(),
		settings: jsonb('settings').$type<DebateSettings>().notNull(),
		rubricReleasedAt: millis('rubric_released_at'),
		/** Keys the room's pseudonyms (src/lib/debate/pseudonyms.ts); never sent to a browser. */
		pseudonymSecret: text('pseudonym_secret').notNull().default(''),
		/** A small group's class debate (see schema.ts); null on a class debate. */
		parentId: integer('parent_id').references((): AnyPgColumn => debates.id, {
			onDelete: 'cascade'
		}),
		groupName: text('group_name'),
		createdAt: createdAt()
	},
	(table) => [
		index('debates_class_idx').on(table.classId),
		index('debates_article_idx').on(table.articleId),
		index('debates_parent_idx').on(table.parentId)
	]
);

export const debateMembers = pgTable(
	'debate_members',
	{
		debateId: integer('debate_id')
			.notNull()
			.references(() => debates.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		side: text('side', { enum: asEnum(SIDES) }),
		stanceBefore: integer('stance_before'),
		stanceAfter: integer('stance_after'),
		changeNote: text('change_note'),
		joinedAt: millis('joined_at').notNull()
	},
	(table) => [primaryKey({ columns: [table.debateId, table.userId] })]
);

export const posts = pgTable(
	'posts',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		debateId: integer('debate_id')
			.notNull()
			.references(() => debates.id, { onDelete: 'cascade' }),
		authorId: integer('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		side: text('side', { enum: asEnum(SIDES) }).notNull(),
		phase: text('phase', { enum: asEnum(PHASE_ORDER) }).notNull(),
		kind: text('kind', { enum: asEnum(POST_KINDS) }).notNull(),
		/** The post this one answers; a parent erased with its author leaves the answer standing. */
		parentId: integer('parent_id').references((): AnyPgColumn => posts.id, {
			onDelete: 'set null'
		}),
		claim: text('claim').notNull(),
		evidenceParagraph: integer('evidence_paragraph'),
		evidenceStart: integer('evidence_start'),
		evidenceEnd: integer('evidence_end'),
		evidenceQuote: text('evidence_quote'),
		reasoning: text('reasoning').notNull().default(''),
		createdAt: millis('created_at').notNull(),
		editedAt: millis('edited_at'),
		hiddenAt: millis('hidden_at'),
		hiddenBy: integer('hidden_by').references(() => users.id, { onDelete: 'set null' }),
		hiddenReason: text('hidden_reason'),
		pinned: boolean('pinned').notNull().default(false)
	},
	(table) => [
		index('posts_debate_idx').on(table.debateId, table.id),
		// The room's window of latest threads and each thread's replies (debates/thread-window).
		index('posts_thread_idx').on(table.debateId, table.parentId, table.id),
		index('posts_pinned_idx').on(table.debateId, table.pinned),
		index('posts_author_idx').on(table.authorId),
		check('posts_evidence_range', sql`${table.evidenceStart} <= ${table.evidenceEnd}`)
	]
);

export const reactions = pgTable(
	'reactions',
	{
		postId: integer('post_id')
			.notNull()
			.references(() => posts.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: asEnum(sqliteReactions.kind.enumValues) }).notNull(),
		note: text('note'),
		createdAt: millis('created_at').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.postId, table.userId, table.kind] }),
		index('reactions_user_idx').on(table.userId)
	]
);

export const flags = pgTable(
	'flags',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		postId: integer('post_id')
			.notNull()
			.references(() => posts.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		reason: text('reason', { enum: asEnum(sqliteFlags.reason.enumValues) }).notNull(),
		authorReply: text('author_reply'),
		resolvedAt: millis('resolved_at'),
		createdAt: millis('created_at').notNull()
	},
	(table) => [index('flags_post_idx').on(table.postId), index('flags_user_idx').on(table.userId)]
);

export const rubricScores = pgTable(
	'rubric_scores',
	{
		debateId: integer('debate_id')
			.notNull()
			.references(() => debates.id, { onDelete: 'cascade' }),
		studentId: integer('student_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		criterion: text('criterion').notNull(),
		score: integer('score').notNull(),
		comment: text('comment'),
		/** The teacher who scored; null once that teacher's account is deleted. */
		scoredBy: integer('scored_by').references(() => users.id, { onDelete: 'set null' })
	},
	(table) => [
		primaryKey({ columns: [table.debateId, table.studentId, table.criterion] }),
		index('rubric_scores_student_idx').on(table.studentId),
		check('rubric_scores_score_range', sql`${table.score} BETWEEN 1 AND 4`)
	]
);

/** The append-only log behind the live room: a reconnecting client replays from its last id. */
export const events = pgTable(
	'events',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		debateId: integer('debate_id')
			.notNull()
			.references(() => debates.id, { onDelete: 'cascade' }),
		type: text('type').notNull(),
		payload: jsonb('payload').notNull(),
		createdAt: millis('created_at').notNull()
	},
	(table) => [index('events_debate_idx').on(table.debateId, table.id)]
);

export type DebateMember = typeof debateMembers.$inferSelect;
export type DebateEvent = typeof events.$inferSelect;

/** A student excused from one assignment: it shows as "Excused" and leaves their average alone. */
export const excusals = pgTable(
	'excusals',
	{
		assignmentId: integer('assignment_id')
			.notNull()
			.references(() => assignments.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt()
	},
	(table) => [primaryKey({ columns: [table.assignmentId, table.userId] })]
);
