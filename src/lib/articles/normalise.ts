import { endsSentence, firstWord, isBullet } from './shape';

/**
 * From raw pasted text to "units": logical lines, each either a whole paragraph (hard-wrapped
 * lines joined back) or one line of page furniture, tagged with the blank-line block it came from.
 */
export interface Unit {
	text: string;
	/** Index of the blank-line-separated block; lines sharing a block were pasted together. */
	block: number;
}

/** Every line break style, including Unicode separators and form feeds. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\f\v]/g;
/** Soft hyphens, zero-width characters and byte-order marks: invisible, and they break matching. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Tabs, non-breaking and other typographic spaces become plain spaces. */
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Markdown heading markers, so that an uploaded .md reads like a paste. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;

/** Lines of a wrapped paragraph rarely end on these, so the next line continues the sentence. */
const CONTINUING_WORDS = new Set(
	(
		'a an the of to and or but nor in on at for with by from as that which who whom whose ' +
		'is was were are be been has have had its their his her our this these those than into'
	).split(' ')
);

/** One line per entry with spacing tidied; quotes and dashes are content and stay as typed. */
export function normaliseLines(raw: string): string[] {
	return raw
		.replace(LINE_BREAKS, '\n')
		.replace(INVISIBLE, '')
		.split('\n')
		.map((line) => line.replace(SPACES, ' ').trim().replace(MARKDOWN_HEADING, ''));
}

/** Groups lines into blocks separated by one or more blank lines. */
export function toBlocks(lines: string[]): string[][] {
	const blocks: string[][] = [];
	let current: string[] = [];
	for (const line of lines) {
		if (line) {
			current.push(line);
		} else if (current.length) {
			blocks.push(current);
			current = [];
		}
	}
	if (current.length) blocks.push(current);
	return blocks;
}

/** True when `next` plainly carries on the sentence that `line` left unfinished. */
function continues(line: string, next: string): boolean {
	if (/^\p{Ll}/u.test(next)) return true;
	if (/[,;(‐–—-]$/u.test(line)) return true;
	const last = line.split(' ').pop() ?? '';
	return CONTINUING_WORDS.has(last.toLowerCase());
}

/**
 * A block looks hard-wrapped when every line but the last was filled as far as it could go:
 * the next line's first word would not have fitted within the widest line. Two-line blocks
 * carry too little evidence for that alone, so they must also read on from one line to the next.
 */
function isWrapped(lines: string[], isClutter: (line: string) => boolean): boolean {
	if (lines.length < 2) return false;
	if (lines.some((line, i) => isClutter(line) || (i > 0 && isBullet(line)))) return false;
	const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
	if (width < 30 || width > 110) return false;
	const filled = lines
		.slice(0, -1)
		.every((line, i) => line.length + 1 + firstWord(lines[i + 1] ?? '').length > width);
	return filled && (lines.length > 2 || continues(lines[0] ?? '', lines[1] ?? ''));
}

/**
 * What goes between a wrapped line and the next: nothing after a word split at a hyphen, a space
 * otherwise. Judged on the line alone, not the text built so far, to stay linear on long pastes.
 */
function gapAfter(line: string): string {
	return /\p{L}[-‐]$/u.test(line) ? '' : ' ';
}

function joinLines(lines: string[]): string {
	return lines.map((line, i) => (i === 0 ? line : gapAfter(lines[i - 1] ?? '') + line)).join('');
}

/**
 * Splits text into units. `isClutter` marks lines that are furniture on their own (a caption, a
 * reading time); a block holding one is never treated as a wrapped paragraph, so the clutter
 * keeps its own line and can be removed without taking prose with it.
 */
export function toUnits(raw: string, isClutter: (line: string) => boolean): Unit[] {
	const units: Unit[] = [];
	toBlocks(normaliseLines(raw)).forEach((lines, block) => {
		if (isWrapped(lines, isClutter)) {
			units.push({ text: joinLines(lines), block });
			return;
		}
		// `previous` is the unit being built; it may only grow if it did not start as clutter.
		let previous: Unit | undefined;
		let previousIsClutter = false;
		let previousLine = '';
		for (const line of lines) {
			const lineIsClutter = isClutter(line);
			const joinable =
				!previousIsClutter &&
				!lineIsClutter &&
				/^\p{Ll}/u.test(line) &&
				previous !== undefined &&
				!endsSentence(previousLine);
			if (previous && joinable) {
				previous.text += gapAfter(previousLine) + line;
			} else {
				previous = { text: line, block };
				previousIsClutter = lineIsClutter;
				units.push(previous);
			}
			previousLine = line;
		}
	});
	return units;
}
