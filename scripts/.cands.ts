import { analyseArticle } from '../src/lib/quizgen/analyse';
import { candidateQuestions } from '../src/lib/quizgen/generate';
import { structuralProblems } from '../src/lib/quizgen/checks';
import { importance } from '../src/lib/quizgen/sentences';
import * as C from '../src/lib/quizgen/fixtures/comprehension';
import * as F from '../src/lib/quizgen/fixtures';
const art = (C as any)[process.argv[2]] ?? (F as any)[process.argv[2]];
const an = analyseArticle(art);
for (const c of candidateQuestions({ analysis: an, seed: 0 })) {
  if (c.skill === 'key-details') continue;
  const s = an.sentences.find((x) => `${x.paragraph}:${x.index}` === c.sentenceKey);
  console.log(c.rule, (0.5 * (s ? importance(s, an) : 0.3) + 0.5 * c.quality).toFixed(2), structuralProblems({ ...c, score: 0 }, art).join(';'), '|', c.prompt.slice(0, 90));
}
