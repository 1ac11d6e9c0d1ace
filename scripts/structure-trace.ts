// `npx tsx scripts/structure-trace.ts <corpus folder> [--show] [--only NAME]`: for each page, the
// central-idea, paragraph-idea, text-structure and quotation-role candidates (before ranking),
// whether each passes the structural checks, and how many of them reach the first ten drafts.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { structuralProblems } from '../src/lib/quizgen/checks';
import { generateQuiz } from '../src/lib/quizgen/generate';
import { centralIdeaQuestions } from '../src/lib/quizgen/rules/central-idea';
import { textStructureQuestions } from '../src/lib/quizgen/rules/text-structure';
import { wordCount } from '../src/lib/quizgen/text';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const fail = failWith('structure-trace');
const args = process.argv.slice(2);
const folder = args[0] ?? '';
const show = args.includes('--show');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (!folder || !existsSync(folder))
	fail('Usage: npx tsx scripts/structure-trace.ts <folder> [--show] [--only NAME]', 2);

const lexicon = loadWordNet();
let total = 0;
for (const name of readdirSync(folder).sort()) {
	const dir = join(folder, name);
	if (!statSync(dir).isDirectory() || (only && name !== only)) continue;
	const article = cleanArticle(corpusPageText(dir, fail) ?? '');
	const words = article.paragraphs.reduce((n, p) => n + wordCount(p), 0);
	const ctx = { analysis: analyseArticle(article), seed: 84, lexicon };
	const mine = [...centralIdeaQuestions(ctx), ...textStructureQuestions(ctx)];
	const sound = mine.filter((c) => structuralProblems({ ...c, score: 0 }, article).length === 0);
	const top = generateQuiz(article, { seed: 84, lexicon }).drafts.slice(0, 10);
	const skills = new Set(top.map((d) => d.skill));
	const rules = top.filter((d) => /central-idea|text-structure/.test(d.rule)).map((d) => d.rule);
	total += rules.length;
	console.log(
		`${name}[${words}] cand ${mine.length} sound ${sound.length} | top10 ${top.length} skills ${skills.size} | mine: ${rules.join(', ')}`
	);
	if (show)
		for (const c of mine) {
			const bad = structuralProblems({ ...c, score: 0 }, article);
			console.log(
				`  - ${c.rule} p${c.evidence.paragraph + 1} ${bad.length ? 'BAD ' + bad.join('; ') : ''}`
			);
			console.log(`    Q: ${c.prompt}`);
			for (const o of c.options ?? []) console.log(`     ${o === c.answer ? '*' : ' '} ${o}`);
		}
}
console.log(`mine in first ten: ${total}`);
