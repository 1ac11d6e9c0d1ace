/**
 * Generation timing for `npm run bench`: milliseconds per 1,000 words after warm-up, on one
 * article and on a long text built by repeating several, so one can see the cost is linear.
 */
import { generateQuestions } from './generate';
import { wordCount } from './text';
import type { ArticleInput } from './types';

export interface GenerationTiming {
	words: number;
	msPerArticle: number;
	msPer1000Words: number;
}

export function articleWords(article: ArticleInput): number {
	return article.paragraphs.reduce((sum, p) => sum + wordCount(p), 0);
}

/** Paragraphs from `sources` in turn until the text reaches `words` words. */
export function longArticle(sources: ArticleInput[], words: number): ArticleInput {
	const pool = sources.flatMap((a) => a.paragraphs);
	const paragraphs: string[] = [];
	let total = 0;
	for (let i = 0; total < words && pool.length; i++) {
		const next = pool[i % pool.length] as string;
		paragraphs.push(next);
		total += wordCount(next);
	}
	return { title: 'A long text built from several articles', paragraphs };
}

/** Times `runs` generations after one warm-up run (the NLP model loads on first use). */
export function timeGeneration(article: ArticleInput, runs = 10): GenerationTiming {
	generateQuestions(article);
	const started = performance.now();
	for (let seed = 0; seed < runs; seed++) generateQuestions(article, { seed });
	const msPerArticle = (performance.now() - started) / runs;
	const words = articleWords(article);
	return { words, msPerArticle, msPer1000Words: (msPerArticle / words) * 1000 };
}
