// `npx tsx scripts/skill-trace.ts FOLDER [skill…]`: for every page folder, how many candidates
// each comprehension rule makes, how many pass the structural checks, and how many the ranked
// first ten keep, so a skill missing from an article shows where it was lost.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { structuralProblems } from '../src/lib/quizgen/checks';
import { candidateQuestions, generateQuiz } from '../src/lib/quizgen/generate';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const fail = failWith('skill-trace');

const [folder, ...skills] = process.argv.slice(2);
if (!folder) throw new Error('Usage: npx tsx scripts/skill-trace.ts FOLDER [skill…]');
const verbose = skills.includes('-v');
const wanted = skills.filter((s) => s !== '-v');
const lexicon = loadWordNet();

for (const name of readdirSync(folder).sort()) {
	const dir = join(folder, name);
	if (!statSync(dir).isDirectory()) continue;
	const text = corpusPageText(dir, fail);
	if (!text) continue;
	const article = cleanArticle(text);
	const analysis = analyseArticle(article);
	const all = candidateQuestions({ analysis, seed: 1, lexicon });
	const ok = all.filter((c) => structuralProblems({ ...c, score: 0 }, article).length === 0);
	const top = generateQuiz(article, { seed: 84, lexicon }).drafts.slice(0, 10);
	const words = article.paragraphs.join(' ').split(/\s+/).length;
	const count = (list: { rule: string; skill: string }[]) => {
		const m = new Map<string, number>();
		for (const c of list)
			if (!wanted.length || wanted.includes(c.skill)) m.set(c.rule, (m.get(c.rule) ?? 0) + 1);
		return m;
	};
	const [a, b, t] = [count(all), count(ok), count(top)];
	const rules = [...a.keys()].sort();
	console.log(
		`${name} [${words}] top10 skills: ${[...new Set(top.map((d) => d.skill))].join(', ')}`
	);
	for (const r of rules)
		console.log(`   ${r}: ${a.get(r)} → checks ${b.get(r) ?? 0} → top ${t.get(r) ?? 0}`);
	if (verbose)
		for (const c of all.filter((c) => !wanted.length || wanted.includes(c.skill))) {
			const p = structuralProblems({ ...c, score: 0 }, article);
			console.log(
				`      [${c.rule}] ${c.prompt} => ${c.answer}${p.length ? `  ✗ ${p.join('; ')}` : ''}`
			);
			if (c.options) for (const o of c.options) console.log(`          - ${o}`);
		}
}
