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
	mentions: ArticleMention[];
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
	const sentences = parsed.flatMap((p, paragraph) =>
		p.sentences.map((s, index) => ({
			paragraph,
			index,
			start: s.start,
			end: s.end,
			text: p.text.slice(s.start, s.end),
			tokens: p.tokens.slice(s.from, s.to),
			mentions: mentions
				.filter((m) => m.paragraph === paragraph && m.sentence === index)
				.sort((a, b) => a.start - b.start)
		}))
	);
	return { title: article.title, paragraphs: article.paragraphs, sentences, mentions };
}
