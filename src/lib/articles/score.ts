/**
 * Measures a cleaned article against a reference: which expected body paragraphs were kept,
 * which shown paragraphs are not body at all (clutter), and whether the title is right. Used by
 * `npm run article:score` over the corpus; pure so that its matching rules have tests of their own.
 */

/** Lower case, letters and digits only, single spaces: punctuation and quotes never decide. */
export function normaliseForMatch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Share of `a`'s words that appear in `b`. */
function containment(a: string[], b: Set<string>): number {
	if (a.length === 0) return 1;
	return a.filter((word) => b.has(word)).length / a.length;
}

/** Paragraphs are the same text when one holds the other, or nearly all their words agree. */
const FUZZY = 0.85;
const FUZZY_MIN_WORDS = 8;

/**
 * `whole` is every paragraph of the other side joined with spaces. The match is on word
 * boundaries: a one-word line ("Cons") is not found inside another word ("console").
 */
function covered(paragraph: string, whole: string, others: Set<string>[]): boolean {
	const norm = normaliseForMatch(paragraph);
	if (norm === '' || ` ${whole} `.includes(` ${norm} `)) return true;
	const tokens = norm.split(' ');
	if (tokens.length < FUZZY_MIN_WORDS) return false;
	return others.some((set) => containment(tokens, set) >= FUZZY);
}

export interface PageScore {
	expected: number;
	kept: number;
	shown: number;
	clutter: number;
	clutterLines: string[];
	missingLines: string[];
}

/**
 * Compares shown paragraphs with expected ones, in both directions. `summary` holds text that
 * is the article's but not its body (the page's own summary, which a standfirst repeats): shown,
 * it is not clutter. Recall is still measured on the body alone. `heading` is what the article
 * shows above its body (the title): a reference body that starts with the headline has it kept
 * when it is the title, and the title is never counted as clutter.
 */
export function scoreParagraphs(
	shown: string[],
	expected: string[],
	summary: string[] = [],
	heading: string[] = []
): PageScore {
	const headings = new Set(heading.map(normaliseForMatch).filter(Boolean));
	const shownWhole = shown.map(normaliseForMatch).join(' ');
	const allowed = [...expected, ...summary];
	const expectedWhole = allowed.map(normaliseForMatch).join(' ');
	const shownSets = shown.map((p) => new Set(normaliseForMatch(p).split(' ')));
	const expectedSets = allowed.map((p) => new Set(normaliseForMatch(p).split(' ')));
	const missingLines = expected.filter(
		(p) => !headings.has(normaliseForMatch(p)) && !covered(p, shownWhole, shownSets)
	);
	const clutterLines = shown.filter((p) => !covered(p, expectedWhole, expectedSets));
	return {
		expected: expected.length,
		kept: expected.length - missingLines.length,
		shown: shown.length,
		clutter: clutterLines.length,
		clutterLines,
		missingLines
	};
}

/** Drops a trailing " | Site", " - Site" or " — Author" part, which sites add to page titles. */
function withoutSuffix(title: string): string {
	return title.replace(/\s+[|–—-]\s+[^|–—-]{1,60}$/u, '');
}

/** A title is right when it matches the reference, with or without a site suffix on either. */
export function titleMatches(found: string, reference: string): boolean {
	const a = normaliseForMatch(found);
	const b = normaliseForMatch(reference);
	if (a === '' || b === '') return a === b;
	if (a === b) return true;
	const a2 = normaliseForMatch(withoutSuffix(found));
	const b2 = normaliseForMatch(withoutSuffix(reference));
	return a2 === b2 || a2 === b || a === b2;
}
