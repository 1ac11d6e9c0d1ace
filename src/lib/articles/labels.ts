import { isHeadlineLike } from './body';
import { SAYING } from './captions';
import { looksLikeNames } from './metadata';
import { endsSentence, words } from './shape';
import type { Verdict } from './types';

/**
 * Short labels a page sets around an article that say where it stands rather than what it says:
 * a kicker with a bar ("Profile | Name"), a desk under the byline ("Coast Health News"), the
 * teaser of a live blog, a finance widget's "Disclosures" link; and the caption that comes with
 * no punctuation and no credit, told by the body paragraphs on both sides of it.
 */

/**
 * Kinds of piece a kicker names before a bar: "Profile | …", "Analysis | …". With a colon, only
 * the kinds that never sign a piece: "Analysis: Jo Bell, Our Paper" is the analyst's byline.
 */
const KICKER =
	/^(?:(?:profile|analysis|explainer|opinion|comment|interview|obituary|review|factbox|fact ?check|timeline|in pictures|in depth)\s*\||(?:explainer|factbox|fact ?check|timeline|in pictures)\s*:)\s*\S/i;

export function isSectionLabel(text: string): boolean {
	return text.length <= 80 && !endsSentence(text) && KICKER.test(text);
}

/** A box's kind and its writer's sign-off: "Analysis: Jo Bell, Coast News, Oban". */
const BOX_SIGNED =
	/^(?:analysis|comment|commentary|opinion|viewpoint|perspective|reaction|column)\s*:\s*(.+)$/i;
/** Words in each part of the sign-off: a name, a newsroom, a place. */
const SIGN_OFF_WORDS = 4;

/**
 * The byline of an analysis box set into an article: its kind, then the writer's name, newsroom
 * and place between commas, all capitalised. It names who wrote the box, not the article, so
 * the article's byline is not taken from it (bylineNames reads no names from this shape).
 */
export function isBoxByline(text: string): boolean {
	const rest = BOX_SIGNED.exec(text)?.[1];
	if (!rest || text.length > 100 || endsSentence(rest)) return false;
	const parts = rest.split(',').map((part) => part.trim());
	const name = words(parts[0] ?? '').length;
	return (
		name >= 2 &&
		parts.length <= 4 &&
		parts.every((part) => words(part).length <= SIGN_OFF_WORDS && looksLikeNames(part))
	);
}

/** "Coast News Live updates from …", "Follow our live coverage": a live blog's teaser. */
const LIVE =
	/(?:^|\s)(?:live (?:updates?|coverage|blog|reporting|page)|follow (?:our |the )?live\b|live:)/i;

export function isLiveTeaser(text: string): boolean {
	return text.length <= 90 && !endsSentence(text) && LIVE.test(text);
}

/** A widget's disclosures link, alone or with its provider's name. */
export function isDisclosures(text: string): boolean {
	return /^disclosures?\b(?:\s+\S+){0,3}$/i.test(text) && text.length <= 50;
}

/** A desk's name, title-cased: "Valley Health News", "Metro Desk". */
const DESK = /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:News|Desk|Staff|Wire|Reports?)$/u;

/** Desk labels next to a byline (or a date), which is what makes them a label and not a subhead. */
export function deskLabels(texts: string[], verdicts: Verdict[]): number[] {
	const header = (v: Verdict | undefined) => v === 'byline' || v === 'date';
	return texts.flatMap((text, i) =>
		verdicts[i] === null && DESK.test(text) && (header(verdicts[i - 1]) || header(verdicts[i + 1]))
			? [i]
			: []
	);
}

/** Words in the shortest bare caption: a subhead is shorter, a caption describes a scene. */
const CAPTION_MIN_WORDS = 6;
const CAPTION_MAX_CHARS = 200;
/** A body paragraph on either side: a statement long enough to be prose. */
export const PROSE_CHARS = 60;
/** A video's caption label: the picture's own caption line may follow it. */
const MEDIA_CAPTION = /^(?:media|video) caption\b/i;
/** The label a picture carries under its caption ("Pier repairs"): a phrase of a few words. */
const PICTURE_LABEL_WORDS = 3;

/**
 * Words from which a line with no closing punctuation is too long for a subhead or a list item
 * (those run to a dozen or so words): between two body paragraphs it describes a picture.
 */
