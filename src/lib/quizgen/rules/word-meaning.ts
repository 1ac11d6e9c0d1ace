/**
 * Word meaning in context: "Paragraph 4 says: “…conceded the race…” As it is used here, what does
 * “concede” most nearly mean?" on a tier-2 word (`lexicon/tier2.ts`). The key is the sense the
 * passage uses (`lexicon/sense.ts`); distractors are the word's other senses in other broad
 * categories, then the usual meanings of other tier-2 words of the same part of speech, so that
 * none of them also fits. Any doubt drops the word.
 */
import type { Sentence } from '../analyse';
import { baseForms } from '../../reader/commonWords';
import { optionText } from '../lexicon/gloss';
import { isAskable, meaningPool } from '../lexicon/pool';
import { chooseSense, contentStems, stemOf, type SenseChoice } from '../lexicon/sense';
import { TIER_TWO } from '../lexicon/tier2';
import type { LexicalPos, Lexicon, WordSense } from '../lexicon/types';
import type { Token } from '../nlp';
import { hash, shuffle, wordCount, words } from '../text';
import { evidenceOf, explanationFor, sentenceKey, type Candidate, type RuleContext } from './candidate';

const POS: Record<string, LexicalPos> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adv' };
const PER_ARTICLE = 4;
const QUALITY: Record<SenseChoice['by'], number> = { both: 0.75, context: 0.6, frequency: 0.55 };

interface WordUse {
	sentence: Sentence;
	token: Token;
	lemma: string;
	senses: WordSense[];
	choice: SenseChoice;
	key: string;
}

/** A sentence a word can be read in: a whole statement, not a question or a quote fragment. */
function isReadable(s: Sentence): boolean {
	const count = wordCount(s.text);
	return count >= 8 && count <= 45 && !s.question && !s.interviewer && !s.inQuote;
}

/** The sentences either side of `s` in its paragraph: the context a reader has. */
function passage(ctx: RuleContext, s: Sentence): string {
	const paragraph = ctx.analysis.byParagraph[s.paragraph] ?? [];
	return [paragraph[s.index - 1]?.text ?? '', paragraph[s.index + 1]?.text ?? ''].join(' ');
}

/** An option that contains the word asked about (or its stem) answers or spoils the item. */
function mentions(text: string, lemma: string): boolean {
	const stem = lemma.slice(0, Math.max(4, Math.min(lemma.length - 2, 6)));
	return words(text).some((w) => w.startsWith(stem));
}

/** The word's use in its sentence, when it is tier-2, its sense is clear and can be put plainly. */
function wordUse(ctx: RuleContext, lexicon: Lexicon, s: Sentence, token: Token): WordUse | null {
	const pos = POS[token.pos];
	// Lowercase letters only: names, acronyms and numbers are never vocabulary questions.
	if (!pos || !/^[a-z]{4,}$/.test(token.text)) return null;
	if (!baseForms(token.text).some((form) => TIER_TWO.has(form))) return null;
	const lemma = lexicon.lemma(token.text, pos);
	if (!lemma || !TIER_TWO.has(lemma)) return null;
	const senses = lexicon.senses(lemma, pos);
	const near = contentStems(s.text);
	const around = contentStems(passage(ctx, s));
	for (const stem of [stemOf(lemma), stemOf(token.text)]) {
		near.delete(stem);
		around.delete(stem);
	}
	const choice = chooseSense(senses, lemma, near, around);
	if (!choice || !isAskable(senses[choice.index]!)) return null;
	const key = optionText(senses[choice.index]!.gloss);
	if (!key || mentions(key, lemma)) return null;
	// A key that repeats a word of the sentence can be found by matching, not by reading.
	if ([...contentStems(key)].some((stem) => near.has(stem))) return null;
	return { sentence: s, token, lemma, senses, choice, key };
}

/** Other senses that clearly do not fit: another broad category, and no support in the passage. */
function otherSenses(use: WordUse): string[] {
	const key = use.senses[use.choice.index]!;
	return use.senses
		.filter((sense, i) => i !== use.choice.index && use.choice.overlaps[i] === 0)
		.filter((sense) => sense.category !== key.category && isAskable(sense))
		.filter((sense) => !sense.synonyms.some((w) => key.synonyms.includes(w)))
		.map((sense) => optionText(sense.gloss))
		.filter((text): text is string => !!text && !mentions(text, use.lemma));
}

