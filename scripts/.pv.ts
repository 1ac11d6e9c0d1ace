import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { cleanArticle } from '../src/lib/articles/clean';
import { htmlToText } from '../src/lib/articles/html';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { namedSubject } from '../src/lib/quizgen/sentences';
import { showable } from '../src/lib/quizgen/rules/reading';
const dir = '/work/shared/corpus';
for (const name of readdirSync(dir).sort()) {
  const f = `${dir}/${name}/body.html`;
  if (!existsSync(f)) continue;
  const a = cleanArticle(htmlToText(`<html><body>${readFileSync(f,'utf8')}</body></html>`));
  const an = analyseArticle({ title: a.title, paragraphs: a.paragraphs });
  for (const s of an.sentences) { if (!/\b(said|says|argued|warned)\b/.test(s.text)) continue; const p = namedSubject(s); console.log(name, p?.text ?? '-', showable(s) ? 'S' : 'x', /[“”"]/.test(s.text) ? 'Q':'', s.text.slice(0, 120)); }
}
