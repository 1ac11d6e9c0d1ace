// `npx tsx scripts/word-shapes.ts <corpus folder> [--list]`: counts, over every word-meaning
// draft of a corpus, the option shapes blind judges rejected: wrong answers that are not the
// word's own senses (and an explanation that says they are), cut-off or awkward glosses, a key
// much longer than the rest, a noun asked as a modifier, a wrong answer that names a meaning
// near the key, and wrong answers repeated across articles.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/lib/articles/clean';
import { analyseArticle } from '../src/lib/quizgen/analyse';
import { optionText } from '../src/lib/quizgen/lexicon/gloss';
import { meaningPool } from '../src/lib/quizgen/lexicon/pool';
import { contentStems, sharesFamily } from '../src/lib/quizgen/lexicon/sense';
import type { LexicalPos } from '../src/lib/quizgen/lexicon/types';
import { wordMeaningQuestions } from '../src/lib/quizgen/rules/word-meaning';
import { loadWordNet } from '../src/lib/quizgen/wordnet';
import { failWith } from './lib/article-file';
import { corpusPageText } from './lib/corpus-page';

const fail = failWith('word-shapes');
const folder = process.argv[2] ?? '';
const list = process.argv.includes('--list');
if (!folder || !existsSync(folder))
	fail('Usage: npx tsx scripts/word-shapes.ts <folder> [--list]', 2);
const wn = loadWordNet();
const POS: LexicalPos[] = ['noun', 'verb', 'adj', 'adv'];
const onlyVerb = (w: string) =>
	wn.senses(w, 'verb').length > 0 && POS.every((p) => p === 'verb' || !wn.senses(w, p).length);
const nounOnly = (w: string) =>
	wn.senses(w, 'noun').length > 0 && POS.every((p) => p === 'noun' || !wn.senses(w, p).length);
const DANGLING = /\b(?:of|to|in|by|for|with|from|on|at|as|than|into|the|a|an|and|or)$/i;

const counts = new Map<string, number>();
const add = (shape: string, detail?: string) => {
	counts.set(shape, (counts.get(shape) ?? 0) + 1);
	if (list && detail) console.log(`  ${shape}\t${detail}`);
};
const decoyArticles = new Map<string, Set<string>>();
for (const name of readdirSync(folder).sort()) {
	const dir = join(folder, name);
	if (!statSync(dir).isDirectory()) continue;
	const analysis = analyseArticle(cleanArticle(corpusPageText(dir, fail) ?? ''));
	for (const q of wordMeaningQuestions({ analysis, seed: 86, lexicon: wn })) {
		add('drafts');
		const word = /what does “([^”]+)” most nearly mean/.exec(q.prompt)?.[1] ?? '';
		const answer = String(q.answer);
		const wrong = (q.options ?? []).filter((o) => o !== answer);
		const sentence = analysis.sentences.find(
			(s) => s.start === q.evidence?.start && s.paragraph === q.evidence?.paragraph
		);
		const token = sentence?.tokens.find((t) => t.text.toLowerCase().startsWith(word.slice(0, 5)));
		const after = word.includes(' ') ? 2 : 1;
		const next = token && sentence!.tokens[sentence!.tokens.indexOf(token) + after];
		const tags: Record<string, LexicalPos> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adv' };
		const pos = (token && tags[token.pos]) || 'noun';
		const own = new Set(wn.senses(word, pos).map((s) => optionText(s.gloss)?.toLowerCase()));
		const ownCount = wrong.filter((w) => own.has(w.toLowerCase())).length;
		add(`own-sense decoys: ${ownCount}`);
		if (/its other meanings do not fit/.test(q.explanation ?? '') && ownCount < 3)
			add('(1) explanation says other meanings, decoys are not', `${word}: ${wrong.join(' / ')}`);
		// A verb's definition may end on its preposition ("make reference to"); any other
		// option may not, nor end on "to" and a verb that has lost its object.
		for (const o of q.options ?? []) {
			const last = /(?:^|\s)(\w+) (\w+)$/.exec(o);
			const infinitive =
				last?.[1] === 'to' &&
				onlyVerb(last[2]!.toLowerCase()) &&
				!/\b(?:difficult|easy|hard) to/i.test(o) &&
				pos !== 'verb';
			const bareAdjective =
				/\b(?:in|of|to|with|by) \w+(?:ous|ful|ive|able|ible|al|ic|ant|ent|ary|less)$/.test(o);
			if ((pos !== 'verb' && DANGLING.test(o)) || infinitive || bareAdjective || /, of\b/.test(o))
				add('(2) cut-off option', `${word}: ${o}`);
			if (
				pos === 'verb' &&
				!/\b(?:of|to|with|for|from|on|at|into)$/.test(answer) &&
				/\b(?:of|to|with|for|from|on|at|into)$/.test(o) &&
				!/^(?:DET|NOUN|PRON|ADJ|NUM|PROPN|ADP)$/.test(next?.pos ?? '')
			)
				add('(2b) object-taking decoy for a verb with no object', `${word} ${next?.text}: ${o}`);
		}
		const be = /\bbe (\w+)/i.exec(answer)?.[1];
		if (
			(be && nounOnly(be.toLowerCase())) ||
			/\b\w+ or \w+ or \w+\b/.test(answer) ||
			(/,[^,]+,[^,]+$/.test(answer) && !/\b(?:and|or)\b[^,]*$/.test(answer))
		)
			add('(3) awkward key', `${word}: ${answer}`);
		const mean = wrong.reduce((n, w) => n + w.length, 0) / Math.max(wrong.length, 1);
		if (answer.length >= 1.25 * mean)
			add('(4) key >= 1.25x mean decoy length', `${word}: ${answer} vs ${mean.toFixed(0)}`);
		if (pos === 'noun' && next?.pos === 'NOUN')
			add('(5) noun asked as modifier', `${word} ${next.text}`);
		const key = contentStems(answer);
		for (const w of wrong) {
			const articles = decoyArticles.get(w) ?? new Set();
			decoyArticles.set(w, articles.add(name));
			const lemmas = meaningPool(wn, pos)
				.filter((e) => e.text === w)
				.map((e) => e.lemma);
			const fits = lemmas.some((l) =>
				wn.senses(l, pos).some((s) => sharesFamily(contentStems(s.gloss), key))
			);
			if (fits) add('(7) decoy word has a sense near the key', `${word}: ${answer} ~ ${w}`);
		}
	}
}
const repeated = [...decoyArticles].filter(([, a]) => a.size >= 3);
counts.set(
	'(6b) decoys in >= 2 articles',
	[...decoyArticles].filter(([, a]) => a.size >= 2).length
);
counts.set('(6) decoys in >= 3 articles', repeated.length);
if (list) for (const [w, a] of repeated) console.log(`  (6)\t${a.size}\t${w}`);
for (const [k, v] of [...counts].sort()) console.log(`${k}\t${v}`);
