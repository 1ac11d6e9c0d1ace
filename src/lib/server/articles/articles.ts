import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import * as classes from '../classes/classes-sync';
import { db } from '../db';
import {
	articleClasses,
	articles,
	enrollments,
	glossaryTerms,
	paragraphs,
	type Article,
	type GlossaryTerm
} from '../db/schema';
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

export function create(owner: PublicUser, input: NewArticle): Article {
	if (owner.role !== 'teacher') throw new ArticleNotFoundError();
	return db().transaction((tx) => {
		const { paragraphs: body, ...fields } = input;
		const article = tx
			.insert(articles)
			.values({ ...fields, ownerId: owner.id })
			.returning()
			.get();
		if (body.length > 0) {
			tx.insert(paragraphs)
				.values(body.map((text, position) => ({ articleId: article.id, position, text })))
				.run();
		}
		return article;
	});
}

function getOwned(owner: PublicUser, articleId: number): Article | null {
	const found = db()
		.select()
		.from(articles)
		.where(and(eq(articles.id, articleId), eq(articles.ownerId, owner.id)))
		.get();
	return found ?? null;
}

function requireOwned(owner: PublicUser, articleId: number): Article {
	const found = getOwned(owner, articleId);
	if (!found) throw new ArticleNotFoundError();
	return found;
}

/** True when the student is enrolled in a class the article is shared with. */
function sharedWithStudent(student: PublicUser, articleId: number): boolean {
	const row = db()
		.select({ id: articleClasses.articleId })
		.from(articleClasses)
		.innerJoin(enrollments, eq(enrollments.classId, articleClasses.classId))
		.where(and(eq(articleClasses.articleId, articleId), eq(enrollments.userId, student.id)))
		.get();
	return row !== undefined;
}

/** The article with its text, for its owner or a student of a class it is shared with. */
export function getReadable(user: PublicUser, articleId: number): ReadableArticle | null {
	const owned = user.role === 'teacher' ? getOwned(user, articleId) : null;
	if (!owned && !(user.role === 'student' && sharedWithStudent(user, articleId))) return null;
	const article = owned ?? db().select().from(articles).where(eq(articles.id, articleId)).get();
	if (!article) return null;
	return {
		article,
		paragraphs: paragraphTexts(articleId),
		glossary: listGlossary(articleId),
		isOwner: owned !== null
	};
}

export function paragraphTexts(articleId: number): string[] {
	return db()
		.select({ text: paragraphs.text })
		.from(paragraphs)
		.where(eq(paragraphs.articleId, articleId))
		.orderBy(asc(paragraphs.position))
		.all()
		.map((row) => row.text);
}

const summaryColumns = {
	id: articles.id,
	title: articles.title,
	source: articles.source,
	createdAt: articles.createdAt
};

export function listOwned(owner: PublicUser): ArticleSummary[] {
	return db()
		.select(summaryColumns)
		.from(articles)
		.where(eq(articles.ownerId, owner.id))
		.orderBy(desc(articles.createdAt), desc(articles.id))
		.all();
}

/** Articles shared with any class the student is in, newest first, each once. */
export function listForStudent(student: PublicUser): ArticleSummary[] {
	return db()
		.selectDistinct(summaryColumns)
		.from(articles)
		.innerJoin(articleClasses, eq(articleClasses.articleId, articles.id))
		.innerJoin(enrollments, eq(enrollments.classId, articleClasses.classId))
		.where(eq(enrollments.userId, student.id))
		.orderBy(desc(articles.createdAt), desc(articles.id))
		.all();
}

/** Ids of the owner's classes this article is shared with. */
export function sharedClassIds(owner: PublicUser, articleId: number): number[] {
	requireOwned(owner, articleId);
	return db()
		.select({ classId: articleClasses.classId })
		.from(articleClasses)
		.where(eq(articleClasses.articleId, articleId))
		.all()
		.map((row) => row.classId);
}

/** Shares with exactly `classIds` (each must be the owner's class), unsharing the rest. */
export function setSharing(owner: PublicUser, articleId: number, classIds: number[]): void {
	requireOwned(owner, articleId);
	if (!classes.teachesAll(owner, classIds)) throw new classes.ClassNotFoundError();
	db().transaction((tx) => {
		tx.delete(articleClasses).where(eq(articleClasses.articleId, articleId)).run();
		if (classIds.length === 0) return;
		const sharedAt = Date.now();
		tx.insert(articleClasses)
			.values(classIds.map((classId) => ({ articleId, classId, sharedAt })))
			.run();
	});
}

export function listGlossary(articleId: number): GlossaryTerm[] {
	return db()
		.select()
		.from(glossaryTerms)
		.where(eq(glossaryTerms.articleId, articleId))
		.orderBy(asc(glossaryTerms.term))
		.all();
}

/** Adds a term, or replaces the definition of one the article already has. */
export function defineTerm(owner: PublicUser, articleId: number, term: string, definition: string) {
	requireOwned(owner, articleId);
	db()
		.insert(glossaryTerms)
		.values({ articleId, term, definition })
		.onConflictDoUpdate({
			target: [glossaryTerms.articleId, glossaryTerms.term],
			set: { definition }
		})
		.run();
}

export function removeTerms(owner: PublicUser, articleId: number, termIds: number[]): void {
	requireOwned(owner, articleId);
	if (termIds.length === 0) return;
	db()
		.delete(glossaryTerms)
		.where(and(eq(glossaryTerms.articleId, articleId), inArray(glossaryTerms.id, termIds)))
		.run();
}
