import { listLines } from './lists';
import type { Unit } from './normalise';
import { endsSentence, isBullet, words } from './shape';

/**
 * Where the article's body lies in a pasted page, judged the way jusText does (Pomikálek,
 * "Removing Boilerplate and Duplicate Content from Web Corpora", 2011): each block is classed by
 * its length and stop-word density, short and middling blocks then take the class of their
 * neighbours, and the body is the densest run of prose (Finn et al.'s body text extraction):
 * the stretch that maximises prose words minus clutter.
 */

export type BlockClass = 'good' | 'near-good' | 'short' | 'bad';

/** Characters: below this a block is too short to judge alone (jusText's length_low). */
const LENGTH_LOW = 70;
/** Characters: above this a prose-dense block is good on its own (jusText's length_high). */
const LENGTH_HIGH = 200;
/**
 * Share of words that are stop words. Our lists hold ~50 words per language, which cover about
 * a third of running prose and far less of headlines, menus and credits; calibrated on the corpus.
 */
const STOP_LOW = 0.2;
const STOP_HIGH = 0.27;
/** Rule-removed lines in a row beyond which each costs the body more. */
const JUDGED_STREAK = 6;
/** A run of this many short non-sentences in a row is a teaser list or a menu, not a list. */
const TEASER_RUN = 3;

export function stopDensity(text: string, stop: ReadonlySet<string>): number {
	const list = words(text);
	if (list.length === 0) return 0;
	return list.filter((word) => stop.has(word.toLowerCase())).length / list.length;
}

