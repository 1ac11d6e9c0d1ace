/**
 * What a cause-effect question's wrong options are made of: causes and effects the article
 * states elsewhere. (True events of other paragraphs were tried as a top-up when an article
 * states too few causes; a blind reader found them no reasons at all, so they are not offered.)
 */

/** A cause or effect the article states, offered as a wrong option. */
export interface Side {
	paragraph: number;
	text: string;
	phrase: boolean;
	/** Stated as a cause (true) or as an effect. */
	cause: boolean;
	/** A cause with its marker, as the article writes it (`markedReason`). */
	marked?: string;
}

const OPENER =
	/^(?:since then|after that|by then|until then|nonetheless|nevertheless|meanwhile|still|currently|instead|however|also|even so|yet|then|now|today|later|finally|indeed|in fact|in turn|as a result|for example|for instance)\b/i;

/** A wrong option in "we" or "you", or opening on "Since then, …", speaks from outside the link. */
export function fairDecoy(text: string): boolean {
	// Case kept for "us": "the US legalised …" names a country, not the author's readers.
	return !/\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b/.test(text) && !OPENER.test(text);
}

/** The markers a reason keeps when it is shown as an answer to "why": "Because …", "Due to …". */
const MARKER =
	/\b(because of|because|due to|owing to|thanks to|as a result of|in response to|in the wake of|for fear of|amid|after|since)\s+$/i;

/**
 * A reason as the article writes it, marker and all ("Due to the higher price of diesel."), when
 * the sentence has the marker right before it: an answer to "why" whatever its form, and a copy
 * of its evidence. Undefined for a reason in "I"/"you", with a year (it would date a sequence
 * item), too short or too long.
 */
export function markedReason(sentence: string, reason: string): string | undefined {
	const body = reason.trim().replace(/[.,;:]+$/, '');
	const at = sentence.toLowerCase().indexOf(body.toLowerCase());
	const marker = at > 0 ? MARKER.exec(sentence.slice(0, at))?.[1] : undefined;
	if (!marker || /\b(?:1[6-9]|20)\d{2}\b/.test(body) || !fairDecoy(body)) return undefined;
	// "Thanks are due to the volunteers" gives credit, not a cause.
	if (/\b(?:thanks|credit|tribute)\s+(?:is|are|was|were)\s+due to\s+$/i.test(sentence.slice(0, at)))
		return undefined;
	const size = body.split(/\s+/).length;
	if (size < 2 || size > 22) return undefined;
	const text = `${marker.toLowerCase()} ${sentence.slice(at, at + body.length)}`;
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
