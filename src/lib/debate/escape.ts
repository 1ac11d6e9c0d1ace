/**
 * Escaping for exports. Student text goes into Markdown and CSV files that teachers open in
 * other programs, so it must stay text there: no headings, links, images or HTML in Markdown,
 * no formulas in a spreadsheet.
 */

/** Characters with inline meaning in CommonMark/GFM (emphasis, code, links, HTML, tables). */
const INLINE = /[\\`*_[\]<>|~&]/g;

/*
 * GFM turns bare URLs (`https://`, `www.`) and e-mail addresses into live links. A backslash
 * before the `:` of `://`, the `.` of `www.` and every `@` keeps them text; they read the same.
 */
const AUTOLINK = /:(?=\/\/)|(?<=\bwww)\.|@/gi;

/**
 * One line of user text made literal: inline syntax everywhere, and block syntax at the start
 * (headings, quotes, lists, rules, setext underlines). Leading spaces go, as four of them
 * would start a code block.
 */
function escapeMarkdownLine(line: string): string {
	return line
		.trim()
		.replace(INLINE, '\\$&')
		.replace(AUTOLINK, '\\$&')
		.replace(/^[#>+\-=]/, '\\$&')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** User text as literal Markdown; paragraph breaks are kept, runs of blank lines become one. */
export function escapeMarkdown(text: string): string {
	return text
		.split(/\r\n?|\n/)
		.map(escapeMarkdownLine)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A single-line Markdown field (a name, a claim): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
	return escapeMarkdown(text.replace(/\s+/g, ' '));
}

export type CsvValue = string | number | boolean | null | undefined;

/*
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
 * a leading apostrophe makes it text. Full-width signs (＝ ＋ － ＠) are read as formulas by some
 * spreadsheets, a pipe starts a DDE call in others, and an invisible leading character
 * (zero-width space, joiner, byte-order mark) can hide the sign behind it. Only strings are
 * neutralised: our own negative numbers are numbers.
 */
const FORMULA_START = /^[=+\-@\t\r|\uFF1D\uFF0B\uFF0D\uFF20\u200B-\u200D\u2060\uFEFF]/;

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, line break or edge space. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'string') return String(value);
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
