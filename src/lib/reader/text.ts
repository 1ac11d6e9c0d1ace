/** A word of running text and where it sits, in UTF-16 offsets like String.prototype.slice. */
export interface WordToken {
	text: string;
	start: number;
	end: number;
}

/**
 * A word as the readability formulas count it: letters or digits, joined inside the word by an
 * apostrophe, hyphen or dot ("don't", "high-powered", "U.S", "3.5"), thousands separators
 * between digits ("1,000") and an optional percent sign. Dashes and slashes separate words.
 */
const WORD = /[\p{L}\p{N}]+(?:['’\-‑.][\p{L}\p{N}]+|(?<=\p{N}),\p{N}{3}(?!\p{N}))*%?/gu;

export function wordTokens(text: string): WordToken[] {
	return Array.from(text.matchAll(WORD), (match) => ({
		text: match[0],
		start: match.index,
		end: match.index + match[0].length
	}));
}
