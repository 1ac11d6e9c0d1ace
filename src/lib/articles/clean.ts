import { detectLanguage, stopWords } from '../language';
import {
	classifyBlocks,
	densestRun,
	isHeadlineLike,
	type BlockClass,
	type BlockClasses
} from './body';
import { clutterReason } from './clutter';
import { isRemoved, markFragments } from './fragments';
import { bylineNames, isBareName, parseDate, parseSource } from './metadata';
import { CAPTION_MARKER, neighbourCaptions, renamedCaptions } from './captions';
import { bareCaptions, deskLabels, subheadLinks } from './labels';
import { LEFT_OUT_MARKER } from './left-out';
import { bylineBios, chartCaptions } from './notices';
import { isStoryList } from './page-kind';
import { markTeaserNeighbours } from './teasers';
import { markFirstTitle, markTitle } from './title';
import { toUnits, type Unit } from './normalise';
import { endsSentence, fold, isBullet, isFragment, sentenceCount, wordCount } from './shape';
import type { ArticleLine, CleanedArticle, RemovalReason, Verdict } from './types';

export type { ArticleLine, CleanedArticle, PageKind, RemovalReason, RemovedLine } from './types';

/**
 * The article cleaner: from text pasted off a news page to title, standfirst, byline, source,
 * credits and body paragraphs, listing every line it left out and why. Pure, so that the import
 * screen, the seed script and the command line all share it.
 */

/** Header metadata that sits between a standfirst and the body. */
const HEADER_REASONS = new Set<Verdict>(['byline', 'date', 'reading-time']);

/**
 * A standfirst is the summary between headline and body. Editors rarely full-stop it; when they
 * do, it still shares the headline's block in a paste whose paragraphs are set apart by blank
 * lines, or sits above the byline. A lone sentence after the title is otherwise the first
 * paragraph.
 */
function markStandfirst(units: Unit[], verdicts: Verdict[], titleIndex: number): void {
	const title = units[titleIndex];
	if (!title) return;
	// A short unpunctuated dek still counts when a byline or date follows it.
	const dekShaped = (text: string, i: number) =>
		!isFragment(text) || (wordCount(text) >= 6 && HEADER_REASONS.has(verdicts[i + 1] ?? null));
	const index = units.findIndex(
		(unit, i) => i > titleIndex && verdicts[i] === null && dekShaped(unit.text, i)
	);
	const candidate = units[index];
	if (!candidate || wordCount(candidate.text) < 6 || candidate.text.length > 400) return;
	const manyBlocks = (units.at(-1)?.block ?? 0) > 1;
	const sameBlock = manyBlocks && candidate.block === title.block && candidate.text.length <= 300;
	const aboveByline = HEADER_REASONS.has(verdicts[index + 1] ?? null);
	if (!endsSentence(candidate.text) || sameBlock || aboveByline) verdicts[index] = 'standfirst';
}

/**
 * A bare name between the headline (or its standfirst) and a date line is the byline printed
 * without its "By": the date beside it says it is not a subhead.
 */
function markBareByline(units: Unit[], verdicts: Verdict[], titleIndex: number): void {
	if (titleIndex < 0) return;
	for (let i = titleIndex + 1; i <= titleIndex + 3 && i < units.length; i += 1) {
		const dated = verdicts[i + 1] === 'date' || verdicts[i - 1] === 'date';
		if (verdicts[i] === null && dated && isBareName(units[i]!.text)) {
			verdicts[i] = 'byline';
			return;
		}
	}
}

