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

/** Single capitalised words become people when they repeat a known person's surname. */
function linkPeople(runs: Array<NameRun & { paragraph: number }>): ArticleMention[] {
	const surnames = new Set(
		runs.filter((r) => r.type === 'person' && r.subtype === 'full').map((r) => surname(r.text))
	);
	return runs.flatMap((run): ArticleMention[] => {
		const { afterTitle, type, ...mention } = run;
		const single = !/\s/.test(run.text);
		if (type === 'unknown' && single && (surnames.has(run.text) || afterTitle)) {
			return [{ ...mention, type: 'person', subtype: 'short' }];
		}
		return type === 'unknown' ? [] : [{ ...mention, type }];
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
