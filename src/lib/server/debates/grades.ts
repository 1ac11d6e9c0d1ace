import { and, count, eq, isNull, sql, sum } from 'drizzle-orm';
import type { Db } from '../db';
import { preparedFor } from '../db/prepared';
import { debates, posts, rubricScores } from '../db/tables';

export interface DebateGrades {
	columns: { id: number; motion: string }[];
	/** Keyed "debateId:studentId". */
	posts: Map<string, { posts: number; rebuttals: number }>;
	rubric: Map<string, number>;
}

// Read with every gradebook: prepared once per connection, like the gradebook's own queries.
function prepare(database: Db) {
	const classId = sql.placeholder('classId');
	return {
		columns: database
			.select({ id: debates.id, motion: debates.motion })
			.from(debates)
			.where(eq(debates.classId, classId))
			.orderBy(debates.id)
			.prepare(),
		posts: database
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
			.prepare(),
		rubric: database
			.select({
				debateId: rubricScores.debateId,
				studentId: rubricScores.studentId,
				total: sum(rubricScores.score)
			})
			.from(rubricScores)
			.innerJoin(debates, eq(debates.id, rubricScores.debateId))
			.where(eq(debates.classId, classId))
			.groupBy(rubricScores.debateId, rubricScores.studentId)
			.prepare()
	};
}

const prepared = preparedFor(prepare);

/** Visible posts, rebuttals and rubric totals per student for every debate of a class. */
export async function debateGrades(classId: number): Promise<DebateGrades> {
	const s = prepared();
	const columns = await s.columns.execute({ classId });
	if (columns.length === 0) return { columns, posts: new Map(), rubric: new Map() };
	const [postRows, rubricRows] = await Promise.all([
		s.posts.execute({ classId }),
		s.rubric.execute({ classId })
	]);
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
