import { describe, it, expect } from 'vitest';
import { csvCell, escapeMarkdown, escapeMarkdownInline, toCsv } from './escape';

describe('escapeMarkdown', () => {
	it('keeps a post from starting headings, quotes, lists or rules', () => {
		expect(escapeMarkdown('# Winner')).toBe('\\# Winner');
		expect(escapeMarkdown('> fake quote')).toBe('\\> fake quote');
		expect(escapeMarkdown('- item\n+ item\n---\n===')).toBe('\\- item\n\\+ item\n\\---\n\\===');
		expect(escapeMarkdown('1. first')).toBe('1\\. first');
	});

	it('disarms links, images, emphasis, code and HTML', () => {
		expect(escapeMarkdown('[click](http://x.test) ![img](y.png)')).toBe(
			'\\[click\\](http\\://x.test) !\\[img\\](y.png)'
		);
		expect(escapeMarkdown('*bold* _it_ `code` ~~gone~~')).toBe(
			'\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~'
		);
		expect(escapeMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toBe(
			'\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\>'
		);
		expect(escapeMarkdown('&lt; | table')).toBe('\\&lt; \\| table');
	});

	it('keeps URLs and e-mail addresses from turning into live links (GFM autolinks)', () => {
		const text = 'See https://evil.example/x, www.evil.example or ask me@evil.example.';
		const escaped = escapeMarkdown(text);
		expect(escaped).toBe(
			'See https\\://evil.example/x, www\\.evil.example or ask me\\@evil.example.'
		);
		expect(escaped).not.toMatch(/(?<!\\):\/\/|(?<!\\)@|www\.(?!\\)/i);
	});

	it('drops leading spaces that would make a code block, and extra blank lines', () => {
		expect(escapeMarkdown('    code?\n\n\n\nnext')).toBe('code?\n\nnext');
	});

	it('leaves ordinary sentences alone', () => {
		const text = 'Mexico’s sovereignty is non-negotiable (paragraph 3), e.g. 97% of drugs.';
		expect(escapeMarkdown(text)).toBe(text);
	});

	it('puts a single-line field on one line, where a # no longer starts a heading', () => {
		expect(escapeMarkdownInline('line one\n# line two')).toBe('line one # line two');
		expect(escapeMarkdownInline('  # heading\nmore')).toBe('\\# heading more');
	});
});

describe('csvCell and toCsv', () => {
	it('quotes commas, quotation marks, line breaks and edge spaces', () => {
		expect(csvCell('Smith, Ana')).toBe('"Smith, Ana"');
		expect(csvCell('She said "no"')).toBe('"She said ""no"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell(' padded')).toBe('" padded"');
		expect(csvCell('plain')).toBe('plain');
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(csvCell('=HYPERLINK("http://x.test","click")')).toBe(
			'"\'=HYPERLINK(""http://x.test"",""click"")"'
		);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
	});

	it('neutralises full-width signs, invisible leading characters and pipes too', () => {
		expect(csvCell('\uFF1DSUM(A1)')).toBe("'\uFF1DSUM(A1)");
		expect(csvCell('\u200B=SUM(A1)')).toBe("'\u200B=SUM(A1)");
		expect(csvCell('\uFEFF+1')).toBe("'\uFEFF+1");
		expect(csvCell('|calc')).toBe("'|calc");
		expect(csvCell('\uFF0B1')).toBe("'\uFF0B1");
	});

	it('writes numbers as numbers and empty values as empty cells', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
	});

	it('joins rows with CRLF', () => {
		expect(
			toCsv([
				['a', 1],
				['b, c', null]
			])
		).toBe('a,1\r\n"b, c",\r\n');
	});
});
