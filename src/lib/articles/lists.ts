import { endsSentence, isBullet, words } from './shape';

/**
 * Lists that belong to the body: a run of bulleted lines, or the items under a list's heading
 * ("Pros", "What you need"). One by one the items look like page furniture (short, not
 * sentences), so a promo or share bar beside them would take them along. Without bullets, only
 * the generic headings of lists mark one: menus and boxes of other stories' headlines have the
 * same outline, short lines under a short label, and no shape alone tells them apart.
 */

/** Items one list may hold. */
const MAX_ITEMS = 15;
/** An item is a phrase, not a paragraph. */
const ITEM_CHARS = 120;
const ITEM_WORDS = 12;
/** Words in a heading over bullets ("What you need to descale it"). */
const HEADING_WORDS = 8;

/** Headings that introduce a list in reviews, guides and recipes. */
const LIST_HEADING =
	/^(?:pros|cons|the (?:good|bad|ugly)|what we (?:like|liked|love|loved|(?:don['’]t|didn['’]t) like|disliked)|likes|dislikes|strengths|weaknesses|advantages|disadvantages|benefits|drawbacks|key (?:features|points|facts|takeaways)|ingredients|(?:what )?you(?:['’]ll| will)? need|what to (?:bring|pack|expect)|steps|tips|takeaways|at a glance|in brief)\W*$/i;

function isHeading(text: string): boolean {
	const count = words(text).length;
	return text.length <= 60 && count >= 1 && count <= HEADING_WORDS && !endsSentence(text);
}

function isItem(text: string): boolean {
	if (text.length > ITEM_CHARS || /:$/.test(text)) return false;
	return isBullet(text) || words(text).length <= ITEM_WORDS;
}

/** Words in a plain heading over unbulleted items, and in each of its items. */
const PLAIN_HEADING_WORDS = 6;
const PLAIN_ITEM_WORDS = 8;
/** A body paragraph: a statement long enough to be prose. */
const PROSE_CHARS = 120;

const isProse = (text: string | undefined) =>
	text !== undefined && text.length >= PROSE_CHARS && endsSentence(text);

/**
 * Short items under any short heading, set between two paragraphs of prose: a list inside the
 * body ("What the divers found" over three findings). Boxes of other stories stand at the edges
 * of the body, or carry headlines longer than a list's items; neither passes.
 */
function plainListEnd(texts: string[], open: boolean[], heading: number): number {
	const text = texts[heading] ?? '';
	if (!isProse(texts[heading - 1]) || !open[heading - 1]) return heading;
	if (!isHeading(text) || words(text).length > PLAIN_HEADING_WORDS) return heading;
	let end = heading + 1;
	while (
		end < texts.length &&
		end - heading <= MAX_ITEMS &&
		open[end] &&
		!endsSentence(texts[end]!) &&
		!/:$/.test(texts[end]!) &&
		words(texts[end]!).length <= PLAIN_ITEM_WORDS
	) {
		end += 1;
	}
	const enough = end - heading - 1 >= 2;
	return enough && open[end] && isProse(texts[end]) ? end : heading;
}

/** How far the items under line `start` reach: [first, end). */
function itemsAfter(texts: string[], open: boolean[], first: number): number {
	let end = first;
	while (end < texts.length && end - first < MAX_ITEMS && open[end] && isItem(texts[end]!)) {
		end += 1;
	}
	return end;
}

/**
 * Indexes of lines that are a list and its heading. `open[i]` is false for lines already judged
 * clutter by a rule; a list is made of open lines only.
 */
export function listLines(texts: string[], open: boolean[]): Set<number> {
	const found = new Set<number>();
	const add = (start: number, end: number) => {
		for (let k = start; k < end; k += 1) found.add(k);
	};
	let i = 0;
	while (i < texts.length) {
		const text = texts[i] ?? '';
		if (open[i] && LIST_HEADING.test(text)) {
			const end = itemsAfter(texts, open, i + 1);
			if (end - i - 1 >= 2) {
				add(i, end);
				i = end;
				continue;
			}
		}
		const plainEnd = open[i] ? plainListEnd(texts, open, i) : i;
		if (plainEnd > i) {
			add(i, plainEnd);
			i = plainEnd;
			continue;
		}
		if (open[i] && isBullet(text)) {
			let end = i;
			while (end < texts.length && open[end] && isBullet(texts[end]!) && isItem(texts[end]!)) {
				end += 1;
			}
			if (end - i >= 2) {
				// The short heading just above a bulleted run belongs to it.
				const headed = i > 0 && open[i - 1] && isHeading(texts[i - 1]!);
				add(headed ? i - 1 : i, end);
				i = end;
				continue;
			}
		}
		i += 1;
	}
	return found;
}
