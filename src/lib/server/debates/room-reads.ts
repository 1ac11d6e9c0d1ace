/**
 * The room page's reads for the posts it shows, prepared once per connection (STYLE 7): built
 * afresh on each load, drizzle's query building cost ~4 ms a load when a class walked in at
 * once. A list of post ids is bound as one JSON array (`json_each` on SQLite,
 * `json_array_elements_text` on PostgreSQL), so one statement serves any window.
 */
import { and, asc, count, eq, getTableColumns, isNull, max, sql, type Column } from 'drizzle-orm';
import { noReactions, type ReactionKind } from '../../debate';
import { dialect, type Db } from '../db';
import { preparedFor } from '../db/prepared';
import {
	articles,
	debateMembers,
	debates,
	events,
	flags,
	posts,
	reactions,
	users
} from '../db/tables';

function prepare(database: Db) {
	const ids = sql.placeholder('ids');
	const postgres = dialect() === 'postgres';
	const inIds = (column: Column) =>
		postgres
			? sql`${column} IN (SELECT value::int FROM json_array_elements_text(${ids}::json))`
			: sql`${column} IN (SELECT value FROM json_each(${ids}))`;
	const debateId = sql.placeholder('debateId');
	const userId = sql.placeholder('userId');
	return {
		rows: database
			.select()
			.from(posts)
			.where(and(eq(posts.debateId, debateId), inIds(posts.id)))
			.orderBy(asc(posts.id))
			.prepare(),
		counts: database
			.select({ postId: reactions.postId, kind: reactions.kind, n: count() })
			.from(reactions)
			.where(inIds(reactions.postId))
			.groupBy(reactions.postId, reactions.kind)
			.prepare(),
		reacted: database
			.select({ postId: reactions.postId, kind: reactions.kind })
			.from(reactions)
			.where(and(inIds(reactions.postId), eq(reactions.userId, userId)))
			.prepare(),
		openFlags: database
			.select({
				id: flags.id,
				postId: flags.postId,
				reason: flags.reason,
				reply: flags.authorReply
			})
			.from(flags)
			.where(and(inIds(flags.postId), isNull(flags.resolvedAt)))
			.prepare(),
		members: database
			.select({ ...getTableColumns(debateMembers), name: users.displayName })
			.from(debateMembers)
			.leftJoin(users, eq(users.id, debateMembers.userId))
			.where(eq(debateMembers.debateId, debateId))
			.orderBy(asc(debateMembers.joinedAt), asc(debateMembers.userId))
			.prepare(),
		title: database
			.select({ title: articles.title })
			.from(articles)
			.where(eq(articles.id, sql.placeholder('articleId')))
			.prepare(),
		lastEvent: database
			.select({ id: max(events.id) })
			.from(events)
			.where(eq(events.debateId, debateId))
			.prepare(),
		groupRoom: database
			.select({ id: debates.id })
			.from(debateMembers)
			.innerJoin(debates, eq(debates.id, debateMembers.debateId))
			.where(and(eq(debates.parentId, debateId), eq(debateMembers.userId, userId)))
			.prepare(),
		firstGroup: database
			.select({ id: debates.id })
			.from(debates)
			.where(eq(debates.parentId, debateId))
			.limit(1)
			.prepare()
	};
}

const reads = preparedFor(prepare);

const json = (ids: readonly number[]) => JSON.stringify(ids);

/** Full rows of these posts of the debate, oldest first. */
export const postRows = (debateId: number, ids: readonly number[]) =>
	reads().rows.execute({ debateId, ids: json(ids) });

/** Reaction counts of these posts only, every kind present for each. */
export async function reactionCountsOf(ids: readonly number[]) {
	const counts = new Map<number, Record<ReactionKind, number>>();
	if (ids.length === 0) return counts;
	for (const row of await reads().counts.execute({ ids: json(ids) })) {
		const entry = counts.get(row.postId) ?? noReactions();
		entry[row.kind] = row.n;
		counts.set(row.postId, entry);
	}
	return counts;
}

/** The viewer's own reactions on these posts. */
export const reactionsBy = (userId: number, ids: readonly number[]) =>
	reads().reacted.execute({ userId, ids: json(ids) });

/** Flags not yet resolved on these posts. */
export const openFlagsOn = (ids: readonly number[]) =>
	reads().openFlags.execute({ ids: json(ids) });

/** The debate's members in join order (as `debates.members`), each with their display name. */
export const roomMembers = (debateId: number) => reads().members.execute({ debateId });

const first = async <T>(rows: Promise<T[]>): Promise<T | undefined> => (await rows)[0];

/** The title of the debate's article. */
export const articleTitle = async (articleId: number) =>
	(await first(reads().title.execute({ articleId })))?.title ?? '';

/** The id of the room's latest event (0 when none): where the page's stream starts. */
export const lastEventId = async (debateId: number) =>
	(await first(reads().lastEvent.execute({ debateId })))?.id ?? 0;

/** The group room of the class debate this student is a member of; null when none. */
export const groupRoomFor = async (debateId: number, userId: number) =>
	(await first(reads().groupRoom.execute({ debateId, userId })))?.id ?? null;

/** Whether the class debate is split into groups. */
export const hasGroups = async (debateId: number) =>
	(await first(reads().firstGroup.execute({ debateId }))) !== undefined;
