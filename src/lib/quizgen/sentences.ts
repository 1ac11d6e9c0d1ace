/**
 * Which sentences can stand alone as a question's source, and how central each one is to the
 * article. A sentence whose "he" or "this" points outside it would leave the student guessing.
 */
import type { Analysis, Sentence } from './analyse';
import type { Token } from './nlp';
import { wordCount, words } from './text';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'them', 'their']);
const POINTING = new Set(['these', 'those', 'such']);
const BAD_STARTS = new Set(
	'this that these those such it its he she they his her their others several both instead'.split(
		' '
	)
);
const QUOTE_MARK = /^["“”]$/;

/** Tokens outside quotation marks: a quoted "we" is the speaker's, not a loose reference. */
export function tokensOutsideQuotes(tokens: Token[]): Token[] {
	let inside = false;
	return tokens.filter((token) => {
		if (QUOTE_MARK.test(token.text)) {
			inside = token.text === '”' ? false : token.text === '“' ? true : !inside;
			return false;
		}
		return !inside;
	});
}

/** A pronoun is resolved when a name or a noun comes before it in the same sentence. */
function hasLoosePronoun(sentence: Sentence): boolean {
	const outside = tokensOutsideQuotes(sentence.tokens);
	const firstNamed = sentence.mentions.find(
		(m) => m.type === 'person' || m.type === 'organisation'
	);
	return outside.some((token) => {
		const word = token.text.toLowerCase();
		if (POINTING.has(word)) return true;
		if (!PERSONAL.has(word)) return false;
		const plural = word.startsWith('th');
		const earlierNoun = sentence.tokens.some((t) => t.start < token.start && t.pos === 'NOUN');
		return plural ? !earlierNoun : !firstNamed || firstNamed.start > token.start;
	});
}

export function isStandalone(sentence: Sentence): boolean {
	const count = wordCount(sentence.text);
	const first = words(sentence.text)[0] ?? '';
	if (count < 6 || count > 45 || sentence.text.trim().endsWith('?')) return false;
	// A sentence that opens or closes a quotation without the other half is a fragment of it.
	const opens = (sentence.text.match(/“/g) ?? []).length;
	const closes = (sentence.text.match(/”/g) ?? []).length;
	if (opens !== closes || (sentence.text.match(/"/g) ?? []).length % 2 === 1) return false;
	return !BAD_STARTS.has(first) && !hasLoosePronoun(sentence);
}

const STOP = new Set(
	'the a an of to in on and or for why how what has have is are with'.split(' ')
);

/**
 * How central a sentence is: early position, quotations, figures, named actors and the
 * title's words all mark an article's main claims.
 */
export function importance(sentence: Sentence, analysis: Analysis): number {
	const paragraphs = Math.max(analysis.paragraphs.length, 1);
	const position = 1 - (0.6 * sentence.paragraph) / paragraphs - 0.05 * sentence.index;
	const titleWords = new Set(words(analysis.title).filter((w) => !STOP.has(w)));
	const sentenceWords = new Set(words(sentence.text));
	const titleShare = [...titleWords].filter((w) => sentenceWords.has(w)).length;
	const actors = new Set(
		sentence.mentions.filter((m) => m.type === 'person' || m.type === 'organisation')
	).size;
	const figures = sentence.mentions.filter(
		(m) => !['person', 'place', 'organisation'].includes(m.type)
	);
	const count = wordCount(sentence.text);
	return (
		0.4 * position +
		(/[“"]/.test(sentence.text) ? 0.1 : 0) +
		(figures.length ? 0.15 : 0) +
		0.1 * Math.min(actors, 2) +
		0.05 * Math.min(titleShare, 3) +
		(count >= 10 && count <= 35 ? 0.1 : 0)
	);
}

/** "Paragraph 2 says “…”, so …": the one sentence every draft's explanation is built on. */
export function explain(analysis: Analysis, paragraph: number, start: number, end: number): string {
	const text = (analysis.paragraphs[paragraph] ?? '').slice(start, end).trim().replace(/[.!]$/, '');
	return `Paragraph ${paragraph + 1} says: “${text.replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'))}”`;
}
