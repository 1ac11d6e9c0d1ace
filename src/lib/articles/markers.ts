import { CAPTION_MARKER } from './captions';
import { LEFT_OUT_MARKER } from './left-out';

/**
 * The line htmlToText sets before a paragraph that is only a link to another page ("Five things
 * we learned", a video's headline set among the paragraphs): the element says what the line is,
 * which its words alone do not. Like the other markers, the review screen does not show it.
 */
export const LINK_MARKER = '⁂ Link ⁂';

/** The marker lines, which only say what the next lines are: nothing to keep. */
export function isMarker(text: string): boolean {
	return text === LEFT_OUT_MARKER || text === CAPTION_MARKER || text === LINK_MARKER;
}
