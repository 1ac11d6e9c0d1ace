/**
 * The one module that talks to the NLP library (wink-nlp), so it can be swapped. wink-nlp was
 * chosen over compromise for speed: it reads a 600-word article in ~5 ms where compromise takes
 * ~40 ms, and the budget is 20 ms per 1,000 words. Names (people, places, organisations)
 * are found from wink's part-of-speech tags in `mentions.ts`.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
	text: string;
	start: number;
	end: number;
	pos: string;
}

export type NumericType = 'number' | 'percent' | 'money' | 'date';

export interface NumericEntity {
	type: NumericType;
	start: number;
	end: number;
}

export interface SentenceSpan {
	start: number;
	end: number;
	/** Index of the sentence's first token and one past its last. */
	from: number;
	to: number;
}

export interface ParsedParagraph {
	text: string;
	tokens: Token[];
	sentences: SentenceSpan[];
	numbers: NumericEntity[];
}

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * Loading the model takes ~80 ms, so it happens once, on first use. Only the annotations read
 * here run: negation and sentiment set flags nothing reads, and cost a sixth of each parse.
 */
function wink(): Wink {
	instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
	return instance;
}

const ENTITY_TYPES: Record<string, NumericType> = {
	CARDINAL: 'number',
	PERCENT: 'percent',
	MONEY: 'money',
	DATE: 'date'
};

/** Character offsets for each token: wink keeps tokens verbatim, so a forward search finds them. */
function locate(text: string, tokenTexts: string[]): Array<[number, number]> {
	let cursor = 0;
	return tokenTexts.map((token) => {
		const at = text.indexOf(token, cursor);
		const start = at < 0 ? cursor : at;
		const end = at < 0 ? cursor : at + token.length;
		cursor = end;
		return [start, end];
	});
}

const LETTERS = /^\p{L}+$/u;

/**
 * wink splits a word at a letter it does not know ("Kovač" gives "Kova" and "č"): letter runs
 * with no space between them are joined again, keeping the first part's tag.
 */
function mergeGlued(raw: Token[]): { tokens: Token[]; index: number[] } {
	const tokens: Token[] = [];
	const index: number[] = [];
	for (const token of raw) {
		const last = tokens[tokens.length - 1];
		if (last && last.end === token.start && LETTERS.test(last.text) && LETTERS.test(token.text)) {
			last.text += token.text;
			last.end = token.end;
		} else tokens.push({ ...token });
		index.push(tokens.length - 1);
	}
	return { tokens, index };
}

export function parseParagraph(text: string): ParsedParagraph {
	const nlp = wink();
	const its = nlp.its;
	const doc = nlp.readDoc(text);
	const texts = doc.tokens().out();
	const pos = doc.tokens().out(its.pos) as string[];
	const offsets = locate(text, texts);
	const { tokens, index } = mergeGlued(
		texts.map((t, i) => ({
			text: t,
			start: offsets[i]?.[0] ?? 0,
			end: offsets[i]?.[1] ?? 0,
			pos: pos[i] ?? 'X'
		}))
	);
	// wink's indices count the tokens before merging; `index` maps them to merged tokens.
	const spanOf = (rawFrom: number, rawTo: number) => {
		const from = index[rawFrom] ?? tokens.length;
		const to = (index[rawTo - 1] ?? tokens.length - 1) + 1;
		return { start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0, from, to };
	};
	const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
		([from, last]) => spanOf(from, last + 1)
	);
	const details = doc.entities().out(its.detail) as unknown as Array<{ type: string }>;
	const spans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
	const numbers: NumericEntity[] = [];
	details.forEach((detail, i) => {
		const type = ENTITY_TYPES[detail.type];
		const span = spans[i];
		if (!type || !span) return;
		const { start, end } = spanOf(span[0], span[1] + 1);
		numbers.push({ type, start, end });
	});
	return { text, tokens, sentences, numbers };
}

let toneReader: Wink | null = null;
const tones = new Map<string, number>();

/**
 * How much a short text praises (above 0) or faults (below 0), from the model's word scores:
 * for wrong answers that judge as the key does ("distinguished from others in excellence" beside
 * "convincing or strongly interesting"). Its own instance, so parsing articles stays without the
 * sentiment pass; each text is read once.
 */
export function toneOf(text: string): number {
	let tone = tones.get(text);
	if (tone === undefined) {
		toneReader ??= winkNLP(model, ['sentiment']);
		tone = toneReader.readDoc(text).out(toneReader.its.sentiment) as number;
		tones.set(text, tone);
	}
	return tone;
}
