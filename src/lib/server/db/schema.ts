import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

/** Times are UTC milliseconds since the epoch (DESIGN.md). */
const createdAt = () =>
	integer('created_at', { mode: 'number' })
		.notNull()
		.default(sql`(unixepoch() * 1000)`);

export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	role: text('role', { enum: ['teacher', 'student'] }).notNull(),
	passwordHash: text('password_hash').notNull(),
	createdAt: createdAt()
});

export const sessions = sqliteTable(
	'sessions',
	{
		/** sha256(token) as hex: a leaked database row cannot be replayed as a cookie. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'number' }).notNull()
	},
	(table) => [index('sessions_user_idx').on(table.userId)]
);

export const classes = sqliteTable(
	'classes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		teacherId: integer('teacher_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinCode: text('join_code').notNull().unique(),
		archivedAt: integer('archived_at', { mode: 'number' }),
		createdAt: createdAt()
	},
	(table) => [index('classes_teacher_idx').on(table.teacherId)]
);

export const enrollments = sqliteTable(
	'enrollments',
	{
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		joinedAt: integer('joined_at', { mode: 'number' }).notNull()
	},
	(table) => [
		primaryKey({ columns: [table.classId, table.userId] }),
		index('enrollments_user_idx').on(table.userId)
	]
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type Class = typeof classes.$inferSelect;
export type Enrollment = typeof enrollments.$inferSelect;
export type Role = User['role'];

export const articles = sqliteTable(
	'articles',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		ownerId: integer('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		standfirst: text('standfirst'),
		byline: text('byline'),
		source: text('source'),
		publishedOn: text('published_on'),
		/** Partner and agency credit lines, JSON array of strings. */
		credits: text('credits', { mode: 'json' }).$type<string[]>().notNull().default([]),
		/** The text as pasted or uploaded, kept so a later, better cleaner can be run again. */
		rawText: text('raw_text').notNull(),
		createdAt: createdAt()
	},
	(table) => [index('articles_owner_idx').on(table.ownerId)]
);

export const paragraphs = sqliteTable(
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
export const articleClasses = sqliteTable(
	'article_classes',
	{
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		classId: integer('class_id')
			.notNull()
			.references(() => classes.id, { onDelete: 'cascade' }),
		sharedAt: integer('shared_at', { mode: 'number' }).notNull()
	},
	(table) => [
		primaryKey({ columns: [table.articleId, table.classId] }),
		index('article_classes_class_idx').on(table.classId)
	]
);

export const glossaryTerms = sqliteTable(
	'glossary_terms',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		term: text('term').notNull(),
		definition: text('definition').notNull()
	},
	(table) => [uniqueIndex('glossary_article_term_idx').on(table.articleId, table.term)]
);

export type Article = typeof articles.$inferSelect;
export type Paragraph = typeof paragraphs.$inferSelect;
export type GlossaryTerm = typeof glossaryTerms.$inferSelect;
