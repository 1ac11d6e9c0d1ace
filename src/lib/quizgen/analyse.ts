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
	// A surname that is also the last word of a place or organisation ("Alegre") is never a person.
	const taken = new Set(
		runs.filter((r) => r.type === 'place' || r.type === 'organisation').map((r) => surname(r.text))
	);
	const teams = new Set(runs.filter((r) => r.subtype === 'team').map((r) => surname(r.text)));
	return runs.flatMap((run): ArticleMention[] => {
		const { afterTitle, type, nameLike, personEvidence, ...mention } = run;
		void personEvidence;
		const single = !/\s/.test(run.text);
		if (type !== 'unknown' && type !== 'person') return [{ ...mention, type }];
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
	const byParagraph = parsed.map((p, paragraph) =>
		p.sentences.map((s, index) => ({
			paragraph,
			index,
			start: s.start,
			end: s.end,
			text: p.text.slice(s.start, s.end),
			tokens: p.tokens.slice(s.from, s.to),
			mentions: bySentence.get(`${paragraph}:${index}`) ?? []
		}))
	);
	return {
		title: article.title,
		paragraphs: article.paragraphs,
		sentences: byParagraph.flat(),
		byParagraph,
		mentions,
		...factPools(mentions)
	};
}

/** Built once per article, so that rules never rescan every mention (that was quadratic). */
function factPools(mentions: ArticleMention[]): Pick<Analysis, 'facts' | 'spread'> {
	const facts = new Map<string, string[]>();
	const paragraphs = new Map<string, Set<number>>();
	for (const m of mentions) {
		const key = `${m.type}/${m.subtype}`;
		const pool = facts.get(key) ?? [];
		if (!pool.includes(m.text)) facts.set(key, [...pool, m.text]);
		paragraphs.set(m.text, (paragraphs.get(m.text) ?? new Set()).add(m.paragraph));
	}
	const spread = new Map([...paragraphs].map(([text, set]) => [text, set.size]));
	return { facts, spread };
}
