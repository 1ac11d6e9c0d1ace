import type { BlockClasses } from './body';
import { looksLikeNames } from './metadata';
import type { Unit } from './normalise';
import { fold, sentenceCount, wordCount, words } from './shape';
import type { Verdict } from './types';

/**
 * Finding the article's headline in a pasted page: the line the body is about, standing above
 * its standfirst and byline, not the site's slogan or the first short line of the page.
 */

/** A title is a headline: one line, not a full-stopped sentence, not a paragraph's length. */
function isTitleShaped(text: string): boolean {
	// "… Underneath N.Y.C." ends on an abbreviation, not a full stop.
	const fullStop = /\.['"’”)]*$/.test(text) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(text);
	return text.length <= 200 && sentenceCount(text) <= 1 && !fullStop;
}

/** "The first substantial line": enough words to be a headline rather than a section label. */
function isSubstantial(text: string): boolean {
	return wordCount(text) >= 3 || text.length >= 20;
}

/** Content words of a line, crudely stemmed, for judging what a headline is about. */
function topics(text: string, stop: ReadonlySet<string>): string[] {
	return words(text)
		.map((word) => word.toLowerCase().replace(/['’]s$/u, ''))
		.filter((word) => word.length >= 3 && !stop.has(word))
		.map((word) => word.slice(0, 6));
}

/** Header lines that sit just under a headline. */
const UNDER_HEADLINE = new Set<Verdict>(['byline', 'date', 'reading-time']);
/**
 * How far above the body a headline may stand, in lines: share bars, menus and a video
 * player's settings (a hundred one-word lines) can come between.
 */
const TITLE_WINDOW = 160;
/** Prose paragraphs at the top of the body that a headline is measured against. */
const TITLE_CONTEXT = 15;
/** Topic words a headline shares with the body before its overlap counts in full. */
const SHARED_WORDS = 4;

/**
 * An author's name alone on a line under the headline: a byline without its "By". Title-case
 * menu items ("Help and Contact Us") have the same shape, but their words are the body's words
 * far more often than a reporter's name is.
 */
function isNameLine(text: string, context: TitleContext): boolean {
	// "Richard (R.J.) Eskow": a bracketed nickname or initials do not stop a name being one.
	const name = text.replace(/\s*\([^()]{1,20}\)/g, '');
	const count = wordCount(name);
	if (count < 2 || count > 4 || name.length > 40 || !looksLikeNames(name)) return false;
	return !topics(name, context.stop).some((word) => context.body.has(word));
}

/** Whether a byline, date or author's name stands at line `i`, under a headline. */
function underHeadline(
	units: Unit[],
	verdicts: Verdict[],
	i: number,
	context: TitleContext
): boolean {
	const verdict = verdicts[i] ?? null;
	if (UNDER_HEADLINE.has(verdict)) return true;
	return verdict === null && isNameLine(units[i]?.text ?? '', context);
}

/** How far below a headline its byline may stand, past share bars and other judged lines. */
const BYLINE_REACH = 25;

/**
 * The three lines under line `i` that may be its standfirst or byline: lines the rules judged
 * furniture (share bars, comment counts) are looked through, as a reader's eye skips them.
 */
function linesUnder(verdicts: Verdict[], i: number): number[] {
	const found: number[] = [];
	for (let j = i + 1; j < verdicts.length && j <= i + BYLINE_REACH && found.length < 3; j += 1) {
		const verdict = verdicts[j] ?? null;
		if (verdict === null || UNDER_HEADLINE.has(verdict)) found.push(j);
	}
	return found;
}

interface TitleContext {
	body: Set<string>;
	folds: Map<string, number>;
	stop: ReadonlySet<string>;
	start: number;
}

/**
 * How much a line looks like this article's headline: its words are the body's words, a byline
 * or date follows it (at once, or under a standfirst), it stands close above the body, and it
 * is repeated (page title and heading). Section names, slogans and "send us a tip" share no
 * words with the body and lose; a short label that shares two words loses to the headline.
 */
function titleScore(units: Unit[], verdicts: Verdict[], i: number, context: TitleContext): number {
	const { body, folds, stop, start } = context;
	const text = units[i]!.text;
	const own = topics(text, stop);
	if (own.length === 0) return -1;
	const shared = own.filter((word) => body.has(word)).length;
	const ratio = shared / own.length;
	// A line about something else is no headline, whatever stands under it.
	if (ratio < 0.2) return ratio - 0.5;
	const overlap = ratio * Math.min(1, shared / SHARED_WORDS);
	const under = linesUnder(verdicts, i);
	const followed = under.some((j) => underHeadline(units, verdicts, j, context));
	// Headline, standfirst, byline: the line above a standfirst that sits on a byline leads. A
	// picture's caption between them is looked through, as other judged lines are.
	const [first = -1, second = -1] = under;
	const next = units[first]?.text ?? '';
	const aboveStandfirst =
		verdicts[first] === null &&
		wordCount(next) >= 6 &&
		wordCount(next) <= 60 &&
		next.length > text.length &&
		underHeadline(units, verdicts, second, context);
	const onByline = underHeadline(units, verdicts, i + 1, context) || aboveStandfirst;
	const repeated = (folds.get(fold(text)) ?? 0) > 1;
	const distance = Math.max(0, start - i);
	return (
		overlap +
		(followed ? 0.4 : 0) +
		(onByline ? 0.2 : 0) +
		(aboveStandfirst ? 0.3 : 0) +
		(repeated ? 0.2 : 0) -
		Math.min(0.4, distance * 0.003) -
		(wordCount(text) <= 2 ? 0.5 : 0) -
		(wordCount(text) <= 4 ? 0.15 : 0)
	);
}

/** Picks the headline above the body among lines not already judged clutter; marks its repeats. */
export function markTitle(
	units: Unit[],
	verdicts: Verdict[],
	[runStart, end]: [number, number],
	classes: BlockClasses,
	stop: ReadonlySet<string>
): number {
	// The body proper starts at its first paragraph that is prose on its own; a headline may
	// stand in the run above it (a short line the run took in on its neighbours' credit).
	const prose = [];
	for (let i = runStart; i < end && prose.length < TITLE_CONTEXT; i += 1) {
		if (classes.initial[i] === 'good') prose.push(i);
	}
	const start = prose[0] ?? runStart;
	const body = new Set(prose.flatMap((i) => topics(units[i]!.text, stop)));
	// How often each line occurs, folded: a headline is often printed twice (breadcrumb, heading).
	const folds = new Map<string, number>();
	for (const unit of units) {
		const folded = fold(unit.text);
		folds.set(folded, (folds.get(folded) ?? 0) + 1);
	}
	const context = { body, folds, stop, start };
	let index = -1;
	let best = 0;
	for (let i = Math.max(0, start - TITLE_WINDOW); i < start || i === runStart; i += 1) {
		if (i >= units.length) break;
		const text = units[i]!.text;
		if (verdicts[i] !== null || !isSubstantial(text) || !isTitleShaped(text)) continue;
		const score = titleScore(units, verdicts, i, context);
		if (score > best) [index, best] = [i, score];
	}
	return index < 0 ? markFirstTitle(units, verdicts) : setTitle(units, verdicts, index);
}

/** The first substantial line as the title, when it is headline-shaped. */
export function markFirstTitle(units: Unit[], verdicts: Verdict[]): number {
	const index = units.findIndex((unit, i) => verdicts[i] === null && isSubstantial(unit.text));
	if (index < 0 || !isTitleShaped(units[index]!.text)) return -1;
	return setTitle(units, verdicts, index);
}

function setTitle(units: Unit[], verdicts: Verdict[], index: number): number {
	verdicts[index] = 'title';
	const folded = fold(units[index]!.text);
	units.forEach((unit, i) => {
		if (i !== index && fold(unit.text) === folded) verdicts[i] = 'duplicate-title';
	});
	return index;
}
