/**
 * What the comprehension rules share: which sentences may be shown as options, how a clause is
 * embedded in a prompt, and how a multiple-choice candidate is assembled with its options in a
 * seeded order, close in length so that length gives nothing away.
 */
import type { Sentence } from '../analyse';
import { explain, isStandalone } from '../sentences';
import type { Skill } from '../skills';
import { containsPhrase, fold, hash, overlap, shuffle, wordCount } from '../text';
import type { EvidenceSpan } from '../types';
import { isClutter, type Candidate, type RuleContext } from './candidate';

/** Lines that look like page clutter the cleaner let through: captions, credits, teasers. */
const CLUTTER =
	/\b(?:getty|shutterstock|click|subscribe|sign up|newsletter|read more|related:|advertisement|all rights reserved|follow us|issues you care about|best way to follow|has covered|contributed reporting|cancel anytime|we accept|credit card|privacy policy|terms of use|cookies)\b|©/i;

/**
 * Words of a credit ("photo", "Reuters") are clutter only in a credit's shape: a short line, or
 * one ending on the credit ("… / Reuters", "(Photo: …)"). In prose they are the story: "a photo
 * she posted to Facebook", "intelligence reports seen by Reuters".
 */
const CREDIT_WORD =
	/\b(?:photographs?|photos?|illustration|images?|reuters|associated press|afp|ap)\b/i;
