// `npx tsx scripts/word-trace.ts <corpus folder> [--list]`: what became of every tier-2 word in
// each page (asked, or why it was declined), for measuring the word-meaning rule on a corpus.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { traceWordMeaning } from '../src/lib/quizgen/rules/word-meaning';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const fail = failWith('word-trace');
const folder = process.argv[2] ?? '';
const list = process.argv.includes('--list');
if (!folder || !existsSync(folder))
	fail('Usage: npx tsx scripts/word-trace.ts <folder> [--list]', 2);
const totals = new Map<string, number>();
for (const name of readdirSync(folder).sort()) {
	const dir = join(folder, name);
	if (!statSync(dir).isDirectory()) continue;
	const article = cleanArticle(corpusPageText(dir, fail) ?? '');
	const trace = traceWordMeaning({
		analysis: analyseArticle(article),
		seed: 0,
		lexicon: loadWordNet()
	});
	const asked = trace.filter((t) => t.outcome === 'asked').length;
	console.log(`${name}: ${trace.length} tier-2 words, ${asked} asked`);
	for (const t of trace) {
		totals.set(t.outcome, (totals.get(t.outcome) ?? 0) + 1);
		if (list) console.log(`  ${t.outcome}\t${t.word}\tp${t.paragraph + 1}\t${t.sentence}`);
	}
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]))
	console.log(`${k}\t${v}\t${((100 * v) / all).toFixed(1)}%`);
