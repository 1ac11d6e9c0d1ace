// `npx tsx scripts/quiz-sentences.ts FOLDER`: every sentence of a corpus page as the engine reads
// it (standalone or not, flags, mentions), to see why a rule makes nothing of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { htmlToText } from '../src/lib/articles/html';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { importance, isStandalone } from '../src/lib/quizgen/sentences';

const folder = process.argv[2] ?? '';
const meta = JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8'));
const safe = String(meta.title ?? '')
	.replace(/&/g, '&amp;')
	.replace(/</g, '&lt;');
const body = readFileSync(join(folder, 'body.html'), 'utf8');
const { title, paragraphs } = cleanArticle(
	htmlToText(`<html><head><title>${safe}</title></head><body>${body}</body></html>`)
);
const analysis = analyseArticle({ title, paragraphs });
console.log(`TITLE ${title}`);
for (const s of analysis.sentences) {
	const flags = [
		isStandalone(s) ? 'OK' : '--',
		s.question ? 'q' : '',
		s.inQuote ? 'inQ' : '',
		s.interviewer ? 'int' : '',
		s.afterQuestion ? 'aq' : ''
	].join('');
	const ms = s.mentions.map((m) => `${m.type}/${m.subtype}:${m.text}`).join(' | ');
	console.log(
		`${s.paragraph}:${s.index} ${flags} ${importance(s, analysis).toFixed(2)} ${s.text}\n      [${ms}]`
	);
}
