import { fold, wordCount } from './shape';

/**
 * What Reader View (Readability) left out of an HTML page, for the review screen: the teacher
 * sees those lines too, each with a reason, and can tick one back into the body. Only prose-like
 * blocks are offered (menus and buttons are not worth a tick box), after the article, under a
 * marker line that the cleaner files away and the review screen does not show.
 */
export const LEFT_OUT_MARKER = '⁂ Left out by Reader View ⁂';

/** Blocks offered at most, and the fewest words a block needs to be worth offering. */
const MAX_LEFT_OUT = 80;
const MIN_WORDS = 6;

/**
 * The blocks of the whole page (`all`, in page order) that are not in the article (`kept`),
 * prose-like, each once, within `budget` characters so that the text stays under its limit.
 */
export function leftOutBlocks(all: string[], kept: string[], budget: number): string[] {
	const seen = new Set(kept.map(fold));
	const keptWhole = [...seen].join('\n');
	const out: string[] = [];
	let used = 0;
	for (const block of all) {
		if (out.length >= MAX_LEFT_OUT) break;
		if (wordCount(block) < MIN_WORDS) continue;
		const folded = fold(block);
		// A block Readability kept in part (an inline run of a kept paragraph) is not left out.
		if (seen.has(folded) || keptWhole.includes(folded)) continue;
		if (used + block.length + 2 > budget) break;
		seen.add(folded);
		out.push(block);
		used += block.length + 2;
	}
	return out;
}
