import { and, count, eq, isNull, sql, sum } from 'drizzle-orm';
import { db } from './db';
import { debates, posts, rubricScores } from './db/schema';

export interface DebateGrades {
	columns: { id: number; motion: string }[];
	/** Keyed "debateId:studentId". */
	posts: Map<string, { posts: number; rebuttals: number }>;
	rubric: Map<string, number>;
}

/** Visible posts, rebuttals and rubric totals per student for every debate of a class. */
export function debateGrades(classId: number): DebateGrades {
	const columns = db()
		.select({ id: debates.id, motion: debates.motion })
		.from(debates)
		.where(eq(debates.classId, classId))
		.orderBy(debates.id)
		.all();
	const postRows = db()
		.select({
			debateId: posts.debateId,
			authorId: posts.authorId,
			posts: count(),
			rebuttals: sql<number>`sum(case when ${posts.kind} = 'rebuttal' then 1 else 0 end)`
		})
		.from(posts)
		.innerJoin(debates, eq(debates.id, posts.debateId))
		.where(and(eq(debates.classId, classId), isNull(posts.hiddenAt)))
		.groupBy(posts.debateId, posts.authorId)
		.all();
	const rubricRows = db()
		.select({
			debateId: rubricScores.debateId,
			studentId: rubricScores.studentId,
			total: sum(rubricScores.score)
		})
		.from(rubricScores)
		.innerJoin(debates, eq(debates.id, rubricScores.debateId))
		.where(eq(debates.classId, classId))
		.groupBy(rubricScores.debateId, rubricScores.studentId)
		.all();
	return {
		columns,
		posts: new Map(
			postRows.map((r) => [
				`${r.debateId}:${r.authorId}`,
				{ posts: r.posts, rebuttals: Number(r.rebuttals) }
			])
		),
		rubric: new Map(rubricRows.map((r) => [`${r.debateId}:${r.studentId}`, Number(r.total)]))
	};
}