/** A link list under a "Related:" header goes with it, as far as its own block reaches. */
function extendRelatedLinks(units: Unit[], verdicts: Verdict[]): void {
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

/** Why a line outside the body goes: by its shape and where it stands. */
function outsideReason(text: string, beforeBody: boolean): RemovalReason {
	if (isHeadlineLike(text) && wordCount(text) >= 4) return 'teaser';
	if (isFragment(text)) return beforeBody ? 'navigation' : 'footer';
	return 'outside-article';
}

/**
 * Lines the body pass rejected: outside the main run they are page furniture; inside it, the
 * ones judged bad are teaser boxes (runs of headlines) set in the middle of the article.
 */
function markOutsideBody(
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

/** A standfirst repeated as the first paragraph (short pages do this) is shown once. */
function markRepeatedStandfirst(units: Unit[], verdicts: Verdict[]): void {
	const index = verdicts.indexOf('standfirst');
	if (index < 0) return;
	const folded = fold(units[index]!.text);
	units.forEach((unit, i) => {
		if (i > index && verdicts[i] === null && fold(unit.text) === folded) {
			verdicts[i] = 'duplicate-standfirst';
		}
	});
}

/** Blocks classed for the body; with no prose-dense block at all (a short note), all are body. */
function bodyClasses(raw: string, units: Unit[], verdicts: Verdict[]): BlockClasses {
	const stop = stopWords(detectLanguage(raw).code);
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

/**
 * After the marker come the blocks Reader View left out of an HTML page: each keeps the reason a
 * line rule gives it, or says that Reader View set it aside.
 */
function markLeftOut(units: Unit[], verdicts: Verdict[]): void {
	const marker = units.findIndex((unit) => unit.text === LEFT_OUT_MARKER);
	if (marker < 0) return;
	for (let i = marker; i < units.length; i += 1) verdicts[i] ??= 'reader-view';
	verdicts[marker] = 'reader-view';
}

/** A figure's caption, told by its element on the HTML path: the marker and the line after it. */
function markFigureCaptions(units: Unit[], verdicts: Verdict[]): void {
	units.forEach((unit, i) => {
		if (unit.text !== CAPTION_MARKER) return;
		verdicts[i] = 'photo-caption';
		if (i + 1 < units.length) verdicts[i + 1] = 'photo-caption';
	});
}

/**
 * A page of many stories: what would have been its body is offered, unticked, line by line. The
 * headline found goes the same way: it is one story's, not the page's, and the teacher names the
 * story they pick.
 */
function markStoryList(verdicts: Verdict[]): void {
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

export interface CleanOptions {
	/**
	 * The text came out of Readability (an HTML paste or upload): the page's layout already set
	 * the article apart, so only the line rules run, not the search for the body.
	 */
	structured?: boolean;
}

/** The head of a comments section ("View comments (27)", "941 comments"): the article is over. */
const COMMENTS_SECTION =
	/^(?:(?:view|show|load|read|expand) (?:all )?(?:\d+ )?(?:reader )?comments\b.{0,12}|\d+ (?:reader )?comments|comment on this (?:article|story)|comment \*)$/i;

/** Every logical line of `raw` in order, with the role the cleaner gives it. */
export function analyseArticle(raw: string, options: CleanOptions = {}): ArticleLine[] {
	const units = toUnits(raw, (line) => clutterReason(line) !== null);
	const verdicts: Verdict[] = units.map((unit) => clutterReason(unit.text));
	// Only htmlToText writes the marker; honoured on both paths, so a text re-read stays right.
	markLeftOut(units, verdicts);
	markFigureCaptions(units, verdicts);
	// Judged before the body is looked for: on a page of many stories, no run of it is the body.
	const storyList = isStoryList(
		units.map((unit) => unit.text),
		verdicts
	);
	const classes = options.structured ? allBody(verdicts) : bodyClasses(raw, units, verdicts);
	const barriers = new Set(
		units.flatMap((unit, i) => (COMMENTS_SECTION.test(unit.text) ? [i] : []))
	);
	const run = densestRun(units, classes, barriers);
	// Readability puts the page's own title first; a pasted page needs its headline found.
	const titleIndex = options.structured
		? markFirstTitle(units, verdicts)
		: markTitle(units, verdicts, run, classes, stopWords(detectLanguage(raw).code));
	// Nothing above the headline is the article: a cookie notice or menu prose that the run took
	// in, a menu, other stories' headlines. Named by their own shape before a sign-in button's
	// or a promo's reason spreads over them (markFragments). A front page keeps its story lines.
	if (titleIndex > run[0] && titleIndex < run[1]) {
		for (let i = run[0]; i < titleIndex; i += 1)
			if (verdicts[i] === null) verdicts[i] = outsideReason(units[i]!.text, true);
	}
	if (!storyList) {
		for (let i = 0; i < Math.min(titleIndex, run[0]); i += 1)
			if (verdicts[i] === null) verdicts[i] = outsideReason(units[i]!.text, true);
	}
	const texts = units.map((unit) => unit.text);
	const captions = [
		...chartCaptions(
			texts,
			verdicts.map((verdict) => verdict === null)
		),
		...neighbourCaptions(texts, verdicts),
		...bareCaptions(texts, verdicts),
		...renamedCaptions(texts, verdicts, stopWords(detectLanguage(raw).code))
	];
	for (const i of captions) verdicts[i] = 'photo-caption';
	for (const i of bylineBios(texts, verdicts)) verdicts[i] = 'author-bio';
	for (const i of deskLabels(texts, verdicts)) verdicts[i] = 'section-label';
	for (const i of subheadLinks(texts, verdicts)) verdicts[i] = 'link';
	markBareByline(units, verdicts, titleIndex);
	markStandfirst(units, verdicts, titleIndex);
	markRepeatedStandfirst(units, verdicts);
	extendRelatedLinks(units, verdicts);
	markTeaserNeighbours(texts, verdicts);
	markFragments(units, verdicts);
	markOutsideBody(units, verdicts, classes.final, run);
	// An article that is all summary (one unpunctuated paragraph under a title) keeps it as body.
	const standfirst = verdicts.indexOf('standfirst');
	if (standfirst >= 0 && !verdicts.includes(null)) verdicts[standfirst] = 'paragraph';
	if (storyList) markStoryList(verdicts);
	return units.map((unit, i): ArticleLine => {
		const verdict = verdicts[i] ?? 'paragraph';
		if (isRemoved(verdict)) return { text: unit.text, role: 'removed', reason: verdict };
		return { text: unit.text, role: verdict };
	});
}

/**
 * Builds the article from analysed lines. Exported so that the review screen can rebuild it after
 * a teacher restores or removes a line: byline, source and credits follow the removed lines.
 */
export function articleFromLines(lines: ArticleLine[]): CleanedArticle {
	const article: CleanedArticle = {
		title: '',
		standfirst: null,
		byline: null,
		source: null,
		publishedOn: null,
		credits: [],
		paragraphs: [],
		removed: [],
		pageKind: 'article'
	};
	// On a page of many stories, the first byline and date are one story's, not the page's.
	const storyList = lines.some((line) => line.role === 'removed' && line.reason === 'story-list');
	for (const line of lines) {
		if (line.role === 'removed') {
			article.removed.push({ text: line.text, reason: line.reason });
			if (line.reason === 'partner-credit') article.credits.push(line.text);
			if (line.reason === 'byline' && !storyList) article.byline ??= bylineNames(line.text);
			if (line.reason === 'author-bio' && !storyList) {
				article.byline ??= bylineNames(line.text, true);
			}
			if ((line.reason === 'byline' || line.reason === 'date') && !storyList) {
				article.publishedOn ??= parseDate(line.text);
			}
			if (line.reason === 'source') article.source ??= parseSource(line.text);
			if (line.reason === 'story-list') article.pageKind = 'story-list';
		} else if (line.role === 'title') article.title ||= line.text;
		else if (line.role === 'standfirst') article.standfirst ??= line.text;
		else article.paragraphs.push(line.text);
	}
	return article;
}

/** Cleans pasted article text. Never throws; empty input gives an empty article. */
export function cleanArticle(raw: string, options: CleanOptions = {}): CleanedArticle {
	return articleFromLines(analyseArticle(raw, options));
}
