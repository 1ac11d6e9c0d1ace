/**
 * Word meaning in context: "As used in paragraph 4, what does “concede” most nearly mean?" on a
 * tier-2 word (academic, general: not a name, not technical, not one every reader knows). The
 * key is the sense the sentence uses (`lexicon/sense.ts`); the distractors are the word's other
 * senses in other broad categories, or meanings of other words of the same part of speech, so
 * that none of them also fits. Any doubt drops the word.
 */
import type { Sentence } from '../analyse';
import { isCommonWord } from '../../reader/commonWords';
import { optionText } from '../lexicon/gloss';
import { chooseSense, contentStems, stemOf, type SenseChoice } from '../lexicon/sense';
import type { LexicalPos, Lexicon, WordSense } from '../lexicon/types';
import type { Token } from '../nlp';
import { shuffle, wordCount, words } from '../text';
import { evidenceOf, sentenceKey, type Candidate, type RuleContext } from './candidate';

const POS: Record<string, LexicalPos> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adv' };

/**
 * WordNet's abstract noun categories (act, attribute, cognition, communication, event, feeling,
 * motive, phenomenon, possession, process, relation, state): concrete nouns (animals, foods,
 * artifacts, body parts) are technical or obvious, never tier-2 vocabulary.
 */
const ABSTRACT_NOUNS = new Set([4, 7, 9, 10, 11, 12, 16, 19, 21, 22, 24, 26]);
/** Adjective pertainyms ("of or relating to…", category 1) are not word-meaning material. */
const PERTAINYM = 1;
/** Words of everyday speech that the common-word list does not hold (tagged often in WordNet). */
const FAMILIAR_TAGS = 120;
const PER_ARTICLE = 4;

export interface WordUse {
	sentence: Sentence;
	token: Token;
	lemma: string;
	pos: LexicalPos;
	senses: WordSense[];
	choice: SenseChoice;
	key: string;
}

function isCandidateToken(token: Token, title: Set<string>): boolean {
	const word = token.text;
	if (!POS[token.pos] || !/^[a-z]{5,}$/.test(word)) return false;
	return !isCommonWord(word) && !title.has(word);
}

/** A sentence a word can be read in: a whole statement, not a question or a quote fragment. */
function isReadable(s: Sentence): boolean {
	const count = wordCount(s.text);
	return count >= 8 && count <= 45 && !s.question && !s.interviewer && !s.inQuote;
}

function neighbours(ctx: RuleContext, s: Sentence): string {
	const paragraph = ctx.analysis.byParagraph[s.paragraph] ?? [];
	return [paragraph[s.index - 1]?.text ?? '', paragraph[s.index + 1]?.text ?? ''].join(' ');
}

/** The word's use in its sentence, when the sense is clear and can be put as an option. */
function wordUse(ctx: RuleContext, lexicon: Lexicon, s: Sentence, token: Token): WordUse | null {
	const pos = POS[token.pos]!;
	const lemma = lexicon.lemma(token.text, pos);
	if (!lemma || lemma.includes(' ')) return null;
	const senses = lexicon.senses(lemma, pos);
	const tags = senses.reduce((n, sense) => n + sense.frequency, 0);
	if (senses.length === 0 || tags >= FAMILIAR_TAGS) return null;
	const near = contentStems(s.text);
	near.delete(stemOf(lemma));
	const around = contentStems(neighbours(ctx, s));
	around.delete(stemOf(lemma));
	const choice = chooseSense(senses, lemma, near, around);
	if (!choice) return null;
	const sense = senses[choice.index]!;
	if (pos === 'noun' && !ABSTRACT_NOUNS.has(sense.category)) return null;
	if (pos === 'adj' && sense.category === PERTAINYM) return null;
	const key = optionText(sense.gloss);
	if (!key || mentions(key, lemma, token.text)) return null;
	// A key that repeats a word of the sentence can be found by matching, not by reading.
	const keyStems = contentStems(key);
	if ([...keyStems].some((stem) => near.has(stem))) return null;
	return { sentence: s, token, lemma, pos, senses, choice, key };
}

/** An option that contains the word asked about (or its stem) answers or spoils the item. */
function mentions(text: string, lemma: string, form: string): boolean {
	const stem = stemOf(lemma).slice(0, Math.max(4, Math.min(lemma.length - 2, 6)));
	return words(text).some((w) => w.startsWith(stem) || w === form.toLowerCase());
}

/** Every use in the article whose sense is clear, at most one per lemma (its first clear use). */
export function wordUses(ctx: RuleContext, lexicon: Lexicon): WordUse[] {
	const title = new Set(words(ctx.analysis.title));
	const seen = new Set<string>();
	const uses: WordUse[] = [];
	for (const s of ctx.analysis.sentences) {
		if (!isReadable(s)) continue;
		for (const token of s.tokens) {
			if (!isCandidateToken(token, title) || seen.has(token.text)) continue;
			const use = wordUse(ctx, lexicon, s, token);
			if (!use || seen.has(use.lemma)) continue;
			seen.add(use.lemma).add(token.text);
			uses.push(use);
		}
	}
	return uses;
}

