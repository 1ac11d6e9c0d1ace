/**
 * True/false items on one fact of a sentence (split from `facts.ts`): a false version swaps the
 * fact for another of the same type and form; a true version restates the sentence
 * (`restate.ts`), never copies it. Both read alike, so the form gives nothing away.
 */
import type { Analysis, ArticleMention, Sentence } from '../analyse';
import { pickDistractors } from '../distractors';
import { sameRole, speaks } from '../roles';
import { containsPhrase, hash, memoPer, overlap, words } from '../text';
import {
	evidenceOf,
	explanationFor,
	inTitle,
	isCommon,
	replaceMention,
	sentenceKey,
	type Candidate,
	type RuleContext
} from './candidate';
import {
	TYPE_WEIGHT,
	askableFacts,
	fitsFact,
	hasRoleBefore,
	lacksContext,
	namedIn,
	sharesKindWord
} from './facts';
import { agreeArticle } from './indefinite';
import { soundsCasual } from './reading';
import { restatement } from './restate';
import { challengedVersion } from '../sentences';

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

/** Whether any paragraph states `value`; each value is looked up once per article. */
const stated = new WeakMap<Analysis, Map<string, boolean>>();
function statedAnywhere(analysis: Analysis, value: string): boolean {
	let seen = stated.get(analysis);
	if (!seen) stated.set(analysis, (seen = new Map()));
	let found = seen.get(value);
	if (found === undefined) {
		found = analysis.paragraphs.some((p) => containsPhrase(p, value));
		seen.set(value, found);
	}
	return found;
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
 * True/false on one sentence: a false version swaps one fact for another of the same type and
 * form that the article never pairs with the rest of the statement (never one named in the same
 * paragraph, so it cannot accidentally be true there); a true version restates the sentence
 * (`restate.ts`), never copies it. Both read alike, so the form gives nothing away.
 */
const RULE_WORDS =
	/\b(?:led|leads|leading|leader|ruled|rules|ruler|governs?|governed|government|president|presidency|prime minister|premier|king|queen|monarch|dictator|regime|independence|capital|ambassador|minister|parliament|citizens?)\b/i;

/** A place within a few words of a word of rule or office. */
function ruledPlace(s: Sentence, fact: { start: number; end: number }): boolean {
	const before = s.text.slice(Math.max(0, fact.start - s.start - 40), fact.start - s.start);
	const after = s.text.slice(fact.end - s.start, fact.end - s.start + 30);
	return (
		RULE_WORDS.test(before) ||
		/^(?:’s|'s)?\s*(?:president|leader|government|prime minister|king|queen|capital|independence|since independence)\b/i.test(
			after
		) ||
		/^\s+since independence\b/i.test(after)
	);
}

/**
 * "… so they do not run aground": a statement standing alone reads "they" as people unless a
 * person is named before it; a true/false item is read alone, so such a sentence is not stated.
 */
function unresolvedPronoun(s: Sentence): boolean {
	const text = s.text.replace(/“[^”]*”/g, '');
	const pronoun = /\b(?:he|she|him|her|they|them)\b/i.exec(text);
	if (!pronoun) return false;
	const offset = s.text.indexOf(text.slice(0, 20));
	return !s.mentions.some((m) => m.type === 'person' && m.end - s.start <= pronoun.index + offset);
}

/**
 * A fact told in passing: inside a relative clause (", who works for the Transportation
 * Department", ", which made … a fish that can grow to 500 pounds"), brackets, dashes or an
 * opening clause taken for granted. A swap there tests an aside, not what the sentence says.
 */
export function inAside(s: Sentence, fact: { start: number; end: number }): boolean {
	const before = s.text.slice(0, fact.start - s.start);
	const clause = /,\s*(?:who|whom|whose|which|where|when)\b[^,]*$/i.test(before);
	const open = (o: string, c: string) => before.split(o).length > before.split(c).length;
	const dashes = (before.match(/\s[—–]\s|—/g) ?? []).length % 2 === 1;
	return clause || open('(', ')') || dashes || GRANTED.test(before);
}

/**
 * An opening clause the sentence takes for granted ("Given that the debt stands at $35 trillion,
 * even a small rise …"): a swap there leaves a student unsure what is being judged.
 */
const GRANTED =
	/^(?:given that|although|though|even though|while|whereas|since|as|because|despite|with)\b[^,]*$/i;

/**
 * Not the article's own statement: words reported mid-sentence (", agency officials said,"),
 * which a true/false item restates without their hedge, or advice to the reader ("You can also
 * shell out $15 …"), a tip rather than a fact of the story.
 */
const REPORTED_OR_ADVICE =
	/,\s*(?:[\p{Lu}\p{Ll}.’'-]+\s+){1,4}(?:said|says|added|argued|noted|insisted)\s*,|^(?:You|Your)\b/u;

/**
 * A person is swapped only between two voices the article quotes or reports speaking: whom a
 * position belongs to is the story; who was preparing for a symposium in its opening anecdote
 * is a detail.
 */
function minorPersonSwap(ctx: RuleContext, fact: ArticleMention, swap: string): boolean {
	return fact.type === 'person' && !(speaks(ctx.analysis, fact.text) && speaks(ctx.analysis, swap));
}

export function trueFalseQuestions(s: Sentence, ctx: RuleContext): Candidate[] {
	const facts = askableFacts(s, ctx)
		// "“…,” Ferreira said" is guessable when the headline is an interview with Ferreira.
		.filter((m) => !hasRoleBefore(s, m) && !(/[“"]/.test(s.text) && inTitle(ctx, m.text)))
		.sort((a, b) => TYPE_WEIGHT[b.type] - TYPE_WEIGHT[a.type]);
	const fact = facts[0];
	// A quotation stated as fact has no speaker; the topic name ("Sudan" in an article on Sudan)
	// swapped for another is false at a glance; a vague place ("the Boulevard") has no kind.
	if (!fact || /^[“"‘]/.test(s.text) || isCommon(ctx, fact.text)) return [];
	if (unresolvedPronoun(s) || lacksContext(s) || challengedVersion(s, ctx.analysis)) return [];
	if (inAside(s, fact) || REPORTED_OR_ADVICE.test(s.text) || soundsCasual(s.text)) return [];
	if (fact.type === 'place' && !['country', 'city', 'region'].includes(fact.subtype)) return [];
	// "Mugabe, who has led Zimbabwe since independence": a place in a phrase of rule or office
	// swapped ("…has led Britain…") is refuted by general knowledge, not by the article.
	if (fact.type === 'place' && ruledPlace(s, fact)) return [];
	// "…, a Harvard economist" after the name, or "Africa, a desert region of Sudan": the
	// appositive describes the fact, so a swap contradicts it at a glance.
	if (/^\s*,\s*(?:a|an|the|one of)\s/i.test(s.text.slice(fact.end - s.start))) return [];
	const swap = swapFor(s, ctx, fact);
	if (swap === undefined || minorPersonSwap(ctx, fact, swap)) return [];
	const seed = hash(s.text, ctx.seed);
	// Both items on a sentence read alike: restated when it can be, copied (and false) when not.
	const paragraph = ctx.analysis.byParagraph[s.paragraph] ?? [];
	const around = [paragraph[s.index - 1]?.text, paragraph[s.index + 1]?.text].join(' ');
	const restated = restatement(s, fact.text, { lexicon: ctx.lexicon, around });
	// "a $144 million fee" becomes "an $86 million fee": the article agrees with the swap.
	const falseText = withoutConnective(
		agreeArticle(
			restated ? restated.text.replace(fact.text, swap) : replaceMention(s, fact, swap),
			swap
		)
	);
	const item = (statement: string, answer: 'True' | 'False', because: string): Candidate => ({
		kind: 'true_false',
		prompt: `True or false? ${statement}`,
		answer,
		explanation: explanationFor(ctx, s, because),
		evidence: evidenceOf(s),
		skill: 'key-details' as const,
		rule: answer === 'True' ? 'fact-restated' : 'fact-swap',
		quality: 0.55 * TYPE_WEIGHT[fact.type] + (seed % 7) / 1000,
		sentenceKey: sentenceKey(s),
		factKey: fact.text.toLowerCase(),
		swapKey: answer === 'False' ? swap.toLowerCase() : undefined
	});
	const items = [
		item(falseText, 'False', `the statement is false: it was ${fact.text}, not ${swap}`)
	];
	// One word swapped for its plainer synonym ("assessed" → "evaluated") is still the sentence
	// copied: a blind judge matched it word for word. Only a restated figure or form is True.
	if (restated?.reworded && !restated.plain) {
		const truth = item(
			withoutConnective(restated.text),
			'True',
			'the statement is true: it says the same'
		);
		// Which of the two ranks first alternates by sentence, so neither answer is the usual one.
		items[(seed >> 3) % 2 ? 'unshift' : 'push'](truth);
	}
	return items;
}

/** Places the article itself sets side by side: both named in one of its sentences. */
function pairedPlaces(ctx: RuleContext, a: string, b: string): boolean {
	// Indexed once per place: the article's main place is named in most sentences.
	let byPlace = placesBeside.get(ctx.analysis);
	if (!byPlace) placesBeside.set(ctx.analysis, (byPlace = new Map()));
	let beside = byPlace.get(a);
	if (!beside) {
		const sentences = sentencesNaming(ctx.analysis).get(a) ?? [];
		const places = sentences.flatMap((s) => s.mentions.filter((m) => m.type === 'place'));
		byPlace.set(a, (beside = new Set(places.map((m) => m.text))));
	}
	return beside.has(b);
}

const placesBeside = new WeakMap<Analysis, Map<string, Set<string>>>();

/** The place the article is about: the one it names most (ties: none). */
// Once per article: it was counted afresh for every place candidate of every swap.
const mainPlace = memoPer((analysis: Analysis): string | undefined => {
	const counts = new Map<string, number>();
	for (const m of analysis.mentions)
		if (m.type === 'place') counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
	const [first, second] = [...counts].sort((x, y) => y[1] - x[1]);
	return first && (!second || first[1] > second[1]) ? first[0] : undefined;
});

/**
 * The value swapped in for `fact`: same type and form, not named in the paragraph, and never
 * making the statement true elsewhere. A place only when the article pairs the two places and
 * the swap is not the article's own subject ("similar to Tunisia's …" in an article on Tunisia,
 * or a country the article never contrasts, is refuted by general knowledge).
 */
function swapFor(s: Sentence, ctx: RuleContext, fact: ArticleMention): string | undefined {
	const paragraph = ctx.analysis.paragraphs[s.paragraph] ?? '';
	const seed = hash(s.text, ctx.seed);
	const fits = fitsFact(ctx, s, fact);
	// Two acronyms ("BBC", "EU") are not one kind of thing: a swap needs a shared kind word.
	// A person swapped in must share a stated role ("inspector" for "inspector"): a police
	// officer put in a patient's sentence is refuted by role, not by reading.
	const keep = (v: string) =>
		fits(v) &&
		(fact.type !== 'organisation' || sharesKindWord(v, fact.text)) &&
		(fact.type !== 'person' || sameRole(ctx.analysis, fact.text, v)) &&
		(fact.type !== 'place' ||
			(pairedPlaces(ctx, fact.text, v) && v !== mainPlace(ctx.analysis) && !inTitle(ctx, v)));
	const request = { answer: fact, analysis: ctx.analysis, avoid: paragraph, count: 2, seed, keep };
	const picked = pickDistractors(request);
	// A name is swapped only for another the article itself gives ("Washington" never becomes a
	// random built-in city); a made-up figure only when the article never states it anywhere.
	const names = ['person', 'place', 'organisation'].includes(fact.type);
	return (names ? picked.values.slice(0, picked.fromArticle) : picked.values).find(
		(value) =>
			(names || !statedAnywhere(ctx.analysis, value)) &&
			// "…jihadists in Tunisia, to return to Tunisia": a name the sentence already uses.
			!(names && namedIn(s.text, value)) &&
			// The article's topic ("Tunisia" in an article on Tunisia) swapped in reads false at once.
			!(names && isCommon(ctx, value)) &&
			!trueElsewhere(replaceMention(s, fact, value), value, s, ctx)
	);
}