const CREDIT_END =
	/(?:[/|–—-]|\bvia|\bby|\bcredit:?)\s*(?:[\p{Lu}][\p{L}.&' ]{0,40})?\b(?:photographs?|photos?|illustration|images?|reuters|associated press|afp|ap)\b[)\].]*\s*$/iu;

function creditShaped(text: string): boolean {
	if (!CREDIT_WORD.test(text)) return false;
	return wordCount(text) <= 12 || CREDIT_END.test(text) || isClutter(text);
}

export function looksLikeClutter(text: string): boolean {
	const line = text.trim();
	return (
		CLUTTER.test(line) ||
		creditShaped(line) ||
		/^[A-Z][A-Z\s]{6,}$/.test(line) ||
		!/[.!?”"]\s*$/.test(line)
	);
}

const showableCache = new WeakMap<Sentence, boolean>();

/** A sentence fit to be shown on its own as an option or a key (every rule asks: cached). */
export function showable(s: Sentence): boolean {
	let fit = showableCache.get(s);
	if (fit === undefined) {
		fit = isStandalone(s) && !looksLikeClutter(s.text);
		showableCache.set(s, fit);
	}
	return fit;
}

/** "Tunisians", "Israelis": a sentence's first word that keeps its capital inside a clause. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans?|ese|ish|is|ers)$/u;

/** A clause ready to sit after "that": no final stop, first word lower-case unless a name. */
export function asClause(s: Sentence | undefined, text: string): string {
	const body = text.trim().replace(/[.!;:,]+$/, '');
	const at = s ? s.start + s.text.indexOf(body) : -1;
	const first = s?.tokens.find((t) => t.start >= at);
	// A name keeps its capital: a mention starts there, or it is "I" or an acronym.
	const named =
		!s ||
		s.mentions.some((m) => m.start === first?.start) ||
		first?.text === 'I' ||
		// A proper noun the name finder did not type ("Tunisians") keeps its capital too.
		(first?.pos === 'PROPN' && (first.start > s.start || DEMONYM.test(first.text)));
	const keepCapital = named || /^[A-Z]{2,}\b/.test(body);
	return keepCapital ? body : body.charAt(0).toLowerCase() + body.slice(1);
}

/** Pronouns that point outside a clause: shown alone in a prompt, nobody knows who "they" are. */
/**
 * First or second person ("I can afford …", "We need …", "your brain"): the author's or a
 * speaker's own voice, which an option, a claim or a point shown whole cannot carry. Any case,
 * since "We" opens sentences; "us" only in lower case, since "US" is the country.
 */
const OWN_VOICE =
	/\b(?:I|I['’](?:m|d|ve|ll)|me|my|mine|we|we['’](?:re|d|ve|ll)|our|ours|you|your|you['’](?:re|d|ve|ll))\b/i;
export const speaksInPerson = (text: string) => OWN_VOICE.test(text) || /\bus\b/.test(text);

/**
 * The author's casual register ("an insane 39 megapixels", "a whopping 40%", "gonna"), outside
 * any quotation: a statement put in the teacher's voice must not keep it (a blind judge).
 */
const CASUAL =
	/\b(?:insane(?:ly)?|crazy|awesome|epic|freaking|frickin|whopping|mind-blowing|jaw-dropping|bonkers|gonna|wanna|gotta|kinda|sorta|lol|omg|ridiculously)\b/i;
export const soundsCasual = (text: string) => CASUAL.test(text.replace(/“[^”]*”|"[^"]*"/g, ' '));

export function hasLoosePronoun(text: string): boolean {
	return /\b(?:he|she|him|her|his|they|them|their|it|its)\b/i.test(text);
}

/** A clause that leans on words outside it ("does this", "Want: …") cannot stand in a prompt. */
export function leansOutside(text: string): boolean {
	const t = text.trim();
	return (
		/:/.test(t) ||
		/^(?:it|this|that|these|those|they|he|she|it's|there|and|but|so|or|yet)\b/i.test(t) ||
		/\b(?:this|that|these|those|so|too|it)\s*[.!?]?$/i.test(t)
	);
}

/** Openings that point back to something the option does not contain ("In either case, …"). */
const LEANING_LEAD =
	/^(?:in (?:either|any|each|both|this|that|such|which|whose|[\p{Lu}][\p{L}’']*[’']s) cases?|meaning|which|anyway|first|second|third|finally|similarly|likewise|again|rather|otherwise|thus|hence|therefore|neither|nor|either|both|also|even so|of course|after all|in fact|indeed|instead|otherwise|then|still|yet|however|but|and|so|or|as a result|for (?:example|instance)|such|its|their|his|her|one of them|some of them|many of them|here|there)\b/iu;

/**
 * A sentence that can stand alone as an option: no pronoun or connective pointing outside it
 * ("They are buried deeper", "In either case, …"), no attribution tail in a figure of speech
 * ("…, say economists, …"), not a fragment (starts with a capital, has a verb-sized length).
 */
export function selfContained(text: string): boolean {
	const t = text.trim();
	return (
		/^[\p{Lu}\d“"‘]/u.test(t) &&
		!leansOutside(t) &&
		!LEANING_LEAD.test(t) &&
		!/,\s*(?:say|says|said)\s+[\p{L} ]{2,30},/iu.test(t) &&
		!/,\s*(?:[\p{L}.’'-]+\s+){0,4}(?:say|says|said)\s*,/iu.test(t) &&
		wordCount(t) >= 5
	);
}

/** A statement shown as an option: capitalised, ending with a full stop. */
export function asOption(text: string): string {
	const body = text.trim().replace(/[,;:]+$/, '');
	const capital = body.charAt(0).toUpperCase() + body.slice(1);
	return /[.!?”"]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Up to `size` decoys from `pool`, nearest in length to `key`, none overlapping it or each other
 * much (two near-identical options would both be right or both be wrong).
 */
export function similarLength(key: string, pool: string[], size: number): string[] {
	const length = wordCount(key);
	const sorted = pool
		.filter((p) => fold(p) !== fold(key) && overlap(p, key) < 0.35)
		.map((p) => ({ p, d: Math.abs(wordCount(p) - length) }))
		.filter(({ d }) => d <= Math.max(6, length * 0.6))
		.sort((a, b) => a.d - b.d);
	const picked: string[] = [];
	for (const { p } of sorted) {
		if (picked.length === size) break;
		if (picked.some((q) => overlap(p, q) >= 0.35 || containsPhrase(p, q))) continue;
		picked.push(p);
	}
	return picked;
}

export interface ChoiceSpec {
	ctx: RuleContext;
	skill: Skill;
	rule: string;
	prompt: string;
	answer: string;
	decoys: string[];
	evidence: EvidenceSpan;
	/** Why the key is right, after the quoted evidence: "so the bridge closed because …". */
	because: string;
	sentenceKey: string;
	quality: number;
}

/** A multiple-choice candidate with three or four options, or null with fewer than two decoys. */
export function choice(spec: ChoiceSpec): Candidate | null {
	const decoys = spec.decoys.slice(0, 3);
	if (decoys.length < 2) return null;
	const { paragraph, start, end } = spec.evidence;
	const cited = explain(spec.ctx.analysis, paragraph, start, end);
	return {
		kind: 'multiple_choice',
		prompt: spec.prompt,
		// The key's text is in the seed: a fixed prompt ("…the central idea of the article?") would
		// otherwise put every article's key in the same place.
		options: shuffle(
			[spec.answer, ...decoys],
			hash(`${spec.prompt}\n${spec.answer}`, spec.ctx.seed)
		),
		answer: spec.answer,
		explanation: `${cited}, so ${spec.because}.`,
		evidence: spec.evidence,
		skill: spec.skill,
		rule: spec.rule,
		sentenceKey: spec.sentenceKey,
		factKey: `${spec.rule}:${fold(spec.answer)}`,
		quality: spec.quality
	};
}

/**
 * The `size` items of `pool` (in paragraph order) nearest to `paragraph`: decoys are drawn from
 * a window, so that a 20,000-word text costs no more per question than a short one.
 */
export function near<T extends { paragraph: number }>(
	pool: T[],
	paragraph: number,
	size = 80
): T[] {
	if (pool.length <= size) return pool;
	let lo = 0;
	let hi = pool.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((pool[mid] as T).paragraph < paragraph) lo = mid + 1;
		else hi = mid;
	}
	const start = Math.max(0, Math.min(lo - size / 2, pool.length - size));
	return pool.slice(start, start + size);
}

/** The span covering sentences `from` to `to` of one paragraph. */
export function spanOf(from: Sentence, to: Sentence = from): EvidenceSpan {
	return { paragraph: from.paragraph, start: from.start, end: to.end };
}

/** The sentence before `s`: in its paragraph, or the last of the paragraph before. */
export function sentenceBefore(
	analysis: RuleContext['analysis'],
	s: Sentence
): Sentence | undefined {
	const { byParagraph } = analysis;
	return s.index > 0
		? byParagraph[s.paragraph]?.[s.index - 1]
		: byParagraph[s.paragraph - 1]?.at(-1);
}
