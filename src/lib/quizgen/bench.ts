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

/** The middle value: one round slowed by a garbage collection or a busy neighbour is ignored. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Milliseconds per call of `work` after warm-up: `runs` calls to warm up (the NLP model loads on
 * the first, and the JIT compiles the hot paths over the next few: measured, the seed article's
 * first 40 runs took twice the time of later ones), then the median of `rounds` rounds of
 * `runs` calls each.
 */
export function timeAfterWarmUp(work: (run: number) => void, runs: number, rounds = 5): number {
	for (let i = 0; i < runs; i++) work(-1 - i);
	const perRound: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const started = performance.now();
		for (let i = 0; i < runs; i++) work(round * runs + i);
		perRound.push((performance.now() - started) / runs);
	}
	return median(perRound);
}

/** Generation time after warm-up (`timeAfterWarmUp`), each run with its own seed. */
export function timeGeneration(article: ArticleInput, runs = 10, rounds = 5): GenerationTiming {
	const msPerArticle = timeAfterWarmUp(
		(seed) => generateQuestions(article, { seed }),
		runs,
		rounds
	);
	const words = articleWords(article);
	return { words, msPerArticle, msPer1000Words: (msPerArticle / words) * 1000 };
}
