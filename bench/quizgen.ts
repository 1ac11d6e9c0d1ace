/**
 * Question generation, per 1,000 words, on the seed and on a 20,000-word text. The baseline is
 * the cleaner on the same text in the same run, so the ratio survives a slower machine.
 */
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../src/lib/articles/clean';
import {
	articleWords,
	longArticle,
	timeAfterWarmUp,
	timeGeneration
} from '../src/lib/quizgen/bench';
import { allFixtures } from '../src/lib/quizgen/fixtures';

export function benchQuizgen(): void {
	const raw = readFileSync('src/lib/articles/default/cartel-crackdown.raw.txt', 'utf8');
	const seed = cleanArticle(raw);
	const long = longArticle([seed, ...Object.values(allFixtures)], 20_000);
	const longRaw = long.paragraphs.join('\n\n');
	console.log(
		'\nQuestion generation (goal: ≤ 20 ms per 1,000 words after warm-up; median of 5 rounds)'
	);
	for (const [label, article, text] of [
		['seed article', seed, raw],
		['20,000-word text', long, longRaw]
	] as const) {
		const runs = label === 'seed article' ? 20 : 3;
		const timing = timeGeneration(article, runs);
		// The baseline warmed up and measured the same way, so the ratio compares like with like.
		const cleanerMs = timeAfterWarmUp(() => cleanArticle(text), runs);
		const per1000 = timing.msPer1000Words.toFixed(1);
		const ratio = (timing.msPerArticle / cleanerMs).toFixed(1);
		console.log(
			`  ${label.padEnd(18)} ${String(articleWords(article)).padStart(6)} words  ${per1000.padStart(6)} ms/1,000 words  ${ratio}× the cleaner's time on the same text`
		);
	}
}
