import { isHeadlineLike } from './body';
import { PROSE_CHARS } from './labels';
import { endsSentence, words } from './shape';
import type { Verdict } from './types';

/**
 * Links to other pages set among the body's paragraphs, told by what stands around them: a
 * title-cased line over a subhead, a pair of headlines over a caption. A subhead heads prose.
 */

/** Words in each of a pair of links: a headline's few, not a one-word label ("Pros"). */
const PAIR_LINK_WORDS = 3;
/** Words in a link's title: a few, each word of any length capitalised ("A Closer Look at …"). */
const LINK_WORDS = 8;
/** A word a title-cased headline leaves in lower case. */
const MINOR_WORD =
	/^(?:a|an|the|and|or|but|nor|of|to|in|on|at|for|by|with|from|as|vs\.?|via|into|than)$/;

function isTitleCased(text: string): boolean {
	const list = words(text);
	return (
		list.length >= 2 &&
		list.length <= LINK_WORDS &&
		list.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && MINOR_WORD.test(word)))
	);
}

/**
 * A title-cased line between a paragraph and a subhead that heads more prose is the title of a
 * link (a slideshow, a quiz, another story) set into the body: a subhead never heads a subhead,
 * and the one under it is the body's own. A subhead over prose, or over a list, stays.
 */
export function subheadLinks(texts: string[], verdicts: Verdict[]): number[] {
	const prose = (i: number) =>
		verdicts[i] === null && endsSentence(texts[i] ?? '') && (texts[i]?.length ?? 0) >= PROSE_CHARS;
	const heading = (i: number) =>
		verdicts[i] === null && (texts[i]?.length ?? 0) <= 90 && words(texts[i] ?? '').length <= 12;
	return texts.flatMap((text, i) => {
		const shaped =
			verdicts[i] === null && isHeadlineLike(text) && !/[?:]$/.test(text) && isTitleCased(text);
		return shaped && prose(i - 1) && heading(i + 1) && prose(i + 2) ? [i] : [];
	});
}

/**
 * Two headline-like lines in a row under a paragraph, with the page's furniture (a caption, a
 * label) under them rather than prose: the links a box sets after its last paragraph ("Five
 * things we learned", "The view from the summit"). A subhead heads prose, and a subhead over a
 * subhead is rarer than a pair of links; one short line alone there stays. Only inside the
 * body's run `[start, end)`.
 */
export function linkPairs(
	texts: string[],
	verdicts: Verdict[],
	[start, end]: [number, number]
): number[] {
	const prose = (i: number) =>
		verdicts[i] === null && endsSentence(texts[i] ?? '') && (texts[i]?.length ?? 0) >= PROSE_CHARS;
	const link = (i: number) =>
		verdicts[i] === null &&
		isHeadlineLike(texts[i] ?? '') &&
		!/[?:]['"’”]?$/.test(texts[i] ?? '') &&
		words(texts[i] ?? '').length >= PAIR_LINK_WORDS;
	const furniture = (i: number) => {
		const verdict = verdicts[i];
		return verdict !== null && verdict !== undefined && verdict !== 'title';
	};
	// Inside the body's run: outside it, the page's menus and footers have reasons of their own.
	const inBody = (i: number) => i > start && i + 1 < end;
	return texts.flatMap((_, i) =>
		inBody(i) && prose(i - 1) && link(i) && link(i + 1) && furniture(i + 2) ? [i, i + 1] : []
	);
}