/** The other senses that clearly do not fit: another broad category, no context support. */
function otherSenses(use: WordUse): string[] {
	const key = use.senses[use.choice.index]!;
	return use.senses
		.filter((sense, i) => i !== use.choice.index && use.choice.overlaps[i] === 0)
		.filter((sense) => sense.category !== key.category)
		.filter((sense) => !sense.synonyms.some((w) => key.synonyms.includes(w)))
		.map((sense) => optionText(sense.gloss))
		.filter((text): text is string => !!text && !mentions(text, use.lemma, use.token.text));
}

/** Keys of other words with the same part of speech and another category: wrong but plausible. */
function otherWords(use: WordUse, uses: WordUse[]): string[] {
	const category = use.senses[use.choice.index]!.category;
	return uses
		.filter((u) => u !== use && u.pos === use.pos)
		.filter((u) => u.senses[u.choice.index]!.category !== category)
		.map((u) => u.key)
		.filter((text) => !mentions(text, use.lemma, use.token.text));
}

/** Three distractors near the key's length (no length tell), or null when there are too few. */
function distractors(use: WordUse, uses: WordUse[]): string[] | null {
	const length = wordCount(use.key);
	const keyStems = contentStems(use.key);
	const pool = [...new Set([...otherSenses(use), ...otherWords(use, uses)])]
		.filter((text) => text.toLowerCase() !== use.key.toLowerCase())
		.filter((text) => ![...contentStems(text)].some((stem) => keyStems.has(stem)))
		.filter((text) => Math.abs(wordCount(text) - length) <= Math.max(2, length / 2));
	const own = new Set(otherSenses(use));
	// The word's own other senses first: they make the reader use the context.
	const ranked = pool.sort(
		(a, b) =>
			Number(own.has(b)) - Number(own.has(a)) ||
			Math.abs(wordCount(a) - length) - Math.abs(wordCount(b) - length)
	);
	const chosen = ranked.slice(0, 3);
	if (chosen.length < 3) return null;
	const longest = Math.max(...chosen.map(wordCount));
	if (length > longest + 2) return null;
	return chosen;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The words around the token, at most `span` each side, with an ellipsis where cut. */
function excerpt(s: Sentence, token: Token, span = 9): string {
	const at = s.tokens.indexOf(token);
	const from = Math.max(0, at - span);
	const to = Math.min(s.tokens.length, at + span + 1);
	const start = s.tokens[from]!.start - s.start;
	const end = s.tokens[to - 1]!.end - s.start;
	const text = s.text.slice(start, end).replace(/[“”"]/g, '').replace(/[,;:]$/, '').trim();
	return `${from > 0 ? '…' : ''}${text}${to < s.tokens.length ? '…' : ''}`;
}

function question(ctx: RuleContext, use: WordUse, uses: WordUse[]): Candidate | null {
	const wrong = distractors(use, uses);
	if (!wrong) return null;
	const { sentence: s, token, lemma, choice } = use;
	const answer = capitalise(use.key);
	const options = shuffle([answer, ...wrong.map(capitalise)], ctx.seed + s.paragraph * 31);
	const word = token.text === lemma ? `“${lemma}”` : `“${token.text}” (${lemma})`;
	const prompt =
		`Paragraph ${s.paragraph + 1} says: “${excerpt(s, token)}” ` +
		`As it is used here, what does ${word} most nearly mean?`;
	const because = choice.shared.length
		? `the words around it (${choice.shared.slice(0, 2).map((w) => `“${w}…”`).join(', ')}) point to this sense`
		: `that is its usual sense, and none of its other meanings fits this sentence`;
	const quality = choice.by === 'both' ? 0.75 : choice.by === 'context' ? 0.6 : 0.5;
	return {
		kind: 'multiple_choice',
		skill: 'word-meaning',
		rule: 'word-meaning',
		prompt,
		options,
		answer,
		explanation: `Paragraph ${s.paragraph + 1} says: “${s.text.trim()}” Here “${token.text}” means “${use.key}”: ${because}.`,
		evidence: evidenceOf(s),
		quality,
		sentenceKey: sentenceKey(s),
		factKey: lemma
	};
}

export function wordMeaningQuestions(ctx: RuleContext): Candidate[] {
	if (!ctx.lexicon) return [];
	const uses = wordUses(ctx, ctx.lexicon);
	const out: Candidate[] = [];
	const sentences = new Set<string>();
	for (const use of uses) {
		const key = sentenceKey(use.sentence);
		if (sentences.has(key)) continue;
		const candidate = question(ctx, use, uses);
		if (!candidate) continue;
		sentences.add(key);
		out.push(candidate);
	}
	return out.sort((a, b) => b.quality - a.quality).slice(0, PER_ARTICLE);
}
