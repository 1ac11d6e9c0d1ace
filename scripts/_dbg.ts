import { readFileSync } from 'node:fs';
import { analyseArticle } from '../src/lib/articles/clean';
const [name, from = '0', to = '99999'] = process.argv.slice(2);
const lines = analyseArticle(readFileSync(`/work/shared/corpus/${name}/page.txt`, 'utf8'));
lines.forEach((l, i) => { if (i >= +from && i <= +to) console.log(String(i).padStart(4), (l.role === 'removed' ? l.reason : l.role.toUpperCase()).padEnd(20), l.text.slice(0, 120)); });
