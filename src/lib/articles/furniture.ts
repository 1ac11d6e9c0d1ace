import { isHeadlineLike, type BlockClass } from './body';
import { CAPTION_MARKER } from './captions';
import { LEFT_OUT_MARKER } from './left-out';
import { LINK_MARKER } from './markers';
import type { Unit } from './normalise';
import { isBullet, isFragment, sentenceCount, wordCount } from './shape';
import type { RemovalReason, Verdict } from './types';

/**
 * Page furniture told by where it stands: above the headline, outside the body's run, after
 * Reader View's marker, in a figure, under a "Related" header, or on a page of many stories.
 */

/** Why a line outside the body goes: by its shape and where it stands. */
function outsideReason(text: string, beforeBody: boolean): RemovalReason {
	if (isHeadlineLike(text) && wordCount(text) >= 4) return 'teaser';
	if (isFragment(text)) return beforeBody ? 'navigation' : 'footer';
	return 'outside-article';
}

/**
 * Nothing above the headline is the article: a cookie notice or menu prose that the run took in,
 * a menu, other stories' headlines. Named by their own shape before a sign-in button's or a
 * promo's reason spreads over them (markFragments). A front page keeps its story lines.
 */
export function markAboveHeadline(
	units: Unit[],
	verdicts: Verdict[],
	titleIndex: number,
	[start, end]: [number, number],
	storyList: boolean
): void {
	const above = (i: number) => {
		if (verdicts[i] === null) verdicts[i] = outsideReason(units[i]!.text, true);
	};
	if (titleIndex > start && titleIndex < end) {
		for (let i = start; i < titleIndex; i += 1) above(i);
	}
	if (!storyList) {
		for (let i = 0; i < Math.min(titleIndex, start); i += 1) above(i);
	}
}

/**
 * Lines the body pass rejected: outside the main run they are page furniture; inside it, the
 * ones judged bad are teaser boxes (runs of headlines) set in the middle of the article.
 */
export function markOutsideBody(
	units: Unit[],
	verdicts: Verdict[],
	classes: BlockClass[],
	[start, end]: [number, number]
): void {
	units.forEach((unit, i) => {
		if (verdicts[i] !== null) return;
		if (i < start || i >= end) verdicts[i] = outsideReason(unit.text, i < start);
		else if (classes[i] === 'bad') verdicts[i] = isHeadlineLike(unit.text) ? 'teaser' : 'fragment';
	});
}

/** A link list under a "Related:" header goes with it, as far as its own block reaches. */
export function extendRelatedLinks(units: Unit[], verdicts: Verdict[]): void {
	units.forEach((unit, i) => {
		const previous = units[i - 1];
		if (!previous || verdicts[i] !== null || verdicts[i - 1] !== 'related-links') return;
		const sameList = previous.block === unit.block || isBullet(unit.text);
		// A bare "Related" heading links at least the one story under it, summary and all.
		const underBareHeader = wordCount(previous.text) <= 4 && verdicts[i - 2] !== 'related-links';
		const short = unit.text.length <= 150;
		if (short && ((sameList && sentenceCount(unit.text) <= 1) || underBareHeader)) {
			verdicts[i] = 'related-links';
		}
	});
}

/**
 * After the marker come the blocks Reader View left out of an HTML page: each keeps the reason a
 * line rule gives it, or says that Reader View set it aside.
 */
export function markLeftOut(units: Unit[], verdicts: Verdict[]): void {
	const marker = units.findIndex((unit) => unit.text === LEFT_OUT_MARKER);
	if (marker < 0) return;
	for (let i = marker; i < units.length; i += 1) verdicts[i] ??= 'reader-view';
	verdicts[marker] = 'reader-view';
}

/** A figure's caption, told by its element on the HTML path: the marker and the line after it. */
export function markFigureCaptions(units: Unit[], verdicts: Verdict[]): void {
	units.forEach((unit, i) => {
		if (unit.text !== CAPTION_MARKER) return;
		verdicts[i] = 'photo-caption';
		if (i + 1 < units.length) verdicts[i + 1] = 'photo-caption';
	});
}

/**
 * A paragraph that is only a link, told by its element on the HTML path: the marker goes, and the
 * line after it too when it reads as a headline (another story's, a video's). Under a "Related"
 * header it is one of that list's links. A full sentence that is all link is left to the rules.
 */
export function markLinkParagraphs(units: Unit[], verdicts: Verdict[]): void {
	units.forEach((unit, i) => {
		if (unit.text !== LINK_MARKER) return;
		const reason = verdicts[i - 1] === 'related-links' ? 'related-links' : 'link';
		verdicts[i] = reason;
		const next = units[i + 1]?.text;
		if (next !== undefined && verdicts[i + 1] === null && isHeadlineLike(next)) {
			verdicts[i + 1] = reason;
		}
	});
}

/** A line of punctuation alone ("." left where a picture was) says nothing: the last pass. */
export function markPunctuation(units: Unit[], verdicts: Verdict[]): void {
	units.forEach((unit, i) => {
		if (verdicts[i] === null && !/[\p{L}\p{N}]/u.test(unit.text)) verdicts[i] = 'fragment';
	});
}

/**
 * A page of many stories: what would have been its body is offered, unticked, line by line. The
 * headline found goes the same way: it is one story's, not the page's, and the teacher names the
 * story they pick.
 */
export function markStoryList(verdicts: Verdict[]): void {
	verdicts.forEach((verdict, i) => {
		if (
			verdict === null ||
			verdict === 'standfirst' ||
			verdict === 'paragraph' ||
			verdict === 'title'
		) {
			verdicts[i] = 'story-list';
		}
	});
}
