/**
 * Glossary help for the reader: suggest terms a teacher may want to define, and find where the
 * defined terms occur in a paragraph so they can be marked.
 */
import { collectCandidates, type Candidate, type TermKind } from './candidates';

export interface TermSuggestion {
	term: string;
	count: number;
	/** The first paragraph (0-based) the term appears in. */
	paragraph: number;
}

export interface TermOccurrence {
	start: number;
	end: number;
	/** The term as given to `findTermOccurrences`, so its definition can be looked up. */
	term: string;
}

/**
 * How likely each kind is to need explaining. Names of institutions and acronyms are opaque to
 * a student who has not met them; a recurring phrase is the article's own jargon; a long word
 * may just be long.
 */
const KIND_WEIGHT: Record<TermKind, number> = { name: 4, acronym: 3.5, phrase: 3, word: 2 };

/** Rarity, recurrence and an earlier first appearance, in that order of weight. */
function usefulness(candidate: Candidate, paragraphCount: number): number {
	const rarity = candidate.kind === 'word' ? Math.min(1, (candidate.term.length - 8) / 6) : 0;
	const recurrence = Math.log2(candidate.count);
	const position = 0.5 * (1 - candidate.paragraph / Math.max(1, paragraphCount));
	return KIND_WEIGHT[candidate.kind] + rarity + recurrence + position;
}

/** Whether `longer` makes `shorter` redundant: same key, or containing it as whole words. */
function covers(longer: Candidate, shorter: Candidate): boolean {
	if (longer === shorter) return false;
	if (longer.key === shorter.key) {
		const byKind = KIND_WEIGHT[longer.kind] - KIND_WEIGHT[shorter.kind];
		return byKind > 0 || (byKind === 0 && longer.term.length > shorter.term.length);
	}
	return ` ${longer.key} `.includes(` ${shorter.key} `);
}

/**
 * Candidate glossary terms, most useful first: institutions' names, acronyms, recurring
 * two- or three-word phrases and long uncommon words. Case-insensitive duplicates and terms
 * inside a longer suggestion are left out (the longest form wins). Deterministic.
 */
export function suggestTerms(paragraphs: string[], limit = 12): TermSuggestion[] {
	if (!(limit >= 1)) return [];
	const candidates = collectCandidates(paragraphs);
	const kept = candidates.filter((c) => !candidates.some((other) => covers(other, c)));
	const score = new Map(kept.map((c) => [c, usefulness(c, paragraphs.length)]));
	return kept
		.sort(
			(a, b) =>
				(score.get(b) ?? 0) - (score.get(a) ?? 0) ||
				a.paragraph - b.paragraph ||
				a.offset - b.offset ||
				a.term.localeCompare(b.term, 'en')
		)
		.slice(0, Math.floor(limit))
		.map(({ term, count, paragraph }) => ({ term, count, paragraph }));
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A whole-word pattern for a term: any white space between its words, either apostrophe, and
 * a plain plural ending so "cartel" also marks "cartels". Case-insensitive, except for terms
 * in capitals: the acronym "WHO" must not mark every "who", nor "US" every "us".
 */
function termPattern(term: string): RegExp | null {
	const words = term.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return null;
	const body = words.map((w) => escapeRegExp(w).replace(/['’]/g, "['’]")).join('\\s+');
	const inCapitals = /\p{Lu}.*\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
	const flags = inCapitals ? 'gu' : 'giu';
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Where the terms occur in `text`: whole words, not overlapping (a longer match wins over a
 * shorter one it overlaps, then the earlier one), sorted by start.
 */
export function findTermOccurrences(text: string, terms: string[]): TermOccurrence[] {
	const matches: (TermOccurrence & { order: number })[] = [];
	terms.forEach((term, order) => {
		const pattern = termPattern(term);
		if (!pattern) return;
		for (const match of text.matchAll(pattern)) {
			matches.push({ start: match.index, end: match.index + match[0].length, term, order });
		}
	});
	matches.sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order
	);
	const accepted: TermOccurrence[] = [];
	for (const { start, end, term } of matches) {
		if (accepted.every((other) => end <= other.start || start >= other.end)) {
			accepted.push({ start, end, term });
		}
	}
	return accepted.sort((a, b) => a.start - b.start);
}
