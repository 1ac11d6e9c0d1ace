/**
 * Claim and evidence: "In paragraph 6, the author claims that <claim>. Which sentence from the
 * article best supports this claim?" The claim is a general statement (no figures); the key is
 * the nearby evidence sentence (figures, a study, an example) that SUPPORTS it, chosen by what it
 * shares with the claim (its subject and predicate words; figures behind a "more", "harder" or
 * "rising"; an example after "for example"), never by position alone, never one that restates it;
 * asked only when that sentence clearly out-supports every other one nearby. The wrong options
 * are evidence sentences on other subjects, sharing no content word with the claim.
 * (A Part A "which claim does the author make in paragraph N" was a matching exercise: every
 * option was a claim the author makes, told apart only by the paragraph number.)
 */
import type { Sentence } from '../analyse';
import { overlap, words } from '../text';
import { repeatedShare, sentenceKey, type Candidate, type RuleContext } from './candidate';
import { positionsOf } from './point-of-view';
import {
	asClause,
	choice,
	leansOutside,
	near,
	showable,
	similarLength,
	speaksInPerson
} from './reading';

const EVIDENCE =
	/\b(?:for example|for instance|study|survey|data|found|showed|shows|according to|report(?:ed)?|research)\b/i;

const hasFigure = (s: Sentence) =>
	s.mentions.some((m) => m.type === 'percent' || m.type === 'money' || m.type === 'number');
/**
 * A claim generalises, predicts or judges ("can", "often", "harder", "important"); a plain
 * description ("Prime operates as a hybrid of …") is no claim to support.
 */
const GENERAL =
	/\b(?:can|could|may|might|should|must|often|usually|increasingly|important|key|harder|easier|likely|common|rare|better|worse|growing|major)\b/i;
/** "If …", "When …": a condition or a time clause opens the sentence; no plain claim or finding. */
const CONDITIONAL = /^(?:if|unless|when|while|although)\b/i;
/**
 * A sentence shown whole as an option must speak for itself: never in the first or second
 * person ("I can afford …", "We'd much prefer …"), never with "he" or "she" when it names no
 * one they could stand for ("they" at the start is `leansOutside`'s). A blind judge's finding:
 * such options read as fragments.
 */
const THIRD = /\b(?:he|she|him|her|his|hers)\b/i;
export const speaksForItself = (s: Sentence) =>
	!speaksInPerson(s.text) &&
	!(
		THIRD.test(s.text) && !s.mentions.some((m) => m.type === 'person' || m.type === 'organisation')
	);
