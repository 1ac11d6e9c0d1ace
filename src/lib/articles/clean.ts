import { detectLanguage, stopWords } from '../language';
import { articleFromLines, toArticleLines } from './assemble';
import { classifyBlocks, densestRun, type BlockClass, type BlockClasses } from './body';
import { clutterReason, galleryCounters } from './clutter';
import { markBoxedSentences, markFragments, markPriceBoxes } from './fragments';
import {
	extendRelatedLinks,
	markAboveHeadline,
	markFigureCaptions,
	markLeftOut,
	markLinkParagraphs,
	markPunctuation,
	markOutsideBody,
	markStoryList
} from './furniture';
import { neighbourCaptions, pictureCredits, renamedCaptions } from './captions';
import {
	keepLoneStandfirst,
	markBareByline,
	markOpeningLabel,
	markRepeatedStandfirst,
	markStandfirst
} from './header';
import { bareCaptions, deskLabels, menuMediaWords } from './labels';
import { linkPairs, subheadLinks } from './link-lines';
import { authorBoxes, bylineBios, chartCaptions } from './notices';
import { isStoryList } from './page-kind';
import { withBodyTail } from './tail';
import { markBoxedHeadlines, markTeaserNeighbours } from './teasers';
import { markFirstTitle, markTitle } from './title';
import { toUnits, type Unit } from './normalise';
import type { ArticleLine, CleanedArticle, Verdict } from './types';

export { articleFromLines } from './assemble';
export type { ArticleLine, CleanedArticle, PageKind, RemovalReason, RemovedLine } from './types';

/**
 * The article cleaner: from text pasted off a news page to title, standfirst, byline, source,
 * credits and body paragraphs, listing every line it left out and why. Pure, so that the import
 * screen, the seed script and the command line all share it. This module runs the passes in
 * order; each pass lives with its kind: header.ts, furniture.ts, captions.ts, labels.ts …
 */

export interface CleanOptions {
	/**
	 * The text came out of Readability (an HTML paste or upload): the page's layout already set
	 * the article apart, so only the line rules run, not the search for the body.
	 */
	structured?: boolean;
}

/** Blocks classed for the body; with no prose-dense block at all (a short note), all are body. */
function bodyClasses(units: Unit[], verdicts: Verdict[], stop: ReadonlySet<string>): BlockClasses {
	const classes = classifyBlocks(
		units,
		verdicts.map((verdict) => verdict !== null),
		stop
	);
	return classes.final.includes('good') ? classes : allBody(verdicts);
}

/** Every line not judged clutter by rule counts as body. */
function allBody(verdicts: Verdict[]): BlockClasses {
	const all = verdicts.map((verdict): BlockClass => (verdict === null ? 'good' : 'bad'));
	return { judged: verdicts.map((verdict) => verdict !== null), initial: all, final: all };
}

/** The head of a comments section ("View comments (27)", "941 comments"): the article is over. */
const COMMENTS_SECTION =
	/^(?:(?:view|show|load|read|expand) (?:all )?(?:\d+ )?(?:reader )?comments\b.{0,12}|\d+ (?:reader )?comments|comment on this (?:article|story)|comment \*)$/i;

/** Captions, bios, desk labels and linked subheads, each told by its own shape and neighbours. */
function markLabelledLines(
	texts: string[],
	verdicts: Verdict[],
	stop: ReadonlySet<string>,
	run: [number, number]
): void {
	const captions = [
		...chartCaptions(
			texts,
			verdicts.map((verdict) => verdict === null)
		),
		...neighbourCaptions(texts, verdicts),
		...pictureCredits(texts, verdicts),
		...bareCaptions(texts, verdicts),
		...renamedCaptions(texts, verdicts, stop),
		...galleryCounters(texts)
	];
	for (const i of captions) verdicts[i] = 'photo-caption';
	for (const i of bylineBios(texts, verdicts)) verdicts[i] = 'author-bio';
	for (const i of authorBoxes(texts)) verdicts[i] = 'author-bio';
	for (const i of deskLabels(texts, verdicts)) verdicts[i] = 'section-label';
	for (const i of [...subheadLinks(texts, verdicts), ...linkPairs(texts, verdicts, run)]) {
		verdicts[i] = 'link';
	}
}

/** Every logical line of `raw` in order, with the role the cleaner gives it. */
export function analyseArticle(raw: string, options: CleanOptions = {}): ArticleLine[] {
	const units = toUnits(raw, (line) => clutterReason(line) !== null);
	const verdicts: Verdict[] = units.map((unit) => clutterReason(unit.text));
	const stop = stopWords(detectLanguage(raw).code);
	// Only htmlToText writes the marker; honoured on both paths, so a text re-read stays right.
	markLeftOut(units, verdicts);
	markFigureCaptions(units, verdicts);
	markLinkParagraphs(units, verdicts);
	const texts = units.map((unit) => unit.text);
	// Judged before the body is looked for: on a page of many stories, no run of it is the body.
	const storyList = isStoryList(texts, verdicts);
	const classes = options.structured ? allBody(verdicts) : bodyClasses(units, verdicts, stop);
	const barriers = new Set(texts.flatMap((text, i) => (COMMENTS_SECTION.test(text) ? [i] : [])));
	const densest = densestRun(units, classes, barriers);
	const run = options.structured ? densest : withBodyTail(units, verdicts, classes, densest, stop);
	// Readability puts the page's own title first; a pasted page needs its headline found.
	const titleIndex = options.structured
		? markFirstTitle(units, verdicts)
		: markTitle(units, verdicts, run, classes, stop);
	markAboveHeadline(units, verdicts, titleIndex, run, storyList);
	markLabelledLines(texts, verdicts, stop, run);
	markBareByline(units, verdicts, titleIndex);
	markStandfirst(units, verdicts, titleIndex);
	markOpeningLabel(units, verdicts, titleIndex);
	markRepeatedStandfirst(units, verdicts);
	extendRelatedLinks(units, verdicts);
	markTeaserNeighbours(texts, verdicts);
	markFragments(units, verdicts);
	markBoxedSentences(units, verdicts);
	// After the fragments: a menu item's reason is its own and does not spread to its neighbours.
	for (const i of menuMediaWords(texts, verdicts)) verdicts[i] = 'navigation';
	markOutsideBody(units, verdicts, classes.final, run);
	// After the fragments and the body's edges: a chart's figures outside the prose stay theirs.
	markPriceBoxes(units, verdicts);
	markBoxedHeadlines(texts, verdicts);
	markPunctuation(units, verdicts);
	keepLoneStandfirst(verdicts);
	if (storyList) markStoryList(verdicts);
	return toArticleLines(texts, verdicts);
}

/** Cleans pasted article text. Never throws; empty input gives an empty article. */
export function cleanArticle(raw: string, options: CleanOptions = {}): CleanedArticle {
	return articleFromLines(analyseArticle(raw, options));
}