const LONG_CAPTION_WORDS = 16;
/**
 * A caption names its subject and then says where or what it is after a comma ("… at his farm,
 * the place where he grew up"; "… seen from the quay, with boats in the silt"): with that comma
 * inside it, a dozen words already make a caption rather than a subhead.
 */
const COMMA_CAPTION_WORDS = 12;
const LONG_CAPTION_CHARS = 400;
/** A line cut off mid-sentence ends on a word like these; a caption ends on its subject. */
const CUT_OFF =
	/\b(?:the|a|an|of|to|and|or|but|in|on|at|for|with|by|from|that|which|who|is|are|was|were)$/i;

/**
 * A long unpunctuated line between two paragraphs of prose: a caption, not a subhead. Not when
 * it stops on a function word or the next paragraph opens in lower case (a sentence an ad cut in
 * two), when someone speaks in it, or when it holds code.
 */
function isLongBareCaption(texts: string[], verdicts: Verdict[], i: number): boolean {
	const text = texts[i] ?? '';
	const next = texts[i + 1] ?? '';
	const prose = (j: number) =>
		verdicts[j] === null && endsSentence(texts[j] ?? '') && (texts[j]?.length ?? 0) >= PROSE_CHARS;
	return (
		verdicts[i] === null &&
		words(text).length >= (/,\s/.test(text) ? COMMA_CAPTION_WORDS : LONG_CAPTION_WORDS) &&
		text.length <= LONG_CAPTION_CHARS &&
		!endsSentence(text) &&
		!/[:;,?!'"’”)\]}]$/u.test(text) &&
		!CUT_OFF.test(text) &&
		!/[{}[\]<>=]/.test(text) &&
		!SAYING.test(text) &&
		prose(i - 1) &&
		prose(i + 1) &&
		/^['"‘“(]?[\p{Lu}\p{N}]/u.test(next)
	);
}

/**
 * A line with no closing punctuation set between body paragraphs is a subhead as often as a
 * caption, and no shape of its own tells them apart ("Costs make the plan harder" is both). What
 * does is what stands around it: a caption sits under a video's "Media caption …" line or over
 * another caption, or over a short subhead (a subhead never heads a subhead). A subhead may
 * follow a picture's caption, so standing under an ordinary caption proves nothing.
 */
export function bareCaptions(texts: string[], verdicts: Verdict[]): number[] {
	const prose = (i: number) =>
		verdicts[i] === null && endsSentence(texts[i] ?? '') && (texts[i]?.length ?? 0) >= PROSE_CHARS;
	const label = (i: number) =>
		verdicts[i] === null &&
		!endsSentence(texts[i] ?? '') &&
		words(texts[i] ?? '').length <= PICTURE_LABEL_WORDS;
	const caption = (i: number) => verdicts[i] === 'photo-caption';
	const mediaCaption = (i: number) => caption(i) && MEDIA_CAPTION.test(texts[i] ?? '');
	return texts.flatMap((text, i) => {
		const shaped =
			verdicts[i] === null &&
			isHeadlineLike(text) &&
			!/[?:]['"’”]?$/.test(text) &&
			text.length <= CAPTION_MAX_CHARS &&
			words(text).length >= CAPTION_MIN_WORDS;
		if (isLongBareCaption(texts, verdicts, i)) return [i];
		if (!shaped) return [];
		const byCaption = (mediaCaption(i - 1) && prose(i + 1)) || (prose(i - 1) && caption(i + 1));
		const overLabel = prose(i - 1) && label(i + 1) && prose(i + 2);
		return byCaption || overLabel ? [i] : [];
	});
}

/**
 * A media word alone ("Video", "Gallery") reads as the label left where a video or pictures were,
 * but is one only over their caption. Anywhere else (in a menu, alone between paragraphs) it names
 * a section of the site: a menu item.
 */
const MEDIA_SECTION = /^(?:video|gallery)$/i;

/** Media words taken for a caption with no caption under them: menu items. */
export function menuMediaWords(texts: string[], verdicts: Verdict[]): number[] {
	return texts.flatMap((text, i) =>
		verdicts[i] === 'photo-caption' &&
		MEDIA_SECTION.test(text) &&
		verdicts[i + 1] !== 'photo-caption'
			? [i]
			: []
	);
}
