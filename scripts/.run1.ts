import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { cleanArticle } from '../src/lib/articles/clean';
import { htmlToText } from '../src/lib/articles/html';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { candidateQuestions } from '../src/lib/quizgen/generate';
import { structuralProblems } from '../src/lib/quizgen/checks';
const rule = process.argv[2] ?? '';
const dir = '/work/shared/corpus';
for (const name of readdirSync(dir).sort()) {
  const f = `${dir}/${name}/body.html`;
  if (!existsSync(f)) continue;
  const meta = JSON.parse(readFileSync(`${dir}/${name}/metadata.json`,'utf8'));
  const text = htmlToText(`<html><head><title>${meta.title}</title></head><body>${readFileSync(f,'utf8')}</body></html>`);
  const a = cleanArticle(text);
  const art = { title: a.title, paragraphs: a.paragraphs };
  const cands = candidateQuestions({ analysis: analyseArticle(art), seed: 0 }).filter(c => c.rule.startsWith(rule));
  for (const c of cands) {
    const p = structuralProblems({ ...c, score: 0 }, art);
    console.log(`--- ${name} [${c.rule}] q=${c.quality} ${p.length ? 'PROBLEMS ' + p.join('; ') : ''}\nQ: ${c.prompt}\n${(c.options ?? []).map(o => (o === c.answer ? ' * ' : ' - ') + o).join('\n')}${c.partB ? '\nB: ' + c.partB.options.map(o => (o === c.partB!.answer ? ' * ' : ' - ') + o).join('\n   ') : ''}\nE: ${c.explanation}`);
  }
}
