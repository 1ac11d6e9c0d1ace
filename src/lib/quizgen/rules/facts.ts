/**
 * Questions on one fact in a sentence (a name, place, figure or date): "Which percentage
 * completes this sentence?" as multiple choice, and true/false statements that either repeat
 * the sentence or swap that fact for another of the same type.
 */
import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { optionsFor, pickDistractors, sameKind } from '../distractors';
import { PERSON_ROLES, TITLES } from '../gazetteer';
import { isStandalone, quotedSpeaker } from '../sentences';
import { hash, inQuotes, overlap, words } from '../text';
import { BLANK } from '../types';
import {
	TYPE_NOUN,
	evidenceOf,
	explanationFor,
	guessability,
	inTitle,
	isModifier,
	occursOnce,
	replaceMention,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';

/** Facts worth asking about: figures first, then people, organisations and places. */
const TYPE_WEIGHT: Record<ArticleMention['type'], number> = {
	percent: 1,
	money: 1,
	number: 0.9,
	date: 0.85,
	person: 0.9,
	organisation: 0.85,
	place: 0.75
};

function askableFacts(s: Sentence): ArticleMention[] {
	if (!isStandalone(s)) return [];
	return s.mentions.filter((m) => occursOnce(s, m) && !isModifier(s, m));
}

const QUOTE_MARKS = /^[“”"]+|[“”"]+$/g;

/**
 * Where a completion's sentence comes from: a standalone sentence as it stands, or one sentence
 * of a longer quotation whose speaker is certain ("what Ferreira said in paragraph 3"), shown
 * without the quotation's stray opening or closing mark. Null when neither holds.
 */
function completionSource(s: Sentence, ctx: RuleContext): { text: string; from: string } | null {
	if (isStandalone(s))
		return { text: s.text, from: `this sentence from paragraph ${s.paragraph + 1}` };
	const speaker = quotedSpeaker(s, ctx.analysis);
	const count = words(s.text).length;
	if (!speaker || count < 6 || count > 45) return null;
	const from = `what ${speaker.text} said in paragraph ${s.paragraph + 1}`;
	return { text: s.text.replace(QUOTE_MARKS, ''), from };
}

export function completionQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	const source = completionSource(s, ctx);
	if (!source) return [];
	const facts = s.mentions.filter((m) => occursOnce(s, m) && !isModifier(s, m));
	return facts.flatMap((m): Candidate[] => {
		const blanked = replaceMention(s, m, BLANK).replace(QUOTE_MARKS, '');
		const shown = source.text === s.text ? replaceMention(s, m, BLANK) : blanked;
		const prompt = `Which ${TYPE_NOUN[m.type]} completes ${source.from}? ${inQuotes(shown)}`;
		const seed = hash(prompt, ctx.seed);
		const choice = optionsFor({ answer: m, analysis: ctx.analysis, avoid: s.text, count: 3, seed });
		if (!choice) return [];
		return [
			{
				kind: 'multiple_choice',
				prompt,
				options: choice.options,
				answer: m.text,
				explanation: explanationFor(ctx, s, `the missing ${TYPE_NOUN[m.type]} is ${m.text}`),
				evidence: evidenceOf(s),
				skill: 'key-details' as const,
				rule: 'fact-completion',
				quality: 0.7 * TYPE_WEIGHT[m.type] * choice.quality * (1 - guessability(ctx, s, m)),
				sentenceKey: sentenceKey(s),
				factKey: m.text.toLowerCase()
			}
		];
	});
}

/**
 * A name right after its title or role ("US President Donald Trump", "City manager Marco
 * Bellini"): swapping in someone else makes a statement false by its role alone, a giveaway.
 */
export function hasRoleBefore(s: Sentence, m: ArticleMention): boolean {
	if (m.type !== 'person') return false;
	const before = s.tokens.filter((t) => t.end <= m.start);
	const last = before[before.length - 1];
	const role = (t: typeof last) => !!t && (TITLES.has(t.text) || PERSON_ROLES.has(t.text));
	return role(last) || (last?.text === ',' && role(before[before.length - 2]));
}

