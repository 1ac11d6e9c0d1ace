/**
 * The gradebook's row model, pure. Each column has a `kind` so more kinds (a debate with posts,
 * rebuttals and a rubric total) can join without changing how rows are sorted, averaged or
 * exported: every cell carries a state in words and a percent (null when there is none).
 */
import type { AttemptCount } from '../quizzes/types';

export type CellState =
	'submitted' | 'late' | 'in-progress' | 'not-started' | 'missing' | 'excused';

/** Words, not colour: what the table, the detail page and the CSV print for each state. */
export const STATE_LABELS: Record<CellState, string> = {
	submitted: 'Submitted',
	late: 'Submitted late',
	'in-progress': 'In progress',
	'not-started': 'Not started',
	missing: 'Missing',
	excused: 'Excused'
};

export interface QuizColumn {
	kind: 'quiz';
	id: number;
	title: string;
	dueAt: number | null;
	counts: AttemptCount;
}

export interface DebateColumn {
	kind: 'debate';
	id: number;
	title: string;
}

export type GradebookColumn = QuizColumn | DebateColumn;

export interface QuizCell {
	kind: 'quiz';
	state: CellState;
	/** The counted attempt's score, 0–100; null with nothing submitted. */
	percent: number | null;
	attempts: number;
}

export interface DebateCell {
	kind: 'debate';
	state: CellState;
	/** The rubric total as a percent of its maximum, once the teacher has scored the student. */
	percent: number | null;
	posts: number;
	rebuttals: number;
	rubricTotal: number | null;
}

export type GradebookCell = QuizCell | DebateCell;

/** Five criteria scored 1–4 (src/lib/debate/transcript.ts RUBRIC_CRITERIA). */
export const RUBRIC_MAX = 20;

/** A student's cell for one debate: what they posted, and the rubric when it is scored. */
export function debateCell(
	posts: number,
	rebuttals: number,
	rubricTotal: number | null
): DebateCell {
	return {
		kind: 'debate',
		state: posts > 0 ? 'submitted' : 'not-started',
		percent: rubricTotal === null ? null : (rubricTotal / RUBRIC_MAX) * 100,
		posts,
		rebuttals,
		rubricTotal
	};
}

export interface GradebookStudent {
	id: number;
	displayName: string;
	username: string;
}

export interface GradebookRow {
	student: GradebookStudent;
	/** One per column, in column order. */
	cells: GradebookCell[];
	/** Mean of the percents this student has; null when they have none. */
	average: number | null;
}

export interface Gradebook {
	columns: GradebookColumn[];
	rows: GradebookRow[];
	/** Per column, the mean of the students' percents (work not yet scored is left out). */
	averages: (number | null)[];
}

export interface AttemptSummary {
	submittedAt: number | null;
	deadlineAt: number | null;
	late: boolean;
	score: number | null;
	maxScore: number | null;
}

export const columnKey = (column: GradebookColumn) => `${column.kind}-${column.id}`;

export function meanOf(values: readonly (number | null)[]): number | null {
	const present = values.filter((v): v is number => v !== null);
	return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

const percentOf = (a: AttemptSummary) => ((a.score ?? 0) / (a.maxScore as number)) * 100;

/** One student's cell for one quiz: their attempts in the order they were started. */
export function quizCell(
	column: Pick<QuizColumn, 'dueAt' | 'counts'>,
	own: readonly AttemptSummary[],
	now: number,
	excused = false
): QuizCell {
	// An excused student's work does not count, whatever they did.
	if (excused) return { kind: 'quiz', state: 'excused', percent: null, attempts: own.length };
	const scored = own.filter((a) => a.submittedAt !== null && (a.maxScore ?? 0) > 0);
	const counted =
		column.counts === 'last'
			? scored.at(-1)
			: scored.reduce<AttemptSummary | undefined>(
					(best, a) => (!best || percentOf(a) > percentOf(best) ? a : best),
					undefined
				);
	const open = own.some(
		(a) => a.submittedAt === null && (a.deadlineAt === null || a.deadlineAt > now)
	);
	let state: CellState;
	if (open) state = 'in-progress';
	else if (own.some((a) => a.submittedAt !== null)) state = counted?.late ? 'late' : 'submitted';
	else if (column.dueAt !== null && column.dueAt < now) state = 'missing';
	else state = 'not-started';
	return {
		kind: 'quiz',
		state,
		percent: counted ? percentOf(counted) : null,
		attempts: own.length
	};
}

export function buildGradebook(
	columns: GradebookColumn[],
	students: GradebookStudent[],
	cellOf: (student: GradebookStudent, column: GradebookColumn) => GradebookCell
): Gradebook {
	const rows = students.map((student) => {
		const cells = columns.map((column) => cellOf(student, column));
		return { student, cells, average: meanOf(cells.map((c) => c.percent)) };
	});
	const averages = columns.map((_, j) => meanOf(rows.map((r) => r.cells[j]?.percent ?? null)));
	return { columns, rows, averages };
}

export type GradebookSort = { by: 'student' } | { by: 'score'; column: string | null };

/** `?sort=student`, `?sort=score` (the average) or `?sort=score&column=quiz-12`. */
export function parseSort(params: URLSearchParams, columns: GradebookColumn[]): GradebookSort {
	if (params.get('sort') !== 'score') return { by: 'student' };
	const column = params.get('column');
	return { by: 'score', column: columns.some((c) => columnKey(c) === column) ? column : null };
}

const byName = (a: GradebookRow, b: GradebookRow) =>
	a.student.displayName.localeCompare(b.student.displayName) || a.student.id - b.student.id;

/** Highest first; students without a score go last, then by name. */
export function sortRows(book: Gradebook, sort: GradebookSort): GradebookRow[] {
	if (sort.by === 'student') return [...book.rows].sort(byName);
	const j = book.columns.findIndex((c) => columnKey(c) === sort.column);
	const value = (row: GradebookRow) => (j < 0 ? row.average : (row.cells[j]?.percent ?? null));
	return [...book.rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
		return y - x || byName(a, b);
	});
}

/** "82%", or an en dash when there is no score. */
export function formatPercent(value: number | null): string {
	return value === null ? '–' : `${Math.round(value)}%`;
}
