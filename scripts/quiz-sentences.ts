// `npx tsx scripts/quiz-sentences.ts FOLDER`: every sentence of a corpus page as the engine reads
// it (standalone or not, flags, mentions), to see why a rule makes nothing of it.
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { importance, isStandalone } from '../src/lib/quizgen/sentences';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const folder = process.argv[2] ?? '';
const { title, paragraphs } = cleanArticle(
	corpusPageText(folder, failWith('quiz-sentences')) ?? ''
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
