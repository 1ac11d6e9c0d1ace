import { generateQuiz } from '../src/lib/quizgen/generate';
import * as F from '../src/lib/quizgen/fixtures';
import * as C from '../src/lib/quizgen/fixtures/comprehension';
const name = process.argv[2] ?? 'cartelCrackdown';
const r = generateQuiz((F as any)[name] ?? (C as any)[name], {count: Number(process.argv[3] ?? 20)});
for (const d of r.drafts) console.log(d.skill.padEnd(15), d.score, d.rule, '|', d.prompt, '=>', d.answer, d.options ? '\n      ' + d.options.join(' / ') : '');
console.log(r.notes, r.refusal);
