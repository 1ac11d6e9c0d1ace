/**
 * Candidate glossary terms found in an article's paragraphs, by shape alone (no dictionary of
 * names): institutions' multi-word names, acronyms, long uncommon words and recurring phrases.
 */
import { COMMON_ACRONYMS, STOPWORDS, isCommonWord } from './commonWords';

export type TermKind = 'name' | 'acronym' | 'phrase' | 'word';

export interface Candidate {
	/** Lower case, singular, single-spaced: how duplicates are recognised. */
	key: string;
	kind: TermKind;
	/**
	 * The form to show: the most frequent, then the shorter ("cartel" also marks "cartels", not
	 * the other way round), then the first seen.
	 */
	term: string;
	count: number;
	/** First paragraph (0-based) and character offset where it appears. */
	paragraph: number;
	offset: number;
}

interface Token {
	text: string;
	start: number;
	end: number;
}

/** Words with an optional apostrophe ending; a possessive "’s" is left outside the token. */
function tokens(paragraph: string): Token[] {
	return Array.from(paragraph.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu), (match) => {
		const text = match[0].replace(/['’]s$/, '');
		return { text, start: match.index, end: match.index + text.length };
	});
}

/** Words that make a capitalised run an institution, a treaty or an era worth explaining. */
const INSTITUTION_HEADS = new Set(
	(
		'Accord Accords Act Administration Agency Agreement Alliance Army Assembly Association ' +
		'Authority Bank Board Bureau Cabinet Cartel Center Centre Coalition College Command ' +
		'Commission Committee Company Congress Convention Corporation Council Court Crisis ' +
		'Department Doctrine Embassy Federation Force Forces Foundation Front Fund Group Guard ' +
		'Initiative Institute League Ministry Movement Nations Navy Office Organisation Organization ' +
		'Pact Parliament Party Police Program Programme Protocol Reserve Revolution Secretariat Senate ' +
		'Service Services Summit Treaty Tribunal Union University War'
	).split(' ')
);
/** Small words allowed inside a name: "Department of Homeland Security". */
const CONNECTORS = new Set('of for and the on de del la du von van'.split(' '));

function singular(word: string): string {
	if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
	if (/(ss|us|is)$/.test(word)) return word;
	if (/(x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
	return word.endsWith('s') && word.length > 3 ? word.slice(0, -1) : word;
}

/** "Drug Cartels" and "drug cartel" share the key "drug cartel". */
export function termKey(term: string): string {
	const words = term.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return words.map(singular).join(' ');
}

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isPlainLowerWord = (token: Token) => /^\p{Ll}+$/u.test(token.text);

/** Runs of capitalised words joined by a space or a hyphen, connectors allowed inside. */
function capitalisedRuns(paragraph: string, words: Token[]): Token[][] {
	const runs: Token[][] = [];
	let run: Token[] = [];
	words.forEach((token, index) => {
		const previous = words[index - 1];
		const gap = previous ? paragraph.slice(previous.end, token.start) : '';
		const continues = run.length > 0 && /^[ \u00a0\-‑]$/.test(gap);
		const fits = isCapitalised(token) || (continues && CONNECTORS.has(token.text));
		if (!continues || !fits) {
			if (run.length > 0) runs.push(run);
			run = [];
		}
		if (fits) run.push(token);
	});
	if (run.length > 0) runs.push(run);
	return runs;
}

/** Drops a sentence's opening "The" or "In" and a dangling connector at the end. */
function trimRun(run: Token[]): Token[] {
	let first = 0;
	let last = run.length - 1;
	while (first <= last && STOPWORDS.has((run[first]?.text ?? '').toLowerCase())) first++;
	while (last >= first && CONNECTORS.has(run[last]?.text ?? '')) last--;
	return run.slice(first, last + 1);
}

function isAcronym(word: string): boolean {
	return (
		/^[A-Z][A-Z0-9]{1,5}$/.test(word) && /[A-Z].*[A-Z]/.test(word) && !/^[IVXLCDM]+$/.test(word)
	);
}

/** Consecutive lower-case content words separated only by spaces, as "money laundering". */
function phraseWindows(paragraph: string, words: Token[], size: number): Token[][] {
	const windows: Token[][] = [];
	for (let start = 0; start + size <= words.length; start++) {
		const window = words.slice(start, start + size);
		const allContent = window.every(
			(token) => isPlainLowerWord(token) && token.text.length >= 3 && !STOPWORDS.has(token.text)
		);
		const spaced = window.every(
			(token, i) => i === 0 || /^\s+$/.test(paragraph.slice(window[i - 1]?.end, token.start))
		);
		if (allContent && spaced) windows.push(window);
	}
	return windows;
}

class Tally {
	private entries = new Map<string, Candidate & { forms: Map<string, number> }>();

	add(kind: TermKind, surface: string, paragraph: number, offset: number): void {
		const key = termKey(surface);
		const id = `${kind}:${key}`;
		const entry = this.entries.get(id) ?? {
			key,
			kind,
			term: surface,
			count: 0,
			paragraph,
			offset,
			forms: new Map<string, number>()
		};
		entry.count++;
		entry.forms.set(surface, (entry.forms.get(surface) ?? 0) + 1);
		this.entries.set(id, entry);
	}

	candidates(): Candidate[] {
		return [...this.entries.values()].map(({ forms, ...candidate }) => {
			const ranked = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
			return { ...candidate, term: ranked[0]?.[0] ?? candidate.term };
		});
	}
}

/** Every candidate term in the paragraphs, with its count and first appearance. */
export function collectCandidates(paragraphs: string[]): Candidate[] {
	const tally = new Tally();
	const tokenised = paragraphs.map(tokens);
	// A long word only counts if the article uses it in lower case: otherwise it is a name.
	const lowerCaseWords = new Set(
		tokenised
			.flat()
			.filter(isPlainLowerWord)
			.map((t) => t.text)
	);
	tokenised.forEach((words, p) => {
		const paragraph = paragraphs[p] ?? '';
		for (const run of capitalisedRuns(paragraph, words).map(trimRun)) {
			const first = run[0];
			const last = run[run.length - 1];
			if (!first || !last || run.length < 2) continue;
			if (!run.some((t) => INSTITUTION_HEADS.has(t.text))) continue;
			tally.add('name', paragraph.slice(first.start, last.end), p, first.start);
		}
		for (const token of words) {
			if (isAcronym(token.text) && !COMMON_ACRONYMS.has(token.text)) {
				tally.add('acronym', token.text, p, token.start);
			}
			const lower = token.text.toLowerCase();
			const isLong = /^\p{L}{8,}$/u.test(lower) && lowerCaseWords.has(lower);
			if (isLong && !isCommonWord(lower)) tally.add('word', lower, p, token.start);
		}
		for (const size of [2, 3]) {
			for (const window of phraseWindows(paragraph, words, size)) {
				tally.add('phrase', window.map((t) => t.text).join(' '), p, window[0]?.start ?? 0);
			}
		}
	});
	return tally.candidates().filter((c) => c.kind !== 'phrase' || c.count >= 2);
}