/**
 * Whether a swapped statement may be true after all: another sentence of the article names the
 * swapped-in fact and says much the same thing ("Marsh crossed…" when Marsh also crossed later).
 */
export function trueElsewhere(
	statement: string,
	swapped: string,
	source: Sentence,
	ctx: RuleContext
): boolean {
	const swappedWords = new Set(words(swapped));
	const rest = (text: string) =>
		words(text)
			.filter((w) => !swappedWords.has(w))
			.join(' ');
	return (sentencesNaming(ctx.analysis).get(swapped) ?? []).some(
		(other) => other !== source && overlap(rest(statement), rest(other.text)) >= 0.35
	);
}

/** Each fact's text (and each person's surname) → the sentences naming it; built once. */
const naming = new WeakMap<Analysis, Map<string, Sentence[]>>();
function sentencesNaming(analysis: Analysis): Map<string, Sentence[]> {
	let index = naming.get(analysis);
	if (!index) {
		const built = new Map<string, Sentence[]>();
		for (const s of analysis.sentences) {
			for (const m of s.mentions) {
				const surname = m.text.split(/\s+/).pop() ?? m.text;
				for (const key of new Set([m.text, m.type === 'person' ? surname : m.text])) {
					const list = built.get(key) ?? [];
					if (list[list.length - 1] !== s) list.push(s);
					built.set(key, list);
				}
			}
		}
		index = built;
		naming.set(analysis, index);
	}
	return index;
}

/** "Meanwhile, X…" reads oddly out of context; the statement starts at X. */
function withoutConnective(text: string): string {
	const rest = text.replace(
		/^(?:Meanwhile|However|But|And|Still|Yet|Indeed|Historically),?\s+/,
		''
	);
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A true and, when a swap exists, a false version of one sentence. Both share a fact key, so
 * ranking keeps at most one, and it balances True against False across the quiz. A false swap
 * never uses a fact named anywhere in the same paragraph, so it cannot accidentally be true there.
 */
export function trueFalseQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	const facts = askableFacts(s)
		// "“…,” Ferreira said" is guessable when the headline is an interview with Ferreira.
		.filter((m) => !hasRoleBefore(s, m) && !(/[“"]/.test(s.text) && inTitle(ctx, m.text)))
		.sort((a, b) => TYPE_WEIGHT[b.type] - TYPE_WEIGHT[a.type]);
	const fact = facts[0];
	if (!fact) return [];
	const paragraph = ctx.analysis.paragraphs[s.paragraph] ?? '';
	const seed = hash(s.text, ctx.seed);
	const request = { answer: fact, analysis: ctx.analysis, avoid: paragraph, count: 2, seed };
	const picked = pickDistractors(request);
	// A name is swapped only for another the article itself gives ("Washington" never becomes a
	// random built-in city), and an organisation only for one of its kind (a university for one).
	const names = ['person', 'place', 'organisation'].includes(fact.type);
	const swap = (names ? picked.values.slice(0, picked.fromArticle) : picked.values).find(
		(value) =>
			(fact.type !== 'organisation' || sameKind(value, fact.text)) &&
			!trueElsewhere(replaceMention(s, fact, value), value, s, ctx)
	);
	const variant = (statement: string, isTrue: boolean, because: string): Candidate => ({
		kind: 'true_false',
		prompt: `True or false? ${withoutConnective(statement)}`,
		answer: isTrue ? 'True' : 'False',
		explanation: explanationFor(ctx, s, because),
		evidence: evidenceOf(s),
		skill: 'key-details' as const,
		rule: isTrue ? 'fact-restated' : 'fact-swap',
		// A false swap tests reading more than a restatement does; the seed breaks ties.
		quality: (isTrue ? 0.5 : 0.55) * TYPE_WEIGHT[fact.type] + (seed % 7) / 1000,
		sentenceKey: sentenceKey(s),
		factKey: fact.text.toLowerCase()
	});
	const faithful = variant(s.text, true, 'the statement is true');
	if (swap === undefined) return [faithful];
	const because = `the statement is false: it was ${fact.text}, not ${swap}`;
	return [faithful, variant(replaceMention(s, fact, swap), false, because)];
}
