// `npx tsx scripts/quiz-trace.ts FOLDER...`: per article, how many candidates each rule makes and
// where they are lost (a structural check, clutter, under MIN_SCORE, not picked), to find why an
// article yields few drafts.
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { structuralProblems } from '../src/lib/quizgen/checks';
import { candidateQuestions, generateQuiz } from '../src/lib/quizgen/generate';
import { MIN_SCORE } from '../src/lib/quizgen/rank';
import { looksLikeClutter } from '../src/lib/quizgen/rules/reading';
import { importance } from '../src/lib/quizgen/sentences';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const fail = failWith('quiz-trace');
const lexicon = loadWordNet();
const verbose = process.argv.includes('-v');
for (const folder of process.argv.slice(2).filter((a) => !a.startsWith('-'))) {
	const { title, paragraphs } = cleanArticle(corpusPageText(folder, fail) ?? '');
	const article = { title, paragraphs };
	const analysis = analyseArticle(article);
	const weights = new Map(
		analysis.sentences.map((s) => [`${s.paragraph}:${s.index}`, importance(s, analysis)])
	);
	interface Row {
		made: number;
		check: number;
		clutter: number;
		low: number;
		open: number;
	}
	const rows = new Map<string, Row>();
	const lost: string[] = [];
	for (const c of candidateQuestions({ analysis, seed: 84, lexicon })) {
		const row = rows.get(c.rule) ?? { made: 0, check: 0, clutter: 0, low: 0, open: 0 };
		rows.set(c.rule, row);
		row.made++;
		const text = paragraphs[c.evidence.paragraph]?.slice(c.evidence.start, c.evidence.end) ?? '';
		const problems = structuralProblems({ ...c, score: 0 }, article);
		const score = 0.5 * (weights.get(c.sentenceKey) ?? 0.3) + 0.5 * c.quality;
		if (looksLikeClutter(text)) {
			row.clutter++;
			if (verbose) lost.push(`  clutter ${c.rule}: ${text.slice(0, 160)}`);
		} else if (problems.length) {
			row.check++;
			if (verbose)
				lost.push(`  check ${c.rule}: ${problems.join('; ')} | ${c.prompt.slice(0, 100)}`);
		} else if (score < MIN_SCORE) {
			row.low++;
			if (verbose) lost.push(`  low ${score.toFixed(2)} ${c.rule}: ${c.prompt.slice(0, 110)}`);
		} else row.open++;
	}
	const { drafts } = generateQuiz(article, { seed: 84, lexicon });
	const words = paragraphs.join(' ').split(/\s+/).length;
	console.log(
		`${folder.split('/').pop()} [${words} words, ${paragraphs.length} paragraphs, ${analysis.sentences.length} sentences] -> ${drafts.length} drafts: ${drafts.map((d) => d.rule).join(', ')}`
	);
	for (const [rule, r] of [...rows].sort())
		console.log(`  ${rule.padEnd(30)} ${JSON.stringify(r)}`);
	if (verbose) console.log(lost.join('\n'));
}