/** Capitalised and full-stopped: the shape of a sentence. */
function isSentence(text: string): boolean {
	return endsSentence(text) && /^['"‘“(]?[\p{Lu}\p{N}]/u.test(text) && words(text).length >= 3;
}

function initialClass(text: string, judged: boolean, stop: ReadonlySet<string>): BlockClass {
	if (judged) return 'bad';
	const density = stopDensity(text, stop);
	// Sentence shape: a capitalised, full-stopped run of a dozen words with ordinary function
	// words is prose whatever its length; headlines and teasers are rarely full-stopped.
	const sentence = isSentence(text);
	if (sentence && density >= STOP_LOW && words(text).length >= 12) return 'good';
	if (sentence && density >= STOP_LOW && words(text).length >= 5) return 'near-good';
	// A short full-stopped statement (an article's one-line last paragraph) is near-good
	// whatever its function words; exclaiming promos and asking teasers are not.
	if (sentence && /\.['"’”)]*$/u.test(text) && words(text).length >= 5) return 'near-good';
	if (text.length < LENGTH_LOW) return 'short';
	if (density >= STOP_HIGH) {
		return text.length > LENGTH_HIGH && endsSentence(text) ? 'good' : 'near-good';
	}
	return density >= STOP_LOW ? 'near-good' : 'bad';
}

/** A line that reads like a link to another story: not a sentence, not a list item. */
export function isHeadlineLike(text: string): boolean {
	// A bare number ("3.") is the marker of a numbered link list, split from its item.
	if (/^\d{1,3}[.)]?$/.test(text)) return true;
	// Teaser headlines may ask a question ("Is coffee good for you?").
	const question = /\?['"’”]?$/.test(text) && words(text).length <= 12;
	return (
		(!endsSentence(text) || question) && !isBullet(text) && !/:$/.test(text) && text.length <= 160
	);
}

/** Short standfirsts under teaser headlines are a sentence or two. */
const CARD_DEK = 220;
/** This many headline-and-summary pairs in a row are a box of other stories. */
const CARD_RUN = 3;

/**
 * Teaser cards: a headline, then a one- or two-sentence summary, again and again. Each summary
 * is prose by its shape, so it is the repetition that gives the box away.
 */
function markTeaserCards(units: Unit[], classes: BlockClass[]): void {
	const isCard = (i: number) =>
		i + 1 < units.length &&
		classes[i] !== 'bad' &&
		isHeadlineLike(units[i]?.text ?? '') &&
		words(units[i]!.text).length >= 3 &&
		endsSentence(units[i + 1]?.text ?? '') &&
		(units[i + 1]?.text.length ?? Infinity) <= CARD_DEK;
	let i = 0;
	while (i < units.length) {
		let j = i;
		while (isCard(j)) j += 2;
		if ((j - i) / 2 >= CARD_RUN) {
			for (let k = i; k < j; k += 1) classes[k] = 'bad';
			i = j;
		} else i += 1;
	}
}

/**
 * A sentence that announces a list with a full stop rather than a colon: "The plan has three
 * parts.", "The changes are as follows." A count and a plural, or "the following".
 */
const ANNOUNCES_LIST =
	/\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+)?(?:parts|things|changes|steps|reasons|ways|points|rules|ideas|questions|options|kinds|types|items|lessons|tips|measures|proposals|demands|priorities|goals|stages|phases|problems|benefits|risks)|as follows|the following)\b[^.!?]{0,40}\.['"’”]?$/iu;

/** A line that introduces a list: it ends in a colon, or announces one in a sentence. */
export function introducesList(text: string): boolean {
	return /:$/.test(text) || (text.length <= 200 && ANNOUNCES_LIST.test(text));
}

/**
 * Runs of short headline-like lines are teasers or menus wherever they stand, unless a line
 * introduces them as a list ("Three things to check:", "The plan has three parts.").
 */
function markTeaserRuns(units: Unit[], classes: BlockClass[], lists: ReadonlySet<number>): void {
	let start = 0;
	while (start < units.length) {
		const weak = (i: number) =>
			classes[i] !== 'good' &&
			classes[i] !== 'bad' &&
			!lists.has(i) &&
			isHeadlineLike(units[i]?.text ?? '');
		if (!weak(start)) {
			start += 1;
			continue;
		}
		let end = start;
		while (end < units.length && weak(end)) end += 1;
		const introduced = introducesList(units[start - 1]?.text ?? '');
		if (end - start >= TEASER_RUN && !introduced) {
			for (let i = start; i < end; i += 1) classes[i] = 'bad';
		}
		start = end;
	}
}

/** Items a list may hold, and the longest line that is still an item rather than prose. */
const LIST_ITEMS = 15;
const LIST_ITEM_CHARS = 250;

/**
 * A line ending in a colon introduces a list: the lines under it, up to the next paragraph of
 * prose, are items whatever their stop-word density, so they take the context of the body.
 */
function markIntroducedLists(units: Unit[], classes: BlockClass[], judged: boolean[]): void {
	units.forEach((unit, i) => {
		if (judged[i] || !/:$/.test(unit.text) || words(unit.text).length < 3) return;
		for (let j = i + 1; j < units.length && j <= i + LIST_ITEMS; j += 1) {
			const item = units[j]!.text;
			if (judged[j] || classes[j] === 'good' || item.length > LIST_ITEM_CHARS) break;
			classes[j] = 'near-good';
		}
	});
}

/**
 * For each block, the class of the nearest block before it (or after it) that is neither short
 * nor near-good; 'bad' at the page's edges. One pass each way keeps long menus linear.
 */
function nearestDecided(classes: BlockClass[], step: -1 | 1, judged: boolean[]): BlockClass[] {
	const out: BlockClass[] = new Array<BlockClass>(classes.length);
	let last: BlockClass = 'bad';
	const order = classes.map((_, i) => (step === 1 ? i : classes.length - 1 - i));
	for (const i of order) {
		out[i] = last;
		const cls = classes[i]!;
		if (judged[i]) continue;
		if (cls === 'good' || cls === 'bad') last = cls;
	}
	return out;
}

/** For each block, the class of the nearest block that is not short (near-good included). */
function nearestOf(classes: BlockClass[], step: -1 | 1, judged: boolean[]): BlockClass[] {
	const out: BlockClass[] = new Array<BlockClass>(classes.length);
	let last: BlockClass = 'bad';
	const order = classes.map((_, i) => (step === 1 ? i : classes.length - 1 - i));
	for (const i of order) {
		out[i] = last;
		if (!judged[i] && classes[i] !== 'short') last = classes[i]!;
	}
	return out;
}

/** jusText's context-sensitive pass: short and near-good blocks take their neighbours' class. */
function reviseByContext(classes: BlockClass[], judged: boolean[]): BlockClass[] {
	const before = nearestDecided(classes, 1, judged);
	const after = nearestDecided(classes, -1, judged);
	const nearGoodBefore = nearestOf(classes, 1, judged);
	const nearGoodAfter = nearestOf(classes, -1, judged);
	const revised = classes.map((cls, i): BlockClass => {
		if (cls !== 'short') return cls;
		if (before[i] === 'good' && after[i] === 'good') return 'good';
		if (before[i] === 'bad' && after[i] === 'bad') return 'bad';
		// Between body and furniture, a short line goes with the furniture unless a near-good
		// block stands between it and the bad side (jusText's rule): a menu that ends where the
		// headline starts does not join the body on the headline's credit.
		const buffered =
			(before[i] === 'bad' && nearGoodBefore[i] === 'near-good') ||
			(after[i] === 'bad' && nearGoodAfter[i] === 'near-good');
		return buffered ? 'near-good' : 'bad';
	});
	const before2 = nearestDecided(revised, 1, judged);
	const after2 = nearestDecided(revised, -1, judged);
	return revised.map((cls, i): BlockClass => {
		if (cls !== 'near-good') return cls;
		return before2[i] === 'bad' && after2[i] === 'bad' ? 'bad' : 'good';
	});
}

export interface BlockClasses {
	/** Blocks the line rules removed (furniture), transparent to their neighbours' context. */
	judged: boolean[];
	/** What each block is on its own. */
	initial: BlockClass[];
	/** Good or bad, once neighbours have had their say. */
	final: BlockClass[];
}

/** Each block classed good or bad for the body, `judged` blocks (clutter by rule) bad. */
export function classifyBlocks(
	units: Unit[],
	judged: boolean[],
	stop: ReadonlySet<string>
): BlockClasses {
	const initial = units.map((unit, i) => initialClass(unit.text, judged[i] === true, stop));
	markIntroducedLists(units, initial, judged);
	// A list under a heading takes the context of the body around it, as an introduced list does.
	const lists = listLines(
		units.map((unit) => unit.text),
		judged.map((j) => !j)
	);
	for (const i of lists) if (initial[i] !== 'good') initial[i] = 'near-good';
	markTeaserRuns(units, initial, lists);
	markTeaserCards(units, initial);
	return { judged, initial, final: reviseByContext(initial, judged) };
}

/**
 * What a block adds to a run: prose words count in full when the block was prose on its own,
 * half when its neighbours made it so, and a short line (a subhead, a menu item) barely counts,
 * so a menu full of short links cannot carry a run on its neighbours' credit.
 */
function weight(
	unit: Unit,
	initial: BlockClass,
	final: BlockClass,
	barrier: boolean,
	judged: boolean,
	streak: number
): number {
	// A comments section ends the article: readers' prose after it is not the body.
	if (barrier) return -1000;
	const count = words(unit.text).length;
	// A line the rules already removed need not push the body away when it is one of a few (an
	// ad label, a share bar); a long stretch of them is the page's furniture and ends the body.
	if (initial === 'bad' && judged) return streak < JUDGED_STREAK ? -1 : -3;
	if (final !== 'good') return -(2 + count / 2);
	if (initial === 'good') return count;
	// A short line adds nothing: it stays when it lies inside the body, but never extends it;
	// a short full sentence (an article's one-line last paragraph) does extend it.
	return initial === 'near-good' || isSentence(unit.text) ? count / 2 : 0;
}

/**
 * The main body: the run of blocks with the most prose words net of clutter (a maximum-sum
 * subarray, linear). Clutter costs a little per line and more per word, so one menu line does
 * not split an article but a long teaser box does. Returns [start, end), empty when no prose.
 */
export function densestRun(
	units: Unit[],
	classes: BlockClasses,
	barriers: ReadonlySet<number> = new Set()
): [number, number] {
	let best: [number, number] = [0, 0];
	let bestSum = 0;
	let sum = 0;
	let start = 0;
	let streak = 0;
	units.forEach((unit, i) => {
		const judged = classes.judged[i] === true;
		streak = judged ? streak + 1 : 0;
		sum += weight(unit, classes.initial[i]!, classes.final[i]!, barriers.has(i), judged, streak);
		if (sum <= 0) {
			sum = 0;
			start = i + 1;
		} else if (sum > bestSum) {
			bestSum = sum;
			best = [start, i + 1];
		}
	});
	return best;
}