const plain = (s: Sentence) =>
	showable(s) &&
	speaksForItself(s) &&
	!/[“”"()]/.test(s.text) &&
	!leansOutside(s.text) &&
	!CONDITIONAL.test(s.text);
/**
 * A claim about how things went in the past ("In the past, mayors who cut the budget tended to
 * lose"): a dated case told right after it ("In 1991, when …") is its example, though it
 * shares no word with it (the claim's "mayors" is the case's named mayor).
 */
const PAST_GENERAL =
	/\b(?:in the past|historically|traditionally|tend(?:ed|s)? to|ha(?:ve|s|d) (?:often|long|usually|always)|used to|time and again)\b/i;
/** "In 1991, …", "In March 2004, …": a case the article dates, opening its sentence. */
const DATED_CASE =
	/^In (?:(?:early|late|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d,\s/;
/**
 * Something a named person did, told in the past ("Bush held back loan guarantees"): the wrong
 * options beside a dated case are other such events, so form gives nothing away.
 */
const isCase = (s: Sentence) =>
	plain(s) &&
	!REPORTED.test(s.text) &&
	s.mentions.some((m) => m.type === 'person') &&
	/\b(?:was|were|had|did|held|gave|made|took|won|lost|came|went|left|led|met|sent)\b|\b\p{L}{3,}ed\b/iu.test(
		s.text
	);
export const isEvidence = (s: Sentence) =>
	plain(s) && (hasFigure(s) || EVIDENCE.test(s.text) || DATED_CASE.test(s.text));
/** The author's claim, not a source's: no "said", "says" or "according to". */
const REPORTED = /\b(?:said|says|say|told|according to|officials|spokesman|spokeswoman)\b/i;
/** "The majority occur …", "Most are …": a quantifier whose noun is in an earlier sentence. */
const BARE_QUANTIFIER = /^(?:the majority|most|many|some|others|several)\s+(?!of\b)/i;
/** "What's more, …", "Today, …": the connective belongs to the article's flow, not the claim. */
const CONNECTIVE =
	/^(?:what[’']s more|today|still|also|moreover|in addition|meanwhile|now|indeed),\s+/i;
export const isClaim = (s: Sentence) =>
	plain(s) &&
	!REPORTED.test(s.text) &&
	!hasFigure(s) &&
	(GENERAL.test(s.text) || PAST_GENERAL.test(s.text)) &&
	!BARE_QUANTIFIER.test(s.text.replace(CONNECTIVE, '')) &&
	words(s.text).length >= 8;

/** Words too common to tie a support to a claim. */
const STOP = new Set(
	'the and for are was has had not but its can may new now one two all any who how why out off own our per via yet get put let use way day did got his her him she you say see set ago too few far lot big '
		.concat(
			'about after again also been being could does every first from have into just more most much only other over said same should since some such than that their them then there these they this those through very were what when where which while will with would year years still people many'
		)
		.split(' ')
);
// Every claim is compared with up to 80 nearby sentences: each text's stems are found once.
const stemCache = new Map<string, Set<string>>();
/** Content words as five-letter stems, so "harder" meets "hard" and "repairs" meets "repair". */
export function stemsOf(text: string): Set<string> {
	let set = stemCache.get(text);
	if (!set) {
		if (stemCache.size > 5000) stemCache.clear();
		set = new Set(
			words(text)
				.filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d/.test(w))
				.map((w) => w.slice(0, 5))
		);
		stemCache.set(text, set);
	}
	return set;
}
/** A claim of degree or change: figures are what support it. */
const DEGREE =
	/\b(?:more|less|fewer|higher|lower|harder|easier|faster|slower|cheaper|costlier|rising|rise|rises|falling|fall|growing|grown|grow|increas\w*|declin\w*|doubl\w*|outpac\w*|dwarf\w*|overtak\w*|exceed\w*|most|largest|biggest|common|rare)\b/i;
/** "The rival, meanwhile, …", "But …": a contrast answers the claim; it does not back it. */
const CONTRAST =
	/\b(?:meanwhile|by contrast|in contrast|in comparison|however|although|though|despite|whereas|on the other hand)\b|^but\b|,\s*but\b(?!\s+(?:many|much|even|far)\s+more\b)/i;
/** "that number", "the same": a decoy pointing at a sentence the student does not see. */
export const POINTS_BACK =
	/\b(?:that|this|these|those) (?:number|figure|rate|amount|share|total|year)\b|\bthe same\b/i;
const EXAMPLE_OPENING = /^(?:for example|for instance|in one case|one example)\b/i;

/**
 * How well `support` backs `claim`: the content words they share (a name counts half: sharing
 * "Xbox" says both are about the console, not that one backs the other), figures behind a claim
 * of degree, or an example announced as one. 0 when it restates the claim, answers it
 * ("meanwhile", ", but") or shares too little.
 */
export function supportScore(claim: Sentence, support: Sentence): number {
	if (overlap(claim.text, support.text) >= 0.35 || repeatedShare(claim.text, support.text) > 0.5)
		return 0;
	if (CONTRAST.test(support.text) || support.question) return 0;
	const own = stemsOf(claim.text);
	let shared = 0;
	const names = namesOf(claim, support);
	for (const w of stemsOf(support.text)) if (own.has(w)) shared += names.has(w) ? 0.5 : 1;
	// Only sentences right after the claim are weighed: "For example, …" there is its example.
	if (EXAMPLE_OPENING.test(support.text)) return shared + 2.5;
	if (PAST_GENERAL.test(claim.text) && DATED_CASE.test(support.text)) return shared + 2.5;
	// A claim of degree ("harder", "rising") is backed by figures on a word it shares.
	if (DEGREE.test(claim.text)) return hasFigure(support) && shared >= 1 ? shared + 1.5 : 0;
	return shared >= 1.5 ? shared + 1 : 0;
}

/** The least score a key needs, and its lead over the other sentence that follows the claim. */
const MIN_SUPPORT = 2.5;
const MARGIN = 1;

/**
 * Stems of the proper nouns in either sentence ("Xbox", "Tunisia"): a capitalised first word
 * ("Winter brings …") is a name only when a mention starts there.
 */
function namesOf(...sentences: Sentence[]): Set<string> {
	const named = (s: Sentence, start: number) =>
		start > s.start || s.mentions.some((m) => m.start === start);
	return new Set(
		sentences.flatMap((s) =>
			s.tokens
				.filter((t) => t.pos === 'PROPN' && named(s, t.start))
				.map((t) => t.text.toLowerCase().slice(0, 5))
		)
	);
}

/**
 * The sentence that supports the claim, among the two that follow it (in its paragraph, or
 * opening the next: news paragraphs are short), when one clearly does.
 */
function bestSupport(claim: Sentence, following: Sentence[]): Sentence | null {
	const scored = following
		.map((s) => ({ s, score: isEvidence(s) ? supportScore(claim, s) : 0 }))
		.sort((a, b) => b.score - a.score);
	const [first, second] = scored;
	if (!first || first.score < MIN_SUPPORT) return null;
	return first.score - (second?.score ?? 0) >= MARGIN ? first.s : null;
}

/**
 * Whether this rule would ask for `support` as the backing of `claim`: then text-structure
 * leaves the pair to it (claim-evidence is the scarcer skill; one pair makes one question).
 */
export function claimsSupport(claim: Sentence, support: Sentence): boolean {
	return isClaim(claim) && isEvidence(support) && supportScore(claim, support) >= MIN_SUPPORT;
}

export function claimEvidenceQuestions(ctx: RuleContext): Candidate[] {
	const { analysis } = ctx;
	const supports = analysis.sentences.filter((s) => (isEvidence(s) || isCase(s)) && !s.question);
	const made: Candidate[] = [];
	analysis.sentences.forEach((claim, i) => {
		if (!isClaim(claim) || claim.question) return;
		const following = analysis.sentences
			.slice(i + 1, i + 3)
			.filter(
				(s) =>
					s.paragraph === claim.paragraph || (s.paragraph === claim.paragraph + 1 && s.index === 0)
			);
		const support = bestSupport(claim, following);
		if (!support) return;
		const candidate = question(ctx, claim, support, supports);
		if (candidate) made.push(candidate);
	});
	return [...made, ...sourceClaims(ctx, supports)];
}

/**
 * A source's position backed by the figures or findings that follow it: "In paragraph 14,
 * Frankel argues that … Which sentence from the article best supports this view?" The key is
 * chosen by support as for the author's claims, never the next sentence by position alone.
 */
function sourceClaims(ctx: RuleContext, supports: Sentence[]): Candidate[] {
	const { analysis } = ctx;
	return positionsOf(analysis).flatMap((p): Candidate[] => {
		const at = analysis.sentences.indexOf(p.s);
		const following = analysis.sentences
			.slice(at + 1, at + 3)
			.filter((s) => s.paragraph - p.s.paragraph <= 1);
		const support = bestSupport(p.s, following);
		if (!support) return [];
		const name = p.person.text;
		const prompt = `In paragraph ${p.s.paragraph + 1}, ${name} argues that ${p.claim}. Which sentence from the article best supports this view?`;
		const made = question(ctx, p.s, support, supports, prompt);
		return made ? [{ ...made, rule: 'claim-evidence-source' }] : [];
	});
}

function question(
	ctx: RuleContext,
	claim: Sentence,
	support: Sentence,
	supports: Sentence[],
	asked?: string
): Candidate | null {
	const paragraph = claim.paragraph;
	const own = stemsOf(claim.text);
	const key = stemsOf(support.text);
	const unrelated = (s: Sentence) =>
		[...stemsOf(s.text)].every((w) => !own.has(w) && !key.has(w)) && !POINTS_BACK.test(s.text);
	// The claim is given; the student finds its support among figures and findings on other
	// subjects (far paragraphs, no content word shared with the claim or the key), so exactly one
	// option backs it.
	// A dated case beside other events; figures and findings beside their own kind.
	const dated = DATED_CASE.test(support.text);
	const sameKind = (s: Sentence) => (dated ? isCase(s) : isEvidence(s));
	const decoys = similarLength(
		support.text,
		near(supports, paragraph)
			.filter((s) => Math.abs(s.paragraph - paragraph) >= 3 && unrelated(s) && sameKind(s))
			.map((s) => s.text),
		3
	);
	const adjacent =
		support.paragraph === paragraph && Math.abs(support.index - claim.index) <= 2
			? {
					paragraph,
					start: Math.min(claim.start, support.start),
					end: Math.max(claim.end, support.end)
				}
			: { paragraph: support.paragraph, start: support.start, end: support.end };
	// A dated case is an example whatever figures it holds ("held back $10 billion in 1991").
	const how =
		EXAMPLE_OPENING.test(support.text) || DATED_CASE.test(support.text)
			? 'gives an example of it'
			: hasFigure(support)
				? 'gives the figures behind it'
				: 'reports the finding behind it';
	return choice({
		ctx,
		skill: 'claim-evidence',
		rule: 'claim-evidence-support',
		prompt:
			asked ??
			`In paragraph ${paragraph + 1}, the author claims that ${asClause(claim, claim.text.replace(CONNECTIVE, ''))}. Which sentence from the article best supports this claim?`,
		answer: support.text,
		decoys,
		evidence: adjacent,
		because: `this sentence ${how}`,
		sentenceKey: sentenceKey(support),
		quality: decoys.length >= 3 ? 0.8 : 0.74
	});
}
