/**
 * A hand-corrected reference body. Readability's extraction (the corpus's body.html) is a fair
 * stand-in for "the paragraphs that should be kept", but on some pages it keeps captions,
 * teasers, newsletter boxes and bios, or drops a body line. A correction names such paragraphs
 * by a short identifying fragment (never the whole text), so the score can be printed against
 * both references. Pure: the score script reads the files, this only matches fragments.
 */
import { normaliseForMatch } from './score';

export interface ReferenceCorrection {
	/** Why the page needs correcting, for the reader of the corrections file. */
	note?: string;
	/** Expected paragraphs that are not body: every one a fragment matches is dropped. */
	remove?: string[];
	/** Body paragraphs Readability left out, found among the page's own paragraphs. */
	add?: string[];
	/** Page text that is the article's but not its body (a standfirst): shown, not clutter. */
	summary?: string[];
	/** A page of many stories: no paragraph of it is an article's body. */
	storyList?: boolean;
}

export interface CorrectedReference {
	expected: string[];
	summary: string[];
	/** Fragments that matched nothing: a stale correction, reported rather than ignored. */
	unmatched: string[];
}

/**
 * A fragment matches a paragraph when its words appear in it in order, on word boundaries;
 * written "=text", it must be the whole paragraph (for one-word lines like "Facebook").
 */
export function fragmentMatches(fragment: string, paragraph: string): boolean {
	const exact = fragment.startsWith('=');
	const want = normaliseForMatch(exact ? fragment.slice(1) : fragment);
	const have = normaliseForMatch(paragraph);
	if (want === '') return false;
	return exact ? have === want : ` ${have} `.includes(` ${want} `);
}

/** Applies `correction` to Readability's `expected` paragraphs; `page` holds the page's own. */
export function correctReference(
	expected: string[],
	page: string[],
	correction: ReferenceCorrection = {}
): CorrectedReference {
	const unmatched: string[] = [];
	const find = (fragment: string, among: string[]) => {
		const found = among.filter((p) => fragmentMatches(fragment, p));
		if (found.length === 0) unmatched.push(fragment);
		return found;
	};
	const removed = new Set((correction.remove ?? []).flatMap((f) => find(f, expected)));
	// One paragraph per added fragment: the page may repeat a line (a pull quote) elsewhere.
	const added = (correction.add ?? []).flatMap((f) => find(f, page).slice(0, 1));
	const summary = (correction.summary ?? []).flatMap((f) => find(f, page).slice(0, 1));
	const kept = correction.storyList ? [] : expected.filter((p) => !removed.has(p));
	return { expected: correction.storyList ? [] : [...kept, ...added], summary, unmatched };
}
