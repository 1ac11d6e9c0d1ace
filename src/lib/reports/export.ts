import { toCsv, type CsvValue } from '../debate/escape';
import { STATE_LABELS, type Gradebook, type GradebookColumn, type GradebookRow } from './gradebook';

/**
 * CSV exports of the reports: RFC 4180 via toCsv (which also neutralises formulas), with a UTF-8
 * byte-order mark so spreadsheet programs read accented names as UTF-8 rather than guessing.
 */

const BOM = '\uFEFF';

export function csvWithBom(rows: readonly (readonly CsvValue[])[]): string {
	return BOM + toCsv(rows);
}

/** Percents with one decimal: enough for a spreadsheet, no float noise. */
export const roundTo = (value: number | null, places = 1) =>
	value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

function columnHeaders(column: GradebookColumn): string[] {
	switch (column.kind) {
		case 'quiz':
			return [`${column.title} (%)`, `${column.title} (status)`];
		case 'debate':
			return [`${column.title} (posts)`, `${column.title} (rebuttals)`, `${column.title} (rubric)`];
	}
}

function cellValues(row: GradebookRow, j: number): CsvValue[] {
	const cell = row.cells[j];
	if (!cell) return ['', ''];
	switch (cell.kind) {
		case 'quiz':
			return [roundTo(cell.percent), STATE_LABELS[cell.state]];
		case 'debate':
			return [cell.posts, cell.rebuttals, cell.rubricTotal];
	}
}

/** A header row, then one row per student in the order given. */
export function gradebookRows(book: Gradebook, rows: readonly GradebookRow[]): CsvValue[][] {
	return [
		['Student', 'Username', ...book.columns.flatMap(columnHeaders), 'Average (%)'],
		...rows.map((row) => [
			row.student.displayName,
			row.student.username,
			...book.columns.flatMap((_, j) => cellValues(row, j)),
			roundTo(row.average)
		])
	];
}
