// `npm run --silent article -- <file>`: cleans a pasted article (.txt, .md) or a saved web page
// (.html, .htm) and prints the result as JSON, so the cleaner can be tried without the app.
import { cleanArticle } from '../src/lib/articles/clean';
import { failWith, readArticleText } from './lib/article-file';

// Typed explicitly so that TypeScript narrows after a call (a `never` function needs it).
const fail: (message: string, code?: number) => never = failWith('article');
const path = process.argv[2];
if (!path) fail('missing file argument. Usage: npm run --silent article -- <file>', 2);
const text = readArticleText(path, fail);
// Saved pages went through Readability, which has already set the article apart.
const structured = /\.html?$/i.test(path);
process.stdout.write(`${JSON.stringify(cleanArticle(text, { structured }), null, 2)}\n`);
