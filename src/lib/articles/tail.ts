import { stopDensity, type BlockClasses } from './body';
import type { Unit } from './normalise';
import { endsSentence, words } from './shape';
import type { Verdict } from './types';

/**
 * The body's last paragraph when its full stop was lost ("The pier is expected to reopen next
 * spring"): short and unpunctuated, it reads to jusText's context rule like the first line of
 * the footer under it, and the densest run stops one line short. A sentence-shaped line (written
 * in sentence case, with the function words of prose) straight under the body's last paragraph
 * and over furniture the line rules already named (a "Most read" header, a footer) is the body's.
 */

/** Words in the shortest line that reads as a sentence rather than a headline or a label. */
const TAIL_WORDS = 6;
const TAIL_MAX_WORDS = 40;
/** Share of stop words from which a line reads as prose (body.ts's STOP_LOW). */
const TAIL_STOP = 0.2;
/** A paragraph of prose, which the tail line carries on from. */
const PROSE_WORDS = 12;

function isSentenceShaped(text: string, stop: ReadonlySet<string>): boolean {
	const list = words(text);
	if (list.length < TAIL_WORDS || list.length > TAIL_MAX_WORDS || endsSentence(text)) return false;
	// Headlines capitalise most of their words; a sentence only its first and its names.
	const capitals = list.slice(1).filter((word) => /^\p{Lu}/u.test(word)).length;
	return (
		/^['"‘“]?\p{Lu}/u.test(text) &&
		capitals < (list.length - 1) / 2 &&
		stopDensity(text, stop) >= TAIL_STOP
	);
}

/**
 * The body's run `[start, end)`, with the body's unpunctuated last line taken back in; its class
 * turns good with it, so that it is not filed as a teaser inside the run.
 */
export function withBodyTail(
	units: Unit[],
	verdicts: Verdict[],
	classes: BlockClasses,
	[start, end]: [number, number],
	stop: ReadonlySet<string>
): [number, number] {
	const last = units[end - 1]?.text ?? '';
	const tail = units[end]?.text ?? '';
	const prose = end > start && endsSentence(last) && words(last).length >= PROSE_WORDS;
	const overFurniture = end + 1 >= units.length || verdicts[end + 1] !== null;
	const open = verdicts[end] === null && verdicts[end - 1] === null;
	if (!prose || !open || !overFurniture || !isSentenceShaped(tail, stop)) return [start, end];
	classes.final[end] = 'good';
	return [start, end + 1];
}
