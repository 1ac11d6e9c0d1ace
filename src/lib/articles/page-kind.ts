import { parseByline } from './metadata';
import { endsSentence, sentenceCount, words } from './shape';
import type { Verdict } from './types';

/**
 * Whether a page is one article or a page of many: a front page, a section index, a list of
 * teasers. Such a page has no body to take a quiz from, whatever its paragraphs look like one by
 * one; what gives it away is the repetition of a story card: a headline, a summary of a sentence
 * or two, and the card's own byline, again and again.
 */

/** Story cards on a page before it counts as a list of stories (an article's "More from" box holds fewer). */
const MIN_CARDS = 4;
/** Share of the body's words that the cards hold: an article with a teaser box is mostly its own prose. */
const CARD_SHARE = 0.5;
/** A card's summary: a sentence or three, never a long paragraph. */
const SUMMARY_CHARS = 320;

function isCardHeadline(text: string): boolean {
	const count = words(text).length;
	const question = /\?['"’”]?$/.test(text);
	return count >= 3 && count <= 20 && text.length <= 160 && (!endsSentence(text) || question);
}

function isCardSummary(text: string): boolean {
	return endsSentence(text) && text.length <= SUMMARY_CHARS && sentenceCount(text) <= 3;
}

/** A card's byline: judged one already, or a "By …" line the body kept. */
function isCardByline(text: string, verdict: Verdict): boolean {
	return verdict === 'byline' || parseByline(text) !== null;
}

/** Paragraphs of prose in a row that make an article, however many cards stand beside it. */
const ARTICLE_RUN = 3;
/** Characters: a paragraph of prose rather than a card's one-line summary. */
const PROSE_CHARS = 100;

/** Whether ARTICLE_RUN paragraphs of prose stand one after another somewhere on the page. */
function hasArticleRun(texts: string[], verdicts: Verdict[]): boolean {
	let run = 0;
	for (let i = 0; i < texts.length; i += 1) {
		const text = texts[i] ?? '';
		const prose = open(verdicts[i] ?? null) && endsSentence(text) && text.length > PROSE_CHARS;
		// Judged lines (an ad label, a share bar) between paragraphs do not break the run.
		if (prose) run += 1;
		else if (open(verdicts[i] ?? null)) run = 0;
		if (run >= ARTICLE_RUN) return true;
	}
	return false;
}

/** Lines still in the body: not judged, or judged body. */
function open(verdict: Verdict): boolean {
	return verdict === null || verdict === 'paragraph';
}

/**
 * True when the lines read as a page of many stories: at least MIN_CARDS headline, summary and
 * byline cards (the byline may come first), holding most of what would be the body's words, and
 * nowhere a few paragraphs of prose in a row (a short article over a long box of cards).
 */
export function isStoryList(texts: string[], verdicts: Verdict[]): boolean {
	let cards = 0;
	let cardWords = 0;
	let bodyWords = 0;
	texts.forEach((text, i) => {
		if (open(verdicts[i] ?? null)) bodyWords += words(text).length;
	});
	const isCard = (i: number) => {
		const [head, summary] = [texts[i] ?? '', texts[i + 1] ?? ''];
		if (!open(verdicts[i] ?? null) || !open(verdicts[i + 1] ?? null)) return false;
		if (!isCardHeadline(head) || !isCardSummary(summary)) return false;
		const after = isCardByline(texts[i + 2] ?? '', verdicts[i + 2] ?? null);
		const before = isCardByline(texts[i - 1] ?? '', verdicts[i - 1] ?? null);
		return after || before;
	};
	for (let i = 0; i < texts.length; i += 1) {
		if (!isCard(i)) continue;
		cards += 1;
		cardWords += words(texts[i]!).length + words(texts[i + 1]!).length;
		i += 1;
	}
	return (
		cards >= MIN_CARDS && cardWords >= CARD_SHARE * bodyWords && !hasArticleRun(texts, verdicts)
	);
}