/** Usual meanings of other tier-2 words, same part of speech, another category, no shared word. */
function poolMeanings(lexicon: Lexicon, use: WordUse, context: Set<string>): string[] {
	const key = use.senses[use.choice.index]!;
	// A meaning that shares words with any sense of the word, or with the passage, might fit too.
	const own = contentStems(use.senses.map((s) => s.gloss).join(' '));
	const related = new Set([use.lemma, ...key.synonyms.map((w) => w.toLowerCase())]);
	return meaningPool(lexicon, key.pos)
		.filter((e) => !related.has(e.lemma) && e.sense.category !== key.category)
		.filter((e) => !e.sense.synonyms.some((w) => related.has(w.toLowerCase())))
		.filter((e) => !mentions(e.text, use.lemma))
		.filter((e) => ![...contentStems(e.sense.gloss)].some((x) => own.has(x) || context.has(x)))
		.sort((a, b) => hash(a.lemma + use.lemma) - hash(b.lemma + use.lemma))
		.map((e) => e.text);
}

/** Three distractors near the key's length (no length tell), sharing no word with the key. */
function distractors(lexicon: Lexicon, use: WordUse, context: Set<string>): string[] | null {
	const length = wordCount(use.key);
	const keyStems = contentStems(use.key);
	const fits = (text: string) =>
		Math.abs(wordCount(text) - length) <= 1 &&
		![...contentStems(text)].some((stem) => keyStems.has(stem));
	const chosen: string[] = [];
	const stemsTaken = new Set(keyStems);
	for (const text of [...otherSenses(use), ...poolMeanings(lexicon, use, context)]) {
		if (chosen.length === 3) break;
		const stems = [...contentStems(text)];
		if (!fits(text) || stems.some((stem) => stemsTaken.has(stem))) continue;
		stems.forEach((stem) => stemsTaken.add(stem));
		chosen.push(text);
	}
	return chosen.length === 3 ? chosen : null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The words around the token, at most `span` each side, with an ellipsis where cut. */
function excerpt(s: Sentence, token: Token, span = 9): string {
	const at = s.tokens.indexOf(token);
	const from = Math.max(0, at - span);
	const to = Math.min(s.tokens.length, at + span + 1);
	const text = s.text
		.slice(s.tokens[from]!.start - s.start, s.tokens[to - 1]!.end - s.start)
		.replace(/[“”"]/g, '')
		.replace(/[,;:.]$/, '')
		.trim();
	return `${from > 0 ? '…' : ''}${text}${to < s.tokens.length ? '…' : ''}`;
}

/** The passage's own words behind the context match, for the explanation. */
function cueWords(ctx: RuleContext, use: WordUse): string[] {
	const text = `${use.sentence.text} ${passage(ctx, use.sentence)}`;
	const found = use.choice.shared.map((stem) =>
		(text.match(/\p{L}+/gu) ?? []).find(
			(w) => stemOf(w) === stem && w.length >= 4 && !w.toLowerCase().startsWith(use.lemma)
		)
	);
	return [...new Set(found.filter((w): w is string => !!w))].slice(0, 2);
}

function question(ctx: RuleContext, lexicon: Lexicon, use: WordUse): Candidate | null {
	const context = contentStems(`${use.sentence.text} ${passage(ctx, use.sentence)}`);
	const wrong = distractors(lexicon, use, context);
	if (!wrong) return null;
	const { sentence: s, token, lemma } = use;
	const answer = capitalise(use.key);
	const options = shuffle([answer, ...wrong.map(capitalise)], ctx.seed + hash(lemma));
	const cues = cueWords(ctx, use);
	const because = cues.length
		? `“${token.text}” here means “${use.key}”, as ${cues.map((w) => `“${w}”`).join(' and ')} show${cues.length === 1 ? 's' : ''}`
		: `“${token.text}” here means “${use.key}”; its other meanings do not fit the sentence`;
	return {
		kind: 'multiple_choice',
		skill: 'word-meaning',
		rule: 'word-meaning',
		prompt: `Paragraph ${s.paragraph + 1} says: “${excerpt(s, token)}” As it is used here, what does “${lemma}” most nearly mean?`,
		options,
		answer,
		explanation: explanationFor(ctx, s, because),
		evidence: evidenceOf(s),
		quality: QUALITY[use.choice.by],
		sentenceKey: sentenceKey(s),
		factKey: lemma
	};
}

/** Word-meaning drafts, surest first: at most one per word and per sentence, four per article. */
export function wordMeaningQuestions(ctx: RuleContext): Candidate[] {
	const lexicon = ctx.lexicon;
	if (!lexicon) return [];
	const out: Candidate[] = [];
	const seen = new Set<string>();
	for (const s of ctx.analysis.sentences) {
		if (!isReadable(s)) continue;
		for (const token of s.tokens) {
			const use = seen.has(sentenceKey(s)) ? null : wordUse(ctx, lexicon, s, token);
			if (!use || seen.has(use.lemma)) continue;
			const candidate = question(ctx, lexicon, use);
			if (!candidate) continue;
			seen.add(use.lemma).add(sentenceKey(s));
			out.push(candidate);
		}
	}
	return out.sort((a, b) => b.quality - a.quality).slice(0, PER_ARTICLE);
}
