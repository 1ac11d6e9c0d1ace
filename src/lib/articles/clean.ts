import { clutterReason, SPREADING_REASONS } from './clutter';
import { parseByline, parseSource } from './metadata';
import { toUnits, type Unit } from './normalise';
import { endsSentence, fold, isBullet, isFragment, sentenceCount, wordCount } from './shape';
import type { ArticleLine, CleanedArticle, RemovalReason } from './types';

export type { ArticleLine, CleanedArticle, RemovalReason, RemovedLine } from './types';

/**
 * The article cleaner: from text pasted off a news page to title, standfirst, byline, source,
 * credits and body paragraphs, listing every line it left out and why. Pure, so that the import
 * screen, the seed script and the command line all share it.
 */

/** What we know of a unit while deciding: its clutter reason, or its role once settled. */
type Verdict = RemovalReason | 'title' | 'standfirst' | 'paragraph' | null;

/** A title is a headline: one line, not a full-stopped sentence, not a paragraph's length. */
function isTitleShaped(text: string): boolean {
	return text.length <= 200 && sentenceCount(text) <= 1 && !/\.['"’”)]*$/.test(text);
}

/** "The first substantial line": enough words to be a headline rather than a section label. */
function isSubstantial(text: string): boolean {
	return wordCount(text) >= 3 || text.length >= 20;
}

/** Picks the title among the lines not already judged clutter; marks its repeats. */
function markTitle(units: Unit[], verdicts: Verdict[]): number {
	const index = units.findIndex((unit, i) => verdicts[i] === null && isSubstantial(unit.text));
	const title = units[index];
	if (!title || !isTitleShaped(title.text)) return -1;
	verdicts[index] = 'title';
	const folded = fold(title.text);
	units.forEach((unit, i) => {
		if (i !== index && fold(unit.text) === folded) verdicts[i] = 'duplicate-title';
	});
	return index;
}

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
	const index = units.findIndex(
		(unit, i) => i > titleIndex && verdicts[i] === null && !isFragment(unit.text)
	);
	const candidate = units[index];
	if (!candidate || wordCount(candidate.text) < 6 || candidate.text.length > 400) return;
	const manyBlocks = (units.at(-1)?.block ?? 0) > 1;
	const sameBlock = manyBlocks && candidate.block === title.block && candidate.text.length <= 300;
	const aboveByline = HEADER_REASONS.has(verdicts[index + 1] ?? null);
	if (!endsSentence(candidate.text) || sameBlock || aboveByline) verdicts[index] = 'standfirst';
}

/** A link list under a "Related:" header goes with it, as far as its own block reaches. */
function extendRelatedLinks(units: Unit[], verdicts: Verdict[]): void {
	units.forEach((unit, i) => {
		const previous = units[i - 1];
		if (!previous || verdicts[i] !== null || verdicts[i - 1] !== 'related-links') return;
		const sameList = previous.block === unit.block || isBullet(unit.text);
		if (sameList && unit.text.length <= 150 && sentenceCount(unit.text) <= 1) {
			verdicts[i] = 'related-links';
		}
	});
}

type Role = 'title' | 'standfirst' | 'paragraph';

function isKept(verdict: Verdict | undefined): verdict is Role {
	return verdict === 'title' || verdict === 'standfirst' || verdict === 'paragraph';
}

function isRemoved(verdict: Verdict | undefined): verdict is RemovalReason {
	return verdict !== null && verdict !== undefined && !isKept(verdict);
}

/** The most frequent spreading reason in a run of clutter, earliest first on a tie. */
function dominantReason(verdicts: Verdict[]): RemovalReason | null {
	const counts = new Map<RemovalReason, number>();
	for (const verdict of verdicts) {
		if (isRemoved(verdict) && SPREADING_REASONS.has(verdict)) {
			counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
		}
	}
	let best: RemovalReason | null = null;
	for (const [reason, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = reason;
	return best;
}

/**
 * Fragments (short lines that are not sentences) are furniture. Where they sit in a run with a
 * promo, newsletter or similar box they take that box's reason, so the teacher sees one story
 * ("promo") rather than a scatter of "fragment" lines.
 */
function markFragments(units: Unit[], verdicts: Verdict[]): void {
	const weak = units.map(
		(unit, i) => verdicts[i] === null && (isFragment(unit.text) || isBullet(unit.text))
	);
	const inRun = (i: number) => weak[i] === true || isRemoved(verdicts[i]);
	let start = 0;
	while (start < units.length) {
		if (!inRun(start)) {
			start += 1;
			continue;
		}
		let end = start;
		while (end < units.length && inRun(end)) end += 1;
		const reason = dominantReason(verdicts.slice(start, end)) ?? 'fragment';
		for (let i = start; i < end; i += 1) if (weak[i]) verdicts[i] = reason;
		start = end;
	}
}

/** Every logical line of `raw` in order, with the role the cleaner gives it. */
export function analyseArticle(raw: string): ArticleLine[] {
	const units = toUnits(raw, (line) => clutterReason(line) !== null);
	const verdicts: Verdict[] = units.map((unit) => clutterReason(unit.text));
	const titleIndex = markTitle(units, verdicts);
	markStandfirst(units, verdicts, titleIndex);
	extendRelatedLinks(units, verdicts);
	markFragments(units, verdicts);
	// An article that is all summary (one unpunctuated paragraph under a title) keeps it as body.
	const standfirst = verdicts.indexOf('standfirst');
	if (standfirst >= 0 && !verdicts.includes(null)) verdicts[standfirst] = 'paragraph';
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
		credits: [],
		paragraphs: [],
		removed: []
	};
	for (const line of lines) {
		if (line.role === 'removed') {
			article.removed.push({ text: line.text, reason: line.reason });
			if (line.reason === 'partner-credit') article.credits.push(line.text);
			if (line.reason === 'byline') article.byline ??= parseByline(line.text);
			if (line.reason === 'source') article.source ??= parseSource(line.text);
		} else if (line.role === 'title') article.title ||= line.text;
		else if (line.role === 'standfirst') article.standfirst ??= line.text;
		else article.paragraphs.push(line.text);
	}
	return article;
}

/** Cleans pasted article text. Never throws; empty input gives an empty article. */
export function cleanArticle(raw: string): CleanedArticle {
	return articleFromLines(analyseArticle(raw));
}
