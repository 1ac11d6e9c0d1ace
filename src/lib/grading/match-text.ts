import { readNumber, sameNumber } from './numbers';

/**
 * Typed answers are marked on meaning, not typing: "São Paulo", "sao paulo." and "Sao-Paulo" are
 * the same answer. Folding removes case, accents (Unicode decomposition, then dropping combining
 * marks), punctuation, symbols and all white space. Dropping white space entirely (rather than
 * collapsing it) also makes "ice cream", "ice-cream" and "icecream" agree; the cost, that word
 * boundaries are ignored, almost never joins two different short answers.
 */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/**
 * Whether `response` matches any of `accepted`. An accepted answer that reads as a number only
 * matches a response with the same value ("1,200" = "1200" = "twelve hundred"); otherwise the
 * folded texts must be equal. A blank response never matches, even a key that folds to nothing.
 */
export function matchesAccepted(response: string, accepted: readonly string[]): boolean {
	const folded = foldText(response);
	if (folded === '') return false;
	const responseNumber = readNumber(response);
	return accepted.some((answer) => {
		const answerNumber = readNumber(answer);
		if (answerNumber) return responseNumber !== null && sameNumber(responseNumber, answerNumber);
		return foldText(answer) === folded;
	});
}
