/**
 * The reads of articles.ts as they were before issue 18 made them async, for the domains not yet
 * converted (debates, and quizzes until their turn) whose synchronous functions call them.
 * SQLite only. Each caller moves to articles.ts as its domain is converted; delete this file
 * when none is left.
 */
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { articleClasses, articles, enrollments, glossaryTerms, paragraphs } from '../db/tables';
import type { PublicUser } from '../auth/public-user';
import { ArticleNotFoundError, type ReadableArticle } from './articles';

export { ArticleNotFoundError };

export function paragraphTexts(articleId: number): string[] {
	return db()
		.select({ text: paragraphs.text })
		.from(paragraphs)
		.where(eq(paragraphs.articleId, articleId))
		.orderBy(asc(paragraphs.position))
		.all()
		.map((row) => row.text);
}

export function getReadable(user: PublicUser, articleId: number): ReadableArticle | null {
	const owned =
		user.role === 'teacher'
			? db()
					.select()
					.from(articles)
					.where(and(eq(articles.id, articleId), eq(articles.ownerId, user.id)))
					.get()
			: undefined;
	const shared =
		user.role === 'student' &&
		db()
			.select({ id: articleClasses.articleId })
			.from(articleClasses)
			.innerJoin(enrollments, eq(enrollments.classId, articleClasses.classId))
			.where(and(eq(articleClasses.articleId, articleId), eq(enrollments.userId, user.id)))
			.get() !== undefined;
	if (!owned && !shared) return null;
	const article = owned ?? db().select().from(articles).where(eq(articles.id, articleId)).get();
	if (!article) return null;
	return {
		article,
		paragraphs: paragraphTexts(articleId),
		glossary: db()
			.select()
			.from(glossaryTerms)
			.where(eq(glossaryTerms.articleId, articleId))
			.orderBy(asc(glossaryTerms.term))
			.all(),
		isOwner: owned !== undefined
	};
}
