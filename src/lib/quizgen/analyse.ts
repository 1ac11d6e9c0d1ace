/**
 * Reads an article once: sentences with their offsets, and every fact mention with names linked
 * across paragraphs ("Claudia Sheinbaum" in one paragraph makes "Sheinbaum" a person in the next).
 */
import { findFigures, findNameRuns, type Mention, type NameRun } from './mentions';
import { parseParagraph, type Token } from './nlp';
import type { ArticleInput } from './types';

export interface ArticleMention extends Mention {
	paragraph: number;
}

export interface Sentence {
	paragraph: number;
	/** Position of the sentence within its paragraph. */
	index: number;
	start: number;
	end: number;
	text: string;
	tokens: Token[];
	mentions: ArticleMention[];
	/** Asks something: its text holds a question mark. */
	question: boolean;
	/** Part of a quotation that spans several sentences, without both of its marks. */
	inQuote: boolean;
	/** An interviewer's line: its paragraph asks a question and quotes nobody. */
	interviewer: boolean;
	/** The sentence before it in the paragraph is a question, which it may answer. */
	afterQuestion: boolean;
}

export interface Analysis {
	title: string;
	paragraphs: string[];
	sentences: Sentence[];
	/** The same sentences grouped by paragraph. */
	byParagraph: Sentence[][];
	mentions: ArticleMention[];
	/** Distinct fact texts by "type/subtype", in order of first mention: the distractor pool. */
	facts: Map<string, string[]>;
	/** In how many paragraphs each fact text occurs: a name in most of them is easy to guess. */
	spread: Map<string, number>;
}

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

/**
 * Types names across the article. A name-shaped run is a person when any mention of it, or of
 * its surname, carries evidence ("Ferreira said" makes "Lucía Ferreira" a person); a single
 * word is a person's short name only when it repeats a known person's surname. Without evidence
 * a name stays unknown and is never asked about or offered as a distractor.
 */
function linkPeople(runs: Array<NameRun & { paragraph: number }>): ArticleMention[] {
	const confirmed = new Set(
		runs.filter((r) => r.nameLike && r.personEvidence).map((r) => surname(r.text))
	);
	const people = runs.filter(
		(r) => r.nameLike && r.subtype === 'full' && confirmed.has(surname(r.text))
	);
	const surnames = new Set(people.map((r) => surname(r.text)));
	// "in Mnangagwa's removal": a lone word typed a place only by the "in" before it is the
	// person the article names in full elsewhere ("security chief Emmerson Mnangagwa, who …").
	const misread = (r: NameRun) =>
		r.type === 'place' && r.subtype === 'place' && !/\s/.test(r.text) && surnames.has(r.text);
	// A surname that is also the last word of a place or organisation ("Alegre") is never a person.
	const taken = new Set(
		runs
			.filter((r) => (r.type === 'place' && !misread(r)) || r.type === 'organisation')
			.map((r) => surname(r.text))
	);
	const teams = new Set(runs.filter((r) => r.subtype === 'team').map((r) => surname(r.text)));
	// "the BBC" once makes every bare "BBC" of the article the same organisation.
	const acronyms = new Set(
		runs.filter((r) => r.type === 'organisation' && /^[A-Z]{2,5}$/.test(r.text)).map((r) => r.text)
	);
	return runs.flatMap((run): ArticleMention[] => {
		const { afterTitle, type, nameLike, personEvidence, ...mention } = run;
		void personEvidence;
		const single = !/\s/.test(run.text);
		if (misread(run)) return [{ ...mention, type: 'person', subtype: 'short' }];
		if (type !== 'unknown' && type !== 'person') return [{ ...mention, type }];
		if (acronyms.has(run.text))
			return [{ ...mention, type: 'organisation', subtype: 'organisation' }];
		if (single && teams.has(run.text) && !surnames.has(run.text)) {
			return [{ ...mention, type: 'organisation', subtype: 'team-short' }];
		}
		if (!nameLike || taken.has(surname(run.text))) return [];
		if (single && (surnames.has(run.text) || afterTitle)) {
			return [{ ...mention, type: 'person', subtype: 'short' }];
		}
		if (!single && surnames.has(surname(run.text))) {
			return [{ ...mention, type: 'person', subtype: 'full' }];
		}
		return [];
	});
}

