import { isBareName } from './metadata';
import type { Unit } from './normalise';
import { endsSentence, fold, isFragment, wordCount } from './shape';
import type { Verdict } from './types';

/**
 * The article's header under its headline: the standfirst, a byline printed without its "By",
 * and a standfirst the page repeats as its first paragraph.
 */

/** Header metadata that sits between a standfirst and the body. */
const HEADER_REASONS = new Set<Verdict>(['byline', 'date', 'reading-time']);

/**
 * A standfirst is the summary between headline and body. Editors rarely full-stop it; when they
 * do, it still shares the headline's block in a paste whose paragraphs are set apart by blank
 * lines, or sits above the byline. A lone sentence after the title is otherwise the first
 * paragraph.
 */
export function markStandfirst(units: Unit[], verdicts: Verdict[], titleIndex: number): void {
	const title = units[titleIndex];
	if (!title) return;
	// A short unpunctuated dek still counts when a byline or date follows it.
	const dekShaped = (text: string, i: number) =>
		!isFragment(text) || (wordCount(text) >= 6 && HEADER_REASONS.has(verdicts[i + 1] ?? null));
	const index = units.findIndex(
		(unit, i) => i > titleIndex && verdicts[i] === null && dekShaped(unit.text, i)
	);
	const candidate = units[index];
	if (!candidate || wordCount(candidate.text) < 6 || candidate.text.length > 400) return;
	const manyBlocks = (units.at(-1)?.block ?? 0) > 1;
	const sameBlock = manyBlocks && candidate.block === title.block && candidate.text.length <= 300;
	const aboveByline = HEADER_REASONS.has(verdicts[index + 1] ?? null);
	if (!endsSentence(candidate.text) || sameBlock || aboveByline) verdicts[index] = 'standfirst';
}

/**
 * A bare name between the headline (or its standfirst) and a date line or share bar is the byline
 * printed without its "By": the header furniture beside it says it is not a subhead.
 */
export function markBareByline(units: Unit[], verdicts: Verdict[], titleIndex: number): void {
	if (titleIndex < 0) return;
	for (let i = titleIndex + 1; i <= titleIndex + 3 && i < units.length; i += 1) {
		const dated = verdicts[i + 1] === 'date' || verdicts[i - 1] === 'date';
		const overShareBar = verdicts[i + 1] === 'share-buttons';
		if (verdicts[i] === null && (dated || overShareBar) && isBareName(units[i]!.text)) {
			verdicts[i] = 'byline';
			return;
		}
	}
}

/** Words in a box's label ("Recipe Search:", "Watch:"), as against a sentence that leads in. */
const OPENING_LABEL_WORDS = 5;
/** A paragraph of prose, which a label over it introduces nothing in. */
const PROSE_WORDS = 12;

/**
 * A short label ending in a colon as the body's first line, over a paragraph of prose rather
 * than a list or a quote: the heading of a box (a video, a search) that Reader View kept, cut off
 * from what it named. Further down the body a line like it leads into the next paragraph.
 */
export function markOpeningLabel(units: Unit[], verdicts: Verdict[], titleIndex: number): void {
	if (titleIndex < 0) return;
	const first = verdicts.findIndex((verdict, i) => i > titleIndex && verdict === null);
	const text = units[first]?.text ?? '';
	const next = units[first + 1]?.text ?? '';
	const labelled = /:$/.test(text) && wordCount(text) <= OPENING_LABEL_WORDS;
	const overProse =
		verdicts[first + 1] === null && endsSentence(next) && wordCount(next) >= PROSE_WORDS;
	// A colon that hands over to a quote ("He said:") leads in, whatever its length.
	if (labelled && overProse && !/^['"‘“]/u.test(next)) verdicts[first] = 'section-label';
}

/** A standfirst repeated as the first paragraph (short pages do this) is shown once. */
export function markRepeatedStandfirst(units: Unit[], verdicts: Verdict[]): void {
	const index = verdicts.indexOf('standfirst');
	if (index < 0) return;
	const folded = fold(units[index]!.text);
	units.forEach((unit, i) => {
		if (i > index && verdicts[i] === null && fold(unit.text) === folded) {
			verdicts[i] = 'duplicate-standfirst';
		}
	});
}

/** An article that is all summary (one unpunctuated paragraph under a title) keeps it as body. */
export function keepLoneStandfirst(verdicts: Verdict[]): void {
	const standfirst = verdicts.indexOf('standfirst');
	if (standfirst >= 0 && !verdicts.includes(null)) verdicts[standfirst] = 'paragraph';
}
