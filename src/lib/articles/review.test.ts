import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyReview, markdownToText, proposeImport } from './review';

const seed = readFileSync(new URL('./default/cartel-crackdown.raw.txt', import.meta.url), 'utf8');

describe('import review', () => {
	it('proposes the cleaned seed with every removed line beside the kept ones, in order', () => {
		const { article, lines } = proposeImport(seed);
		expect(lines.filter((l) => l.kept).map((l) => l.text)).toEqual(article.paragraphs);
		expect(lines.filter((l) => !l.kept)).toHaveLength(article.removed.length);
		expect(lines.every((l) => l.kept === (l.reason === null))).toBe(true);
		const indexes = lines.map((l) => l.index);
		expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
	});

	it('restores a removed line in its place and drops a kept one', () => {
		const { article, lines } = proposeImport(seed);
		const kept = new Set(lines.filter((l) => l.kept).map((l) => l.index));
		const removed = lines.find((l) => !l.kept)!;
		const dropped = lines.find((l) => l.kept)!;
		kept.add(removed.index);
		kept.delete(dropped.index);
		const result = applyReview(seed, kept);
		expect(result.paragraphs).toContain(removed.text);
		expect(result.paragraphs).not.toContain(dropped.text);
		expect(result.paragraphs).toHaveLength(article.paragraphs.length);
		const wanted = lines.filter((l) => kept.has(l.index)).map((l) => l.text);
		expect(result.paragraphs).toEqual(wanted);
	});

	it('ignores indexes that are not body lines', () => {
		const { article } = proposeImport(seed);
		const result = applyReview(seed, new Set([0, 9999, -1]));
		expect(result.title).toBe(article.title);
		expect(result.paragraphs).not.toContain(article.title);
	});
});

describe('markdownToText', () => {
	it('keeps the words and drops the markup', () => {
		const md =
			'# A Title\n\nSome **bold** and _soft_ words, a [link](http://x.test).\n\n> quoted line';
		expect(markdownToText(md)).toBe('A Title\n\nSome bold and soft words, a link.\n\nquoted line');
	});
});
