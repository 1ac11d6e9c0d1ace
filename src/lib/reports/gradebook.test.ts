import { describe, expect, it } from 'vitest';
import { csvWithBom, gradebookRows } from './export';
import {
	buildGradebook,
	parseSort,
	debateCell,
	quizCell,
	sortRows,
	type AttemptSummary,
	type QuizColumn
} from './gradebook';

const NOW = 1_000_000;
const done = (score: number, maxScore = 4, late = false): AttemptSummary => ({
	submittedAt: NOW - 10,
	deadlineAt: null,
	late,
	score,
	maxScore
});
const column = (id: number, counts: 'best' | 'last', dueAt: number | null = null): QuizColumn => ({
	kind: 'quiz',
	id,
	title: `Quiz ${id}`,
	dueAt,
	counts
});

describe('quizCell', () => {
	it('counts the best or the last submitted attempt', () => {
		expect(quizCell(column(1, 'best'), [done(3), done(1)], NOW).percent).toBe(75);
		expect(quizCell(column(1, 'last'), [done(3), done(1)], NOW).percent).toBe(25);
	});

	it('names each state', () => {
		const open = { ...done(0), submittedAt: null, score: null };
		expect(quizCell(column(1, 'best'), [open], NOW).state).toBe('in-progress');
		expect(quizCell(column(1, 'best'), [done(2, 4, true)], NOW).state).toBe('late');
		expect(quizCell(column(1, 'best', NOW - 1), [], NOW).state).toBe('missing');
		expect(quizCell(column(1, 'best', NOW + 1), [], NOW)).toEqual({
			kind: 'quiz',
			state: 'not-started',
			percent: null,
			attempts: 0
		});
	});

	it('treats an open attempt past its deadline as no longer in progress', () => {
		const expired = { ...done(0), submittedAt: null, deadlineAt: NOW - 1 };
		expect(quizCell(column(1, 'best', NOW - 1), [expired], NOW).state).toBe('missing');
	});
});

describe('buildGradebook, sorting and CSV', () => {
	const columns = [column(1, 'best'), column(2, 'best')];
	const students = [
		{ id: 1, displayName: 'Zoë', username: 'zoe' },
		{ id: 2, displayName: 'Adam', username: '=cmd' },
		{ id: 3, displayName: 'Mia, "M"', username: 'mia' }
	];
	const scores: Record<number, number[]> = { 1: [2, 4], 2: [4], 3: [] };
	const book = buildGradebook(columns, students, (s, c) =>
		c.kind === 'quiz'
			? quizCell(
					c,
					scores[s.id]![c.id - 1] === undefined ? [] : [done(scores[s.id]![c.id - 1]!)],
					NOW
				)
			: debateCell(0, 0, null)
	);

	it('averages rows and columns over the scores present', () => {
		expect(book.rows.map((r) => r.average)).toEqual([75, 100, null]);
		expect(book.averages).toEqual([75, 100]);
	});

	it('sorts by name, by average or by one column, unscored last', () => {
		const names = (sort: Parameters<typeof sortRows>[1]) =>
			sortRows(book, sort).map((r) => r.student.username);
		expect(names({ by: 'student' })).toEqual(['=cmd', 'mia', 'zoe']);
		expect(names({ by: 'score', column: null })).toEqual(['=cmd', 'zoe', 'mia']);
		expect(names({ by: 'score', column: 'quiz-2' })).toEqual(['zoe', '=cmd', 'mia']);
		expect(parseSort(new URLSearchParams('sort=score&column=quiz-9'), columns)).toEqual({
			by: 'score',
			column: null
		});
		expect(parseSort(new URLSearchParams('sort=bogus'), columns)).toEqual({ by: 'student' });
	});

	it('exports one row per student after a header, quoted and with a BOM', () => {
		const rows = gradebookRows(book, sortRows(book, { by: 'student' }));
		expect(rows[0]).toEqual([
			'Student',
			'Username',
			'Quiz 1 (%)',
			'Quiz 1 (status)',
			'Quiz 2 (%)',
			'Quiz 2 (status)',
			'Average (%)'
		]);
		expect(rows).toHaveLength(4);
		const text = csvWithBom(rows);
		expect(text.startsWith('\uFEFFStudent,')).toBe(true);
		expect(text).toContain("Adam,'=cmd,100,Submitted,,Not started,100\r\n");
		expect(text).toContain('"Mia, ""M""",mia,,Not started,,Not started,\r\n');
	});
});

describe('debateCell', () => {
	it('counts posts and scores the rubric out of 20', () => {
		expect(debateCell(3, 1, 15)).toEqual({
			kind: 'debate',
			state: 'submitted',
			percent: 75,
			posts: 3,
			rebuttals: 1,
			rubricTotal: 15
		});
		expect(debateCell(0, 0, null)).toMatchObject({ state: 'not-started', percent: null });
	});
});
