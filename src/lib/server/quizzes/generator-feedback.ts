import { and, eq, gte, isNotNull } from 'drizzle-orm';
import type { RankPenalties } from '../../quizgen/types';
import { db } from '../db';
import { paragraphs, questions, quizzes } from '../db/tables';
import type { PublicUser } from '../auth/public-user';

/**
 * What the generator learns from a teacher's retired questions, derived from the questions table
 * (no extra state): the rule behind each, and the evidence text it was written from. Only
 * questions retired after their quiz was published count; discarding a draft while editing is
 * a matter of taste, not a sign that the question failed with students.
 */
export async function generatorPenalties(owner: PublicUser): Promise<RankPenalties> {
	const rows = await db()
		.select({
			rule: questions.rule,
			paragraph: paragraphs.text,
			start: questions.evidenceStart,
			end: questions.evidenceEnd
		})
		.from(questions)
		.innerJoin(quizzes, eq(quizzes.id, questions.quizId))
		.leftJoin(
			paragraphs,
			and(
				eq(paragraphs.articleId, quizzes.articleId),
				eq(paragraphs.position, questions.evidenceParagraph)
			)
		)
		.where(
			and(
				eq(quizzes.ownerId, owner.id),
				isNotNull(quizzes.publishedAt),
				isNotNull(questions.retiredAt),
				gte(questions.retiredAt, quizzes.publishedAt)
			)
		);
	const rules: Record<string, number> = {};
	const sentences: string[] = [];
	for (const row of rows) {
		if (row.rule) rules[row.rule] = (rules[row.rule] ?? 0) + 1;
		if (row.paragraph !== null && row.start !== null && row.end !== null) {
			sentences.push(row.paragraph.slice(row.start, row.end));
		}
	}
	return { rules, sentences };
}
