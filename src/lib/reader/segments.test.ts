import { describe, expect, it } from 'vitest';
// The quiz generator's seeded generator, so a failing random case can be replayed.
import { seededRandom } from '$lib/quizgen/text';
import { SEED_PARAGRAPH, SEED_PARAGRAPH_CURLY } from './fixtures';
import { findTermOccurrences } from './glossary';
import { highlightParam, parseHighlight, segmentParagraph, type Mark } from './segments';

describe('segmentParagraph', () => {
	it('splits the seed paragraph into terms, a highlight and plain text', () => {
		const terms = findTermOccurrences(SEED_PARAGRAPH, ['escalation', 'drug cartels']);
		const marks: Mark[] = [
			...terms.map((t) => ({ ...t, kind: 'term' as const })),
			{ start: 100, end: 120, kind: 'highlight' }
		];
		const segments = segmentParagraph(SEED_PARAGRAPH, marks);
		expect(segments.map((s) => [s.text, s.term ?? null, s.highlight])).toEqual([
			['US President Donald Trump has signalled a sharp ', null, false],
			['escalation', 'escalation', false],
			[" in his administration's campaign against ", null, false],
			['Mexican ', null, true],
			['drug cartels', 'drug cartels', true],
			[
				', saying the US would now begin to "hit land" in its offensive against the gangs.',
				null,
				false
			]
		]);
	});

	it('lets a term overlap the highlight partly: one segment is both', () => {
		const text = 'hit land operations';
		const segments = segmentParagraph(text, [
			{ start: 0, end: 8, kind: 'term', term: 'hit land' },
			{ start: 4, end: 19, kind: 'highlight' }
		]);
		expect(segments).toEqual([
			{ text: 'hit ', start: 0, end: 4, term: 'hit land', highlight: false },
			{ text: 'land', start: 4, end: 8, term: 'hit land', highlight: true },
			{ text: ' operations', start: 8, end: 19, highlight: true }
		]);
	});

	it('ignores marks out of range, empty, reversed or fractional', () => {
		const text = SEED_PARAGRAPH_CURLY;
		const segments = segmentParagraph(text, [
			{ start: -1, end: 5, kind: 'term' },
			{ start: 5, end: 5, kind: 'highlight' },
			{ start: 9, end: 3, kind: 'term' },
			{ start: 0, end: text.length + 1, kind: 'highlight' },
			{ start: 1.5, end: 4, kind: 'term' },
			{ start: Number.NaN, end: 4, kind: 'highlight' }
		]);
		expect(segments).toEqual([{ text, start: 0, end: text.length, highlight: false }]);
	});

	it('keeps the first of two overlapping terms and names a term by its text by default', () => {
		const segments = segmentParagraph('drug cartels', [
			{ start: 5, end: 12, kind: 'term' },
			{ start: 0, end: 7, kind: 'term', term: 'drug' }
		]);
		expect(segments.map((s) => [s.text, s.term])).toEqual([
			['drug ca', 'drug'],
			['rtels', undefined]
		]);
	});

	it('returns no segment for an empty paragraph', () => {
		expect(segmentParagraph('', [{ start: 0, end: 1, kind: 'highlight' }])).toEqual([]);
	});

	it('always gives back the paragraph exactly, in contiguous segments (random cases)', () => {
		const random = seededRandom(20260109);
		const alphabet = ['a', 'b', ' ', '.', '“', '”', 'é', '😀', '\n', 'Z'];
		const pick = (n: number) => Math.floor(random() * n);
		for (let run = 0; run < 300; run++) {
			const text = Array.from({ length: pick(40) }, () => alphabet[pick(alphabet.length)]).join('');
			const marks: Mark[] = Array.from({ length: pick(6) }, () => ({
				start: pick(text.length + 4) - 2,
				end: pick(text.length + 4) - 2,
				kind: random() < 0.5 ? 'term' : 'highlight',
				term: random() < 0.5 ? 'x' : undefined
			}));
			const segments = segmentParagraph(text, marks);
			expect(segments.map((s) => s.text).join('')).toBe(text);
			let position = 0;
			for (const segment of segments) {
				expect(segment.start).toBe(position);
				expect(segment.end).toBeGreaterThan(segment.start);
				expect(text.slice(segment.start, segment.end)).toBe(segment.text);
				const inHighlight = marks.some(
					(m) =>
						m.kind === 'highlight' &&
						m.start >= 0 &&
						m.end <= text.length &&
						m.start <= segment.start &&
						segment.end <= m.end
				);
				expect(segment.highlight).toBe(inHighlight);
				position = segment.end;
			}
			expect(position).toBe(text.length);
		}
	});
});

describe('parseHighlight and highlightParam', () => {
	const paragraphs = ['Zero.', 'One paragraph here.', '', 'Three', SEED_PARAGRAPH];

	it('reads a valid span and writes it back unchanged', () => {
		const span = parseHighlight('4:10-52', paragraphs);
		expect(span).toEqual({ paragraph: 4, start: 10, end: 52 });
		expect(span && highlightParam(span)).toBe('4:10-52');
		expect(parseHighlight('1:0-19', paragraphs)).toEqual({ paragraph: 1, start: 0, end: 19 });
	});

	it.each([
		null,
		'',
		'4',
		'4:10',
		'4:10-',
		'4-10:52',
		'a:1-2',
		' 4:10-52',
		'4:10-52 ',
		'+4:10-52',
		'4:-1-5',
		'04:10-52',
		'4:1e1-52',
		'4:10.5-52',
		'5:0-1',
		'2:0-1',
		'1:5-5',
		'1:6-5',
		'1:0-20',
		'99999999999:0-1'
	])('rejects %j', (value) => {
		expect(parseHighlight(value, paragraphs)).toBeNull();
	});

	it('round-trips every valid span of a short paragraph', () => {
		const text = paragraphs[0] ?? '';
		for (let start = 0; start < text.length; start++) {
			for (let end = start + 1; end <= text.length; end++) {
				const span = { paragraph: 0, start, end };
				expect(parseHighlight(highlightParam(span), paragraphs)).toEqual(span);
			}
		}
	});
});
