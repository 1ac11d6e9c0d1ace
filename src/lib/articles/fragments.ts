import { SPREADING_REASONS } from './clutter';
import { listLines } from './lists';
import type { Unit } from './normalise';
import { endsSentence, isBullet, isFragment, wordCount } from './shape';
import type { RemovalReason, Verdict } from './types';

/**
 * Short lines that are not sentences (labels, buttons, headings) between a page's furniture:
 * where they stand in a run with a promo, newsletter or link box, they are that box's.
 */

type Role = 'title' | 'standfirst' | 'paragraph';

export function isKept(verdict: Verdict | undefined): verdict is Role {
	return verdict === 'title' || verdict === 'standfirst' || verdict === 'paragraph';
}

export function isRemoved(verdict: Verdict | undefined): verdict is RemovalReason {
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

/** Words in the shortest line that reads as the body's own last sentence, not a headline. */
const TAIL_WORDS = 6;
/** A paragraph of prose: the body, which a tail line under it carries on. */
const PROSE_WORDS = 12;

/**
 * Where a list of links really starts in a run that opens with sentence-shaped weak lines
 * straight under the body's prose ("The pier is expected to reopen next spring", its full stop
 * lost): its header ("Most read") heads the lines under it, never the ones above. Returns the
 * index of the first line the list may take.
 */
function bodyTail(
	units: Unit[],
	verdicts: Verdict[],
	weak: boolean[],
	start: number,
	end: number
): number {
	const above = units[start - 1]?.text ?? '';
	if (verdicts[start - 1] !== null || !endsSentence(above) || wordCount(above) < PROSE_WORDS) {
		return start;
	}
	let i = start;
	while (i < end && weak[i] && wordCount(units[i]!.text) >= TAIL_WORDS) i += 1;
	return i < end && verdicts[i] === 'related-links' ? i : start;
}

/**
 * Fragments (short lines that are not sentences) are furniture. Where they sit in a run with a
 * promo, newsletter or similar box they take that box's reason, so the teacher sees one story
 * ("promo") rather than a scatter of "fragment" lines.
 */
export function markFragments(units: Unit[], verdicts: Verdict[]): void {
	const texts = units.map((unit) => unit.text);
	// A list under its heading is the article's, however short its items.
	const lists = listLines(
		texts,
		verdicts.map((verdict) => verdict === null)
	);
	const weak = units.map(
		(unit, i) =>
			verdicts[i] === null && !lists.has(i) && (isFragment(unit.text) || isBullet(unit.text))
	);
	// What Reader View left out is not next to the article, however it is printed.
	const inRun = (i: number) =>
		weak[i] === true || (isRemoved(verdicts[i]) && verdicts[i] !== 'reader-view');
	let start = 0;
	while (start < units.length) {
		if (!inRun(start)) {
			start += 1;
			continue;
		}
		let end = start;
		while (end < units.length && inRun(end)) end += 1;
		// Alone, a short line inside the body is a subhead or list item and stays.
		const reason = dominantReason(verdicts.slice(start, end));
		// A list of links ends where the body's next subhead begins: the short line right over a
		// paragraph of prose heads that paragraph. A promo box's last line is still the box's.
		const next = units[end]?.text ?? '';
		const subhead =
			reason === 'related-links' &&
			weak[end - 1] === true &&
			/^\p{Lu}/u.test(units[end - 1]?.text ?? '') &&
			verdicts[end] === null &&
			endsSentence(next) &&
			wordCount(next) >= 12;
		const last = subhead ? end - 1 : end;
		const first = reason === 'related-links' ? bodyTail(units, verdicts, weak, start, end) : start;
		if (reason) for (let i = first; i < last; i += 1) if (weak[i]) verdicts[i] = reason;
		start = end;
	}
}

/** Boxes whose buttons and prices frame short lines of their own: plans, offers, sign-ups. */
const BOX_REASONS: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
	'promo',
	'subscription-prompt',
	'newsletter'
]);
/** Words in the longest line a sign-up box gives a plan or a reassurance ("Cancel any time."). */
const BOXED_WORDS = 15;

/**
 * jusText's context rule turned round: a short block between two body blocks stays, and a short
 * sentence between two lines of a sign-up box (its price and its button, its pitch and the next
 * box) is the box's. One side must be the sign-up box itself; the other its end (links, a menu).
 */
export function markBoxedSentences(units: Unit[], verdicts: Verdict[]): void {
	// The box's own lines, or the link list or menu that starts where it ends. Not an ad label
	// nor a share bar: those stand inside the body, and a short paragraph after them is its own.
	const furniture = (verdict: Verdict | undefined) =>
		isRemoved(verdict) &&
		(BOX_REASONS.has(verdict) || verdict === 'related-links' || verdict === 'navigation');
	units.forEach((unit, i) => {
		if (verdicts[i] !== null || wordCount(unit.text) > BOXED_WORDS) return;
		const before = verdicts[i - 1];
		const after = verdicts[i + 1];
		if (!furniture(before) || !furniture(after)) return;
		const box = [before, after].find((v): v is RemovalReason => isRemoved(v) && BOX_REASONS.has(v));
		if (box) verdicts[i] = box;
	});
}

/** A shop box's price alone: "from $610.00", "£49", "Now €12.99". */
const BARE_PRICE =
	/^(?:(?:from|starting at|now|only|was|at)\s+)?(?:[$£€¥]|us\$)\s?\d[\d,]*(?:\.\d{1,2})?$/iu;
/** A review's score alone beside it: "87", "8.5", "4/5". */
const BARE_SCORE = /^\d{1,3}(?:\.\d)?(?:\s*\/\s*\d{1,3})?$/;
/** Figures one product box prints: its price and a score or two. */
const BOX_FIGURES = 3;

/**
 * A product box in a review: the price alone and the score printed beside it. Set after the
 * fragments pass so that the box's reason does not spread to the list of pros and cons under
 * it, which is the body's. The text path's box usually has a "Buy now" button to give it away;
 * on the HTML path Reader View drops the button and leaves the price.
 */
export function markPriceBoxes(units: Unit[], verdicts: Verdict[]): void {
	const open = (i: number) => verdicts[i] === null || verdicts[i] === 'fragment';
	const price = (i: number) => open(i) && BARE_PRICE.test(units[i]?.text ?? '');
	const score = (i: number) => open(i) && BARE_SCORE.test(units[i]?.text ?? '');
	units.forEach((_, i) => {
		if (!price(i)) return;
		let start = i;
		let end = i + 1;
		while (score(start - 1) || price(start - 1)) start -= 1;
		while (score(end) || price(end)) end += 1;
		// A box has one price and a score; a run of figures is a chart's axis or a table.
		const prices = units.slice(start, end).filter((_, k) => price(start + k)).length;
		if (prices > 1 || end - start > BOX_FIGURES) return;
		for (let k = start; k < end; k += 1) verdicts[k] = 'promo';
	});
}
