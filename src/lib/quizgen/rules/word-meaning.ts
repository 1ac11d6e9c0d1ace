/**
 * Word meaning in context: "In paragraph 4, the article says: “She conceded the race.” As it is used in this sentence, what does
 * “concede” most nearly mean?" on a tier-2 word (`lexicon/tier2.ts`). The key is the meaning the
 * passage uses (`lexicon/sense.ts`); distractors are at most one of the word's senses from another
 * broad category, then usual meanings of other tier-2 words of the same part of speech that share
 * nothing with the word's senses or the passage, so that none of them also fits. Any doubt drops
 * the word.
 */
import type { Sentence } from '../analyse';
import { baseForms } from '../../reader/commonWords';
import { optionText, readsPlainly } from '../lexicon/gloss';
import { distractorSet, hasShapeOf, mentions, type MeaningUse } from '../lexicon/distractors';
import { isTransparentCompound } from '../lexicon/askable';
import { isAskable } from '../lexicon/pool';
import {
	chooseSense,
	contentStems,
	sharesFamily,
	stemOf,
	type SenseChoice
} from '../lexicon/sense';
import {
	CURATED,
	CURATED_WORDS,
	curatedChoice,
	curatedSense,
	type CuratedSense
} from '../lexicon/curated';
import { phrasesIn } from '../lexicon/phrases';
import { TIER_TWO } from '../lexicon/tier2';
import type { LexicalPos, Lexicon, WordSense } from '../lexicon/types';
import type { Token } from '../nlp';
import { pluralDefinition } from '../lexicon/plural';
import { inflectDefinition, verbFormOf } from '../lexicon/inflect';
import { hash, shuffle, wordCount, words } from '../text';
import {
	evidenceOf,
	explanationFor,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';
import { looksLikeClutter } from './reading';

const POS: Record<string, LexicalPos> = { NOUN: 'noun', VERB: 'verb', ADJ: 'adj', ADV: 'adv' };
const PER_ARTICLE = 4;
const QUALITY: Record<SenseChoice['by'], number> = {
	both: 0.75,
	curated: 0.7,
	context: 0.6,
	frequency: 0.55
};
/** Tags before a word that make a "verb" the tagger's mistake for a noun ("the very attributes"). */
const NOUN_BEFORE = new Set(['DET', 'ADJ', 'NUM']);

/** Every word that may be asked: the tier-2 list and the words with a hand-written meaning. */
const ASKED = new Set([...TIER_TWO, ...CURATED_WORDS]);
/** First four letters of every such word: most tokens are passed over without any lookup. */
const PREFIXES = new Set([...ASKED].map((w) => w.slice(0, 4)));

interface Passage {
	sentence: Sentence;
	/** Stems of the sentence and of the sentences either side of it (without the word itself). */
	near: Set<string>;
	around: Set<string>;
	text: string;
}

interface WordUse extends MeaningUse {
	passage: Passage;
	token: Token;
	lemma: string;
	senses: WordSense[];
	choice: SenseChoice;
	key: string;
	/** The form the question names, when not the lemma ("sanctions": "sanction" is approval). */
	shown?: string;
}

/**
 * A sentence the splitter ended too early: "…the equivalent of the ‘a-ha!’" followed by
 * "moment…" in lowercase. Quoted alone it is a fragment.
 */
function isCut(ctx: RuleContext, s: Sentence): boolean {
	const next = ctx.analysis.byParagraph[s.paragraph]?.[s.index + 1];
	return !!next && /^[‘’'"“”(\s]*\p{Ll}/u.test(next.text);
}

/** A sentence a word can be read in: a whole statement, not a question or a quote fragment. */
function isReadable(s: Sentence): boolean {
	const count = wordCount(s.text);
	if (count < 8 || count > 45 || s.question || s.interviewer || s.inQuote) return false;
	// A line without a closing stop is a caption, subheading or teaser ("Lund is an integral
	// member of the team"), not the article's prose.
	return /[.!…]['’”")]*$/.test(s.text.trim());
}

function passageOf(ctx: RuleContext, s: Sentence): Passage {
	const paragraph = ctx.analysis.byParagraph[s.paragraph] ?? [];
	const around = [paragraph[s.index - 1]?.text ?? '', paragraph[s.index + 1]?.text ?? ''].join(' ');
	return {
		sentence: s,
		near: contentStems(s.text),
		around: contentStems(around),
		text: `${s.text} ${around}`
	};
}

/** "could heighten tensions" is transitive: "become more extreme" would not read in its place. */
function intransitiveMisfit(key: string, s: Sentence, token: Token): boolean {
	const next = s.tokens[s.tokens.indexOf(token) + 1];
	return (
		/^(?:become|grow|get)\b/i.test(key) &&
		!!next &&
		['DET', 'NOUN', 'ADJ', 'PRON'].includes(next.pos)
	);
}

/** Why a tier-2 word in a readable sentence was not asked about (for tracing a corpus). */
export type Decline =
	| 'tagger'
	| 'modifier'
	| 'no-lemma'
	| 'transparent'
	| 'sense-unclear'
	| 'sense-concrete'
	| 'key-wording'
	| 'key-names-word'
	| 'key-in-sentence'
	| 'no-distractors'
	| 'too-long';

/** Whether a token could be a tier-2 word at all: lowercase letters, a listed base form. */
function isTierTwoToken(token: Token): boolean {
	if (!POS[token.pos] || !/^[a-z]{4,}$/.test(token.text)) return false;
	if (!PREFIXES.has(token.text.slice(0, 4))) return false;
	return baseForms(token.text).some((form) => ASKED.has(form));
}

/**
 * "code that exploits the flaw", "code he said exploits the flaw": after a relative pronoun
 * (or "said"), a word in -s before a determiner is the verb the tagger read as a plural noun.
 */
function verbAfterThat(token: Token, before: Token | undefined, after: Token | undefined): boolean {
	return (
		token.pos === 'NOUN' &&
		/s$/.test(token.text) &&
		after?.pos === 'DET' &&
		!!before &&
		/^(?:that|which|who|said)$/i.test(before.text)
	);
}

/** The dictionary form of a word with a hand-written meaning that WordNet does not list. */
function curatedLemma(word: string, pos: LexicalPos): string | null {
	return baseForms(word).find((form) => CURATED[pos][form]) ?? null;
}

/** A tag the tagger likely got wrong, judged from the words either side. */
function misTagged(pos: LexicalPos, before: Token | undefined, after: Token | undefined): boolean {
	if (pos === 'verb' && before && NOUN_BEFORE.has(before.pos)) return true;
	// "code that exploits the flaw": a noun is rarely followed straight by a determiner, a
	// verb often is; the tagger's noun would be asked in a noun sense ("a notable achievement").
	if (pos === 'noun' && after?.pos === 'DET') return true;
	// "have entrenched themselves" is a verb the tagger read as an adjective.
	return pos === 'adj' && !!before && /^(?:have|has|had|having)$/i.test(before.text);
}

/** The word's use in a passage, when it is tier-2, its meaning is clear and can be put plainly. */
function wordUse(
	lexicon: Lexicon,
	passage: () => Passage,
	s: Sentence,
	token: Token
): WordUse | Decline {
	const at = s.tokens.indexOf(token);
	const [before, after] = [s.tokens[at - 1], s.tokens[at + 1]];
	const retagged = verbAfterThat(token, before, after);
	const pos = retagged ? 'verb' : POS[token.pos]!;
	if (!retagged && misTagged(pos, before, after)) return 'tagger';
	// "a prestige item", "the surveillance economy": a noun used as a modifier reads as an
	// adjective, and no noun's definition ("a high standing achieved…") reads in its place.
	if (pos === 'noun' && after?.pos === 'NOUN') return 'modifier';
	const lemma = lexicon.lemma(token.text, pos) ?? curatedLemma(token.text, pos);
	if (!lemma || !(TIER_TWO.has(lemma) || CURATED[pos][lemma])) return 'no-lemma';
	if (isTransparentCompound(lemma, lexicon)) return 'transparent';
	const entry = curatedSense(lemma, pos, s.text, passage().text);
	if (entry) return curatedUse(entry, lexicon, passage(), s, token, lemma, pos);
	if (!TIER_TWO.has(lemma)) return 'sense-unclear';
	const senses = lexicon.senses(lemma, pos);
	const p = passage();
	const self = new Set([stemOf(lemma), stemOf(token.text)]);
	const near = new Set([...p.near].filter((x) => !self.has(x)));
	const around = new Set([...p.around].filter((x) => !self.has(x)));
	const choice = chooseSense(senses, lemma, near, around);
	if (!choice) return 'sense-unclear';
	const first = senses[choice.group[0]!]!;
	if (!isAskable(first)) return 'sense-concrete';
	// The key is the chosen meaning's most frequent sense, put plainly, or nothing.
	const key = optionText(first.gloss);
	if (!key || intransitiveMisfit(key, s, token) || !hasShapeOf(key, pos)) return 'key-wording';
	if (!readsPlainly(key, lexicon)) return 'key-wording';
	if (mentions(key, lemma)) return 'key-names-word';
	// A key that repeats a word of the sentence can be found by matching, not by reading.
	if (sharesFamily(contentStems(key), near)) return 'key-in-sentence';
	return { passage: p, token, lemma, senses, choice, key };
}

/** A word with a hand-written meaning for this use: the same checks on the key as above. */
function curatedUse(
	entry: CuratedSense,
	lexicon: Lexicon,
	p: Passage,
	s: Sentence,
	token: Token,
	lemma: string,
	pos: LexicalPos
): WordUse | Decline {
	const { senses, choice } = curatedChoice(entry, lemma, pos, lexicon.senses(lemma, pos));
	const self = new Set([stemOf(lemma), stemOf(token.text)]);
	const near = new Set([...p.near].filter((x) => !self.has(x)));
	if (intransitiveMisfit(entry.key, s, token)) return 'key-wording';
	if (mentions(entry.key, lemma)) return 'key-names-word';
	if (sharesFamily(contentStems(entry.key), near)) return 'key-in-sentence';
	const { key, shown, avoid } = entry;
	return { passage: p, token, lemma, senses, choice, key, shown, avoid };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Double quotation marks inside the excerpt become single ones, so the prompt's own “…” nest. */
function nestQuotes(text: string): string {
	return text
		.replace(/(^|[\s([—–-])["“]/g, '$1‘')
		.replace(/["”]/g, '’')
		.replace(/“/g, '‘');
}

/** Where a long sentence may be cut: after ; : — or a comma before a clause word. */
const CLAUSE_BREAK =
	/(?:[;:]\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|which|although|though|because|whereas|so)\b))/g;
const WHOLE_WORDS = 40;

/**
 * The sentence the word is read in, as a teacher would quote it: whole and ending in its full
 * stop, or, when very long, the clauses around the word, cut only at clause breaks and marked
 * with an ellipsis. Never cut mid-phrase ("…the past, government…").
 */
export function excerpt(s: Sentence, token: Token): string {
	const text = s.text.trim();
	const finish = (t: string) => (/[.!?…]['’”"]*$/.test(t) ? t : `${t.replace(/[,;:]$/, '')}.`);
	if (wordCount(text) <= WHOLE_WORDS) return nestQuotes(finish(text));
	const at = token.start - s.start;
	const cuts = [0];
	for (const m of text.matchAll(CLAUSE_BREAK)) cuts.push(m.index + m[0].length);
	cuts.push(text.length);
	let i = cuts.findIndex((c, k) => c <= at && at < (cuts[k + 1] ?? Infinity));
	let j = i + 1;
	const words = () => wordCount(text.slice(cuts[i], cuts[j]));
	while (words() < 12 && (i > 0 || j < cuts.length - 1)) {
		if (j < cuts.length - 1) j++;
		else i--;
	}
	let part = text
		.slice(cuts[i], cuts[j])
		.trim()
		.replace(/\s*[;:—–,]$/, '');
	if (wordCount(part) > WHOLE_WORDS) return '';
	if (i > 0) part = `…${part}`;
	part = j < cuts.length - 1 ? `${part}…` : finish(part);
	return nestQuotes(part);
}

/**
 * Lesk's shared words are evidence for the machine, not reasons a reader would give: the
 * explanation states the meaning and says what the wrong options are, truly: the word's other
 * meanings (named) that do not fit, or meanings that do not fit the sentence.
 */
function reasonFor(lemma: string, use: WordUse, own: string[]): string {
	const means = `“${lemma}” ${use.senses.length === 1 ? 'means' : 'here means'} “${use.key}”`;
	if (own.length === 3)
		return `${means}; the other options are other meanings of “${lemma}” that do not fit this sentence`;
	if (own.length === 0) return `${means}; the other options do not fit the sentence`;
	const named = own.map((t) => `“${t}”`).join(' and ');
	const is =
		own.length === 1
			? 'is another meaning of the word that does'
			: 'are other meanings of the word that do';
	return `${means}; ${named} ${is} not fit here, and the other options do not fit the sentence`;
}

function question(
	ctx: RuleContext,
	lexicon: Lexicon,
	use: WordUse,
	used: Set<string>
): Candidate | Decline {
	const { token } = use;
	// The word as the sentence has it ("preceded", not "precede"): two blind judges marked the
	// dictionary form as an edit a teacher would make.
	const lemma = use.shown ?? token.text.toLowerCase();
	const s = use.passage.sentence;
	const quoted = excerpt(s, token);
	if (!quoted) return 'too-long';
	const form = formOf(lexicon, use);
	// Wrong answers that can be put in the verb's form, so that all four are shown in it.
	const shows = form ? (text: string) => form(text) !== null : undefined;
	const salt = articleSalt(ctx);
	// Too few wrong answers that can be shown in the word's form: all four stay in the base form.
	const set =
		distractorSet(lexicon, { ...use, salt, used, shows }) ??
		(shows ? distractorSet(lexicon, { ...use, salt, used }) : null);
	if (!set) return 'no-distractors';
	for (const text of set.wrong) used.add(text);
	const [key = use.key, ...wrong] = inForm(form, [use.key, ...set.wrong]);
	const answer = capitalise(key);
	const because = reasonFor(lemma, { ...use, key }, wrong.slice(0, set.own));
	return {
		kind: 'multiple_choice',
		skill: 'word-meaning',
		rule: 'word-meaning',
		prompt: `In paragraph ${s.paragraph + 1}, the article says: “${quoted}” As it is used in this sentence, what does “${lemma}” most nearly mean?`,
		options: shuffle([answer, ...wrong.map(capitalise)], ctx.seed + hash(use.lemma)),
		answer,
		explanation: explanationFor(ctx, s, because),
		evidence: evidenceOf(s),
		quality: QUALITY[use.choice.by],
		sentenceKey: sentenceKey(s),
		factKey: use.lemma
	};
}

/**
 * How to put a definition in the form the sentence gives the word ("stymied": "prevented from
 * making progress"; "recessions": "periods when …"), or null when the prompt names the base form
 * or the key cannot be put so.
 */
function formOf(lexicon: Lexicon, use: WordUse): ((text: string) => string | null) | null {
	const sense = use.senses[use.choice.group[0]!];
	// A phrase the prompt names in its base form ("play down") keeps base-form options.
	const named = use.shown ?? use.token.text.toLowerCase();
	if (named !== use.token.text.toLowerCase()) return null;
	if (sense?.pos === 'noun') return pluralFormOf(lexicon, use, named);
	if (sense?.pos !== 'verb') return null;
	const { sentence } = use.passage;
	const before = sentence.tokens.slice(0, sentence.tokens.indexOf(use.token)).map((t) => t.text);
	const form = verbFormOf(use.token.text, use.lemma, before);
	if (!form) return null;
	const isVerb = (word: string) => lexicon.lemma(word, 'verb') === word;
	const inflected = (text: string) => inflectDefinition(text, form, isVerb);
	return inflected(use.key) === null ? null : inflected;
}

/** A noun the sentence has in the plural ("recessions"): its definitions put in the plural. */
function pluralFormOf(
	lexicon: Lexicon,
	use: WordUse,
	named: string
): ((text: string) => string | null) | null {
	if (named === use.lemma || !named.startsWith(use.lemma.slice(0, -1))) return null;
	const isNoun = (word: string) => lexicon.lemma(word, 'noun') === word;
	const verbBase = (word: string) => {
		const base = lexicon.lemma(word, 'verb');
		return base && base !== word ? base : null;
	};
	const plural = (text: string) => pluralDefinition(text, isNoun, verbBase);
	return plural(use.key) === null ? null : plural;
}

/** The options in the verb's form, all of them or none: a lone inflected key would stand out. */
function inForm(form: ((text: string) => string | null) | null, options: string[]): string[] {
	const shown = form ? options.map(form) : [];
	return form && shown.every((o): o is string => o !== null) ? shown : options;
}

/** A number of the article itself (its title and opening), so distractors vary by article. */
function articleSalt(ctx: RuleContext): number {
	return hash(`${ctx.analysis.title}\n${ctx.analysis.paragraphs[0] ?? ''}`);
}

/** What became of one tier-2 word of the article. */
export interface WordTrace {
	word: string;
	paragraph: number;
	sentence: string;
	outcome: Decline | 'asked' | 'unreadable' | 'repeat' | 'sentence-taken' | 'in-headline';
}

type Note = (token: Token, outcome: WordTrace['outcome']) => void;

/**
 * A word the headline also uses, in any form ("controversial" under "Photo Sparks
 * Controversy"): the headline tells its meaning, a blind judge found, so it tests nothing.
 */
function inHeadline(title: string, lemma: string): boolean {
	const stem = lemma.toLowerCase().slice(0, Math.min(lemma.length, Math.max(6, lemma.length - 3)));
	return words(title).some((w) => w.startsWith(stem));
}

/**
 * The sentence's tier-2 words whose meaning is clear, surest first: "relinquished" (its
 * dictionary and the sentence agree) is asked before "subtle" earlier in the same sentence.
 */
function usesIn(
	lexicon: Lexicon,
	passage: () => Passage,
	s: Sentence,
	seen: Set<string>,
	note: Note,
	title: string
): WordUse[] {
	const uses: WordUse[] = [];
	for (const token of s.tokens) {
		if (!isTierTwoToken(token)) continue;
		const use = wordUse(lexicon, passage, s, token);
		if (typeof use === 'string') note(token, use);
		else if (seen.has(use.lemma) || uses.some((u) => u.lemma === use.lemma)) note(token, 'repeat');
		else if (inHeadline(title, use.lemma)) note(token, 'in-headline');
		else uses.push(use);
	}
	for (const { entry, at } of phrasesIn(s.text, passage().text)) {
		const token = s.tokens.find((t) => t.start >= s.start + at);
		if (!token) continue;
		const use = curatedUse(entry, lexicon, passage(), s, token, entry.phrase, entry.pos);
		if (typeof use === 'string') note(token, use);
		else if (seen.has(use.lemma)) note(token, 'repeat');
		else uses.push({ ...use, shown: entry.phrase });
	}
	return uses.sort((a, b) => QUALITY[b.choice.by] - QUALITY[a.choice.by]);
}

/** Every tier-2 word of the article, made into a draft or declined; `trace` hears each outcome. */
function scan(ctx: RuleContext, lexicon: Lexicon, trace?: (t: WordTrace) => void): Candidate[] {
	const out: Candidate[] = [];
	const seen = new Set<string>();
	const used = new Set<string>();
	for (const s of ctx.analysis.sentences) {
		const note: Note = (token, outcome) =>
			trace?.({ word: token.text, paragraph: s.paragraph, sentence: s.text, outcome });
		// A sentence generate.ts would drop as page clutter ("… seen by Reuters") spends no word.
		if (!isReadable(s) || isCut(ctx, s) || looksLikeClutter(s.text)) {
			if (trace) s.tokens.filter(isTierTwoToken).forEach((t) => note(t, 'unreadable'));
			continue;
		}
		let passage: Passage | null = null;
		const lazy = () => (passage ??= passageOf(ctx, s));
		// One question per sentence: the surest word that makes one; the rest are noted.
		let asked = false;
		for (const use of usesIn(lexicon, lazy, s, seen, note, ctx.analysis.title)) {
			if (asked) {
				note(use.token, 'sentence-taken');
				continue;
			}
			const candidate = question(ctx, lexicon, use, used);
			if (typeof candidate === 'string') {
				note(use.token, candidate);
				continue;
			}
			note(use.token, 'asked');
			seen.add(use.lemma);
			out.push(candidate);
			asked = true;
		}
	}
	return out;
}

/** Word-meaning drafts, surest first: at most one per word and per sentence, four per article. */
export function wordMeaningQuestions(ctx: RuleContext): Candidate[] {
	if (!ctx.lexicon) return [];
	return scan(ctx, ctx.lexicon)
		.sort((a, b) => b.quality - a.quality)
		.slice(0, PER_ARTICLE);
}

/** What became of each tier-2 word (for measuring on a corpus why words are declined). */
export function traceWordMeaning(ctx: RuleContext): WordTrace[] {
	const out: WordTrace[] = [];
	if (ctx.lexicon) scan(ctx, ctx.lexicon, (t) => out.push(t));
	return out;
}
