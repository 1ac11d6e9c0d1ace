// `npx tsx scripts/reading-trace.ts FOLDER cause|position|event|central [article]`: every sentence of the
// corpus that carries a cause marker, a speech verb or a year, and what the rule made of it;
// `central`: each lede sentence's first failed stage, the decoys' drops and the key.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { linksIn } from '../src/lib/quizgen/rules/cause-links';
import { readPosition } from '../src/lib/quizgen/rules/point-of-view';
import { eventOf } from '../src/lib/quizgen/rules/sequence';
import { captionParagraph, ledeQuestion } from '../src/lib/quizgen/rules/central-idea';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const fail = failWith('reading-trace');

const [folder, mode, only] = process.argv.slice(2);
if (!folder || !mode)
	throw new Error(
		'Usage: npx tsx scripts/reading-trace.ts FOLDER cause|position|event|central [article]'
	);

const CAUSE =
	/\b(?:because|due to|since|led to|lead to|leads to|prompt\w*|forc\w+|spark\w*|trigger\w*|caus\w+|result\w*|consequen\w+|thanks to|owing to|amid|in response|reason\w*|after|so that|, so|therefore|fuel\w*|driven by|why)\b/i;
const SPEECH =
	/\b(?:said|says|argue\w*|believ\w+|warn\w*|insist\w*|contend\w*|maintain\w*|stress\w*|claim\w*|assert\w*|told|tells|added|according to|statement|think\w*|thought|wrote|writes|suggest\w*)\b/i;
const YEAR = /\b(?:1[6-9]|20)\d{2}\b/;

for (const name of readdirSync(folder).sort()) {
	if (only && name !== only) continue;
	const dir = join(folder, name);
	if (!statSync(dir).isDirectory()) continue;
	const text = corpusPageText(dir, fail);
	if (!text) continue;
	const article = cleanArticle(text);
	const analysis = analyseArticle(article);
	console.log(`=== ${name}`);
	if (mode === 'central') {
		const trace: string[] = [];
		const captions = new Set(
			[...analysis.paragraphs.keys()].filter((i) => captionParagraph(analysis, i))
		);
		ledeQuestion({ analysis, seed: 1 }, captions, trace);
		console.log(trace.filter((l) => only || !l.startsWith('  d ')).join('\n'));
		continue;
	}
	for (const sentences of analysis.byParagraph)
		sentences.forEach((s, i) => {
			const t = s.text.replace(/\s+/g, ' ');
			if (mode === 'cause' && CAUSE.test(t)) {
				const links = linksIn(s, sentences[i - 1]);
				console.log(`${links.length ? 'LINK' : '  --'} p${s.paragraph + 1} ${t}`);
				for (const l of links)
					console.log(`       ${l.ask}: ${l.prompt} || cause=${l.cause} || effect=${l.effect}`);
			}
			if (mode === 'position' && SPEECH.test(t)) {
				const p = readPosition(s, analysis);
				console.log(`${typeof p === 'string' ? `  -- ${p}:` : 'POS'} p${s.paragraph + 1} ${t}`);
				if (typeof p !== 'string') console.log(`       ${p.person.text}: ${p.claim}`);
			}
			if (mode === 'event' && YEAR.test(t)) {
				const e = eventOf(s, analysis);
				console.log(`${e ? 'EVENT' : '  --'} p${s.paragraph + 1} ${t}`);
				if (e) console.log(`       ${JSON.stringify(e)}`);
			}
		});
}
