import { isHeadlineLike } from './body';
import { endsSentence, wordCount } from './shape';
import { SPREADING_REASONS } from './clutter';
import type { RemovalReason, Verdict } from './types';

/**
 * Two more shapes of other stories set among an article's lines, each told by what stands next
 * to it rather than by its own words: a card (headline, perhaps a one-line summary) over its
 * "Read now" button, and a list of headlines each with its date under it.
 */

/** The button that ends a story card. */
const CARD_BUTTON =
	/^(?:read|watch|listen|see)\s+(?:now|more|here|(?:the\s+)?(?:full\s+)?story)\W*$/i;
/** A card's summary is a line, not a paragraph. */
const CARD_SUMMARY_CHARS = 200;

function isCardHeadline(text: string): boolean {
	return isHeadlineLike(text) && wordCount(text) >= 3;
}

/** Under a promo's own lines, the button and the lines over it are the promo's (markFragments). */
const inPromo = (verdict: Verdict | undefined) =>
	verdict !== undefined && verdict !== null && SPREADING_REASONS.has(verdict as RemovalReason);

/** Headline (and summary) over a "Read now" button: the card of another story. */
function markCardsOverButtons(texts: string[], verdicts: Verdict[]): void {
	texts.forEach((text, i) => {
		if (verdicts[i] === null || !CARD_BUTTON.test(text)) return;
		const [above, twoAbove] = [texts[i - 1] ?? '', texts[i - 2] ?? ''];
		if (verdicts[i - 1] !== null) return;
		if (isCardHeadline(above) && !inPromo(verdicts[i - 2])) {
			verdicts[i - 1] = 'teaser';
			return;
		}
		const summary = endsSentence(above) && above.length <= CARD_SUMMARY_CHARS;
		const card = verdicts[i - 2] === null && isCardHeadline(twoAbove);
		if (summary && card && !inPromo(verdicts[i - 3])) {
			verdicts[i - 1] = 'teaser';
			verdicts[i - 2] = 'teaser';
		}
	});
}

/**
 * Headlines each with its date under it. A headline over one date is the article's own header;
 * two such pairs in a row, or one under a related-links header, are a list of other stories.
 */
function markDatedHeadlines(texts: string[], verdicts: Verdict[]): void {
	const isPair = (i: number) =>
		verdicts[i] === null && verdicts[i + 1] === 'date' && isCardHeadline(texts[i] ?? '');
	let i = 0;
	while (i < texts.length) {
		let end = i;
		while (isPair(end)) end += 2;
		const pairs = (end - i) / 2;
		const listed = verdicts[i - 1] === 'related-links' || verdicts[i - 1] === 'teaser';
		if (pairs >= 2 || (pairs === 1 && listed)) {
			for (let k = i; k < end; k += 2) verdicts[k] = 'teaser';
			i = end;
		} else i += 1;
	}
}

export function markTeaserNeighbours(texts: string[], verdicts: Verdict[]): void {
	markCardsOverButtons(texts, verdicts);
	markDatedHeadlines(texts, verdicts);
}

/** A link box's lines: its header and links, or other stories' headlines. */
const LINK_BOX: ReadonlySet<Verdict> = new Set<Verdict>(['related-links', 'teaser']);
/** An abbreviation's stop at the end of a headline: "… flights to the U.S.". */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}\.){2,}$/u;
const HEADLINE_WORDS = 12;

/**
 * A headline between two lines of a link box is the box's, though it ends on an abbreviation's
 * full stop and so reads as a sentence to the rules before. The last pass over the body's edges.
 */
export function markBoxedHeadlines(texts: string[], verdicts: Verdict[]): void {
	texts.forEach((text, i) => {
		const above = verdicts[i - 1];
		const shaped = !endsSentence(text) || ABBREVIATION_END.test(text);
		if (verdicts[i] !== null || !shaped || wordCount(text) > HEADLINE_WORDS) return;
		if (LINK_BOX.has(above ?? null) && LINK_BOX.has(verdicts[i + 1] ?? null)) {
			verdicts[i] = above as RemovalReason;
		}
	});
}
