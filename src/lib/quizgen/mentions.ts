/**
 * Finds the facts a question can ask about: names (people, places, organisations) from runs of
 * capitalised proper nouns, and figures (numbers, percentages, money, dates) from wink-nlp.
 */
import {
	LEADING_WORDS,
	NOT_NAME_WORDS,
	ORGANISATION_WORDS,
	TITLES,
	WEEKDAYS,
	placeKind
} from './gazetteer';
import type { ParsedParagraph, Token } from './nlp';

export type NameType = 'person' | 'place' | 'organisation';
export type MentionType = NameType | 'number' | 'percent' | 'money' | 'date';

export interface Mention {
	type: MentionType;
	text: string;
	start: number;
	end: number;
	/** Index of the sentence within its paragraph. */
	sentence: number;
	/** Finer type that distractors must share: 'full'/'short' name, 'country', 'year', ... */
	subtype: string;
}

/** A run of capitalised words that may be a name, before people are linked across the article. */
export interface NameRun extends Omit<Mention, 'type'> {
	type: NameType | 'unknown';
	afterTitle: boolean;
}

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'van', 'von']);

function isNameToken(token: Token, index: number, sentenceStart: number): boolean {
	if (!isCapitalised(token) || token.pos === 'PUNCT' || token.text === 'I') return false;
	// Mid-sentence, a capital letter marks a name whatever wink's tag ("James Cook University");
	// at the start of a sentence only a proper-noun tag does.
	return token.pos === 'PROPN' || index > sentenceStart;
}

/** "of" joins a name only inside organisations ("Bureau of Meteorology"), not "Hughes of …". */
function joinsName(run: Token[], token: Token): boolean {
	return CONNECTORS.has(token.text) && run.some((t) => ORGANISATION_WORDS.has(t.text));
}

function classify(tokens: Token[], before: Token | undefined): NameRun['type'] {
	const text = tokens.map((t) => t.text).join(' ');
	if (placeKind(text)) return 'place';
	const hasOrganisationWord = tokens.some((t) => ORGANISATION_WORDS.has(t.text));
	if (hasOrganisationWord && tokens.length > 1) return 'organisation';
	if (tokens.length === 1 && /^[A-Z]{2,5}$/.test(text)) return 'organisation';
	const plainName = tokens.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text));
	const nameLike = plainName && !tokens.some((t) => NOT_NAME_WORDS.has(t.text));
	if (
		nameLike &&
		tokens.length >= 2 &&
		tokens.length <= 3 &&
		before?.text.toLowerCase() !== 'the'
	) {
		return 'person';
	}
	return 'unknown';
}

function subtypeOf(type: NameRun['type'], text: string, words: number): string {
	if (type === 'place') return placeKind(text) ?? 'place';
	if (type === 'person') return words > 1 ? 'full' : 'short';
	return type;
}

/** Splits a capitalised run at titles: "US President Donald Trump" gives "US" and "Donald Trump". */
function splitAtTitles(run: Token[]): Array<{ tokens: Token[]; afterTitle: boolean }> {
	const parts: Array<{ tokens: Token[]; afterTitle: boolean }> = [];
	let current: Token[] = [];
	let afterTitle = false;
	for (const token of run) {
		if (TITLES.has(token.text)) {
			if (current.length) parts.push({ tokens: current, afterTitle });
			current = [];
			afterTitle = true;
		} else current.push(token);
	}
	if (current.length) parts.push({ tokens: current, afterTitle });
	return parts;
}

export function findNameRuns(parsed: ParsedParagraph): NameRun[] {
	const runs: NameRun[] = [];
	parsed.sentences.forEach((sentence, sentenceIndex) => {
		let run: Token[] = [];
		const flush = (nextIndex: number) => {
			while (run.length && CONNECTORS.has(run[run.length - 1]?.text ?? '')) run.pop();
			const beforeIndex = nextIndex - run.length - 1;
			for (const part of splitAtTitles(run)) {
				const first = part.tokens[0] as Token;
				const last = part.tokens[part.tokens.length - 1] as Token;
				const text = parsed.text.slice(first.start, last.end);
				const type = classify(part.tokens, parsed.tokens[beforeIndex]);
				const subtype = subtypeOf(type, text, part.tokens.length);
				const span = { start: first.start, end: last.end, sentence: sentenceIndex };
				runs.push({ type, text, subtype, afterTitle: part.afterTitle, ...span });
			}
			run = [];
		};
		for (let i = sentence.from; i < sentence.to; i++) {
			const token = parsed.tokens[i] as Token;
			if (isNameToken(token, i, sentence.from) || joinsName(run, token)) run.push(token);
			else if (run.length) flush(i);
		}
		if (run.length) flush(sentence.to);
	});
	return runs;
}

const CURRENCY = /^[$£€¥]$/;
const MAGNITUDE = /^(?:m|bn|k|million|billion|trillion)$/i;
const SPELLED_SMALL = /^(?:zero|one|two|a|an)$/i;

/** Figures from wink-nlp, tidied: "About 40%" gives "40%", "£ 1.5 m" gives "£1.5m". */
export function findFigures(parsed: ParsedParagraph): Mention[] {
	const figures: Mention[] = [];
	for (const entity of parsed.numbers) {
		let { start, end } = entity;
		let type: Mention['type'] = entity.type;
		const first = parsed.tokens.findIndex((t) => t.start === start);
		const lastIndex = parsed.tokens.findIndex((t) => t.end === end);
		const before = parsed.tokens[first - 1];
		const after = parsed.tokens[lastIndex + 1];
		if (before && CURRENCY.test(before.text) && type === 'number') {
			start = before.start;
			type = 'money';
		}
		if (after && type === 'money' && MAGNITUDE.test(after.text) && after.start === end) {
			end = after.end;
		}
		const lead = LEADING_WORDS.exec(parsed.text.slice(start, end));
		if (lead) start += lead[0].length;
		const text = parsed.text.slice(start, end);
		if (!/\d/.test(text) && (SPELLED_SMALL.test(text) || type === 'date')) continue;
		if (WEEKDAYS.test(text) || /^\d{1,2}(?:am|pm)$/i.test(text)) continue;
		const sentence = parsed.sentences.findIndex((s) => s.start <= start && end <= s.end);
		const subtype = type === 'date' && /^\d{4}$/.test(text) ? 'year' : type;
		figures.push({ type, text, start, end, sentence: Math.max(sentence, 0), subtype });
	}
	return figures;
}
