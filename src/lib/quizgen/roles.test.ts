import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { sameRole } from './roles';

const analysis = analyseArticle({
	title: 'Harbour talks stall',
	paragraphs: [
		'President Omar Kell flew to the coast on Monday to discuss the harbour treaty.',
		'“We will meet again,” said President Tomas Lund, who hosted the talks.',
		'“The talks broke a lot of trust,” said Dana Whitfield, executive vice president of the Harbor Institute and a former ambassador to Chile.',
		'“It will be signed,” said Arno Pell, the vice-president of the port council.',
		'“She will work against the president,” Whitfield said.'
	]
});

describe('sameRole', () => {
	it('keeps heads of state apart from an institute’s vice president', () => {
		// "vice president" shares the word "president" but not the office: a blank for the
		// think-tank officer offered two heads of state, which any reader rules out.
		expect(sameRole(analysis, 'Dana Whitfield', 'Omar Kell')).toBe(false);
		expect(sameRole(analysis, 'Omar Kell', 'Tomas Lund')).toBe(true);
	});

	it('treats a hyphenated vice-president as the same office as a spaced one', () => {
		expect(sameRole(analysis, 'Arno Pell', 'Dana Whitfield')).toBe(true);
		expect(sameRole(analysis, 'Arno Pell', 'Omar Kell')).toBe(false);
	});
});
