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
}

const OPENER =
	/^(?:since then|after that|by then|until then|nonetheless|nevertheless|meanwhile|still|currently|instead|however|also|even so|yet|then|now|today|later|finally|indeed|in fact|in turn|as a result|for example|for instance)\b/i;

/** A wrong option in "we" or "you", or opening on "Since then, …", speaks from outside the link. */
export function fairDecoy(text: string): boolean {
	return !/\b(?:I|me|my|we|us|our|you|your)\b/i.test(text) && !OPENER.test(text);
}
