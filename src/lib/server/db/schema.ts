import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
