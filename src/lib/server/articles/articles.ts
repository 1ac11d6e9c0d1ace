import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import * as classes from '../classes/classes';
import { db, transaction } from '../db';
import type { Article, GlossaryTerm } from '../db/schema';
import { articleClasses, articles, enrollments, glossaryTerms, paragraphs } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { NotFoundError } from '../http/not-found';

export interface NewArticle {
	title: string;
	standfirst: string | null;
	byline: string | null;
	source: string | null;
	publishedOn: string | null;
	/** BCP 47 code from `detectLanguage`; 'und' when omitted. */
	language?: string;
	credits: string[];
	paragraphs: string[];
	rawText: string;
}

export interface ArticleSummary {
	id: number;
	title: string;
	source: string | null;
	createdAt: number;
}

export interface ReadableArticle {
	article: Article;
	paragraphs: string[];
	glossary: GlossaryTerm[];
	isOwner: boolean;
}

export class ArticleNotFoundError extends NotFoundError {
	constructor() {
		super('Article not found');
	}
}

export async function create(owner: PublicUser, input: NewArticle): Promise<Article> {
	if (owner.role !== 'teacher') throw new ArticleNotFoundError();
	return transaction(async (tx) => {
		const { paragraphs: body, ...fields } = input;
		const [article] = await tx
			.insert(articles)
			.values({ ...fields, ownerId: owner.id })
			.returning();
		if (body.length > 0) {
			await tx
				.insert(paragraphs)
				.values(body.map((text, position) => ({ articleId: article!.id, position, text })));
		}
		return article!;
	});
}

async function getOwned(owner: PublicUser, articleId: number): Promise<Article | null> {
	const [found] = await db()
		.select()
		.from(articles)
		.where(and(eq(articles.id, articleId), eq(articles.ownerId, owner.id)));
	return found ?? null;
}

async function requireOwned(owner: PublicUser, articleId: number): Promise<Article> {
	const found = await getOwned(owner, articleId);
	if (!found) throw new ArticleNotFoundError();
	return found;
}

/** True when the student is enrolled in a class the article is shared with. */
async function sharedWithStudent(student: PublicUser, articleId: number): Promise<boolean> {
	const [row] = await db()
		.select({ id: articleClasses.articleId })
		.from(articleClasses)
		.innerJoin(enrollments, eq(enrollments.classId, articleClasses.classId))
		.where(and(eq(articleClasses.articleId, articleId), eq(enrollments.userId, student.id)))
		.limit(1);
	return row !== undefined;
}

/** The article with its text, for its owner or a student of a class it is shared with. */
export async function getReadable(
	user: PublicUser,
	articleId: number
): Promise<ReadableArticle | null> {
	const owned = user.role === 'teacher' ? await getOwned(user, articleId) : null;
	if (!owned && !(user.role === 'student' && (await sharedWithStudent(user, articleId)))) {
		return null;
	}
	const [article] = owned
		? [owned]
		: await db().select().from(articles).where(eq(articles.id, articleId));
	if (!article) return null;
	return {
		article,
		paragraphs: await paragraphTexts(articleId),
		glossary: await listGlossary(articleId),
		isOwner: owned !== null
	};
}

export async function paragraphTexts(articleId: number): Promise<string[]> {
	const rows = await db()
		.select({ text: paragraphs.text })
		.from(paragraphs)
		.where(eq(paragraphs.articleId, articleId))
		.orderBy(asc(paragraphs.position));
	return rows.map((row) => row.text);
}

const summaryColumns = () => ({
	id: articles.id,
	title: articles.title,
	source: articles.source,
	createdAt: articles.createdAt
});

export function listOwned(owner: PublicUser): Promise<ArticleSummary[]> {
	return db()
		.select(summaryColumns())
		.from(articles)
		.where(eq(articles.ownerId, owner.id))
		.orderBy(desc(articles.createdAt), desc(articles.id));
}

/** Articles shared with any class the student is in, newest first, each once. */
export function listForStudent(student: PublicUser): Promise<ArticleSummary[]> {
	return db()
		.selectDistinct(summaryColumns())
		.from(articles)
		.innerJoin(articleClasses, eq(articleClasses.articleId, articles.id))
		.innerJoin(enrollments, eq(enrollments.classId, articleClasses.classId))
		.where(eq(enrollments.userId, student.id))
		.orderBy(desc(articles.createdAt), desc(articles.id));
}

/** Ids of the owner's classes this article is shared with. */
export async function sharedClassIds(owner: PublicUser, articleId: number): Promise<number[]> {
	await requireOwned(owner, articleId);
	const rows = await db()
		.select({ classId: articleClasses.classId })
		.from(articleClasses)
		.where(eq(articleClasses.articleId, articleId));
	return rows.map((row) => row.classId);
}

/** Shares with exactly `classIds` (each must be the owner's class), unsharing the rest. */
export function setSharing(
	owner: PublicUser,
	articleId: number,
	classIds: number[]
): Promise<void> {
	return transaction(async (tx) => {
		await requireOwned(owner, articleId);
		if (!(await classes.teachesAll(owner, classIds))) throw new classes.ClassNotFoundError();
		await tx.delete(articleClasses).where(eq(articleClasses.articleId, articleId));
		if (classIds.length === 0) return;
		const sharedAt = Date.now();
		await tx
			.insert(articleClasses)
			.values(classIds.map((classId) => ({ articleId, classId, sharedAt })));
	});
}

export function listGlossary(articleId: number): Promise<GlossaryTerm[]> {
	return db()
		.select()
		.from(glossaryTerms)
		.where(eq(glossaryTerms.articleId, articleId))
		.orderBy(asc(glossaryTerms.term));
}

/** Adds a term, or replaces the definition of one the article already has. */
export function defineTerm(
	owner: PublicUser,
	articleId: number,
	term: string,
	definition: string
): Promise<void> {
	return transaction(async (tx) => {
		await requireOwned(owner, articleId);
		await tx
			.insert(glossaryTerms)
			.values({ articleId, term, definition })
			.onConflictDoUpdate({
				target: [glossaryTerms.articleId, glossaryTerms.term],
				set: { definition }
			});
	});
}

export function removeTerms(
	owner: PublicUser,
	articleId: number,
	termIds: number[]
): Promise<void> {
	return transaction(async (tx) => {
		await requireOwned(owner, articleId);
		if (termIds.length === 0) return;
		await tx
			.delete(glossaryTerms)
			.where(and(eq(glossaryTerms.articleId, articleId), inArray(glossaryTerms.id, termIds)));
	});
}