/** A fact glued to other letters ("US-Mexico", "six-month") cannot be blanked or swapped cleanly. */
function isFreeStanding(text: string, mention: Mention): boolean {
	const before = text[mention.start - 1] ?? ' ';
	const after = text[mention.end] ?? ' ';
	return !/[\p{L}\p{N}-]/u.test(before) && !/[\p{L}\p{N}-]/u.test(after);
}

export function analyseArticle(article: ArticleInput): Analysis {
	const parsed = article.paragraphs.map((text) => parseParagraph(text));
	const runs = parsed.flatMap((p, paragraph) =>
		findNameRuns(p).map((run) => ({ ...run, paragraph }))
	);
	const figures = parsed.flatMap((p, paragraph) =>
		findFigures(p).map((figure) => ({ ...figure, paragraph }))
	);
	const mentions = [...linkPeople(runs), ...figures].filter((m) =>
		isFreeStanding(article.paragraphs[m.paragraph] ?? '', m)
	);
	const bySentence = new Map<string, ArticleMention[]>();
	for (const m of mentions.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start)) {
		const key = `${m.paragraph}:${m.sentence}`;
		bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
	}
	const byParagraph = parsed.map((p, paragraph) => {
		const interviewer = isInterviewerLine(p.text);
		const openAt = quoteDepths(p.text);
		return p.sentences.map((s, index) => {
			const text = p.text.slice(s.start, s.end);
			const previous = p.sentences[index - 1];
			const opens = (openAt[s.start] ?? 0) > 0 || (openAt[s.end] ?? 0) > 0;
			return {
				paragraph,
				index,
				start: s.start,
				end: s.end,
				text,
				tokens: p.tokens.slice(s.from, s.to),
				mentions: bySentence.get(`${paragraph}:${index}`) ?? [],
				question: text.includes('?'),
				inQuote: opens,
				interviewer,
				afterQuestion: !!previous && p.text.slice(previous.start, previous.end).includes('?')
			};
		});
	});
	return {
		title: article.title,
		paragraphs: article.paragraphs,
		sentences: byParagraph.flat(),
		byParagraph,
		mentions,
		...factPools(mentions)
	};
}

/**
 * An interview's question: a paragraph that ends in a question mark and quotes nobody ("You
 * have said the city has ten years to act. Why ten?"). None of its sentences is a fact.
 */
export function isInterviewerLine(text: string): boolean {
	return /\?\s*$/.test(text.trim()) && !/[“”"]/.test(text);
}

/**
 * How many quotations are open at each character offset (curly marks nest; a straight mark
 * opens or closes). A sentence that starts or ends inside one is a fragment of a longer quote.
 */
function quoteDepths(text: string): number[] {
	const depths: number[] = [];
	let depth = 0;
	let straight = false;
	for (let i = 0; i <= text.length; i++) {
		depths.push(depth + (straight ? 1 : 0));
		const c = text[i];
		if (c === '“') depth++;
		else if (c === '”') depth = Math.max(0, depth - 1);
		else if (c === '"') straight = !straight;
	}
	return depths;
}

/** Built once per article, so that rules never rescan every mention (that was quadratic). */
function factPools(mentions: ArticleMention[]): Pick<Analysis, 'facts' | 'spread'> {
	const facts = new Map<string, string[]>();
	const paragraphs = new Map<string, Set<number>>();
	const seen = new Map<string, Set<string>>();
	for (const m of mentions) {
		const key = `${m.type}/${m.subtype}`;
		const pool = facts.get(key) ?? [];
		if (pool.length === 0) facts.set(key, pool);
		// A set beside each pool: the pool copied and searched per mention was quadratic.
		const known = seen.get(key) ?? new Set<string>();
		seen.set(key, known);
		if (!known.has(m.text)) {
			known.add(m.text);
			pool.push(m.text);
		}
		paragraphs.set(m.text, (paragraphs.get(m.text) ?? new Set()).add(m.paragraph));
		// A person under any form of their name: "Claudia Sheinbaum" and "Sheinbaum" count as one.
		if (m.type === 'person') {
			const key = `person:${surname(m.text)}`;
			paragraphs.set(key, (paragraphs.get(key) ?? new Set()).add(m.paragraph));
		}
	}
	const spread = new Map([...paragraphs].map(([text, set]) => [text, set.size]));
	return { facts, spread };
}
